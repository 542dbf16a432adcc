type Field = "incremental" | "fullRefresh";

const NAMES: Record<Field, string> = { fullRefresh: "Full refresh", incremental: "Incremental sync" };

/** What the cadence preview says instead of a plan: each field's problem, named, full refresh first. */
export function cadenceMissing(errors: Partial<Record<Field, string | undefined>>): string[] {
  return (["fullRefresh", "incremental"] as const).flatMap((field) => {
    const message = errors[field];
    if (!message) return [];
    return [message.startsWith(NAMES[field]) ? message : `${NAMES[field]}: ${message}`];
  });
}
