/** Peaka's own UI offers nothing shorter than 15 minutes. */
export const DEFAULT_MINIMUM_SECONDS = 15 * 60;
