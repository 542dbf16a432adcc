type Field = "incremental" | "fullRefresh";

const NAMES: Record<Field, string> = { fullRefresh: "Full refresh", incremental: "Incremental sync" };
const EMPTY = /^(Enter|Choose) how often/;

/**
 * What the cadence preview says instead of a plan, full refresh first: which field is empty, and which needs fixing.
 * The field itself carries the full explanation, so it is not repeated here.
 */
export function cadenceMissing(errors: Partial<Record<Field, string | undefined>>): string[] {
  return (["fullRefresh", "incremental"] as const).flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    return [
      `${NAMES[field]}: ${EMPTY.test(message) ? "how often it runs is not set yet" : "the interval needs fixing (the field says how)"}`,
    ];
  });
}
