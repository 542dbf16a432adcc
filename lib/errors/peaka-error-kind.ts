export const PEAKA_ERROR_KINDS = [
  "timeout",
  "network",
  "auth",
  "forbidden",
  "not-found",
  "conflict",
  "validation",
  "rate-limited",
  "upstream",
  "malformed",
] as const;
export type PeakaErrorKind = (typeof PEAKA_ERROR_KINDS)[number];

/** What a browser may learn about a failed Partner API call. */
export type PublicApiError = {
  kind: PeakaErrorKind;
  status: number | null;
  message: string;
  traceId: string | null;
};
