import { tableLabel } from "./table-modes";
import type { TableOutcome } from "./types";

const STATUS_WORDS = { created: "created", exists: "already cached", failed: "failed" } as const;

/**
 * How a batch of cache creations reads in the audit log: "partial" when some but not all were created, and
 * every item on its own line with what happened to it.
 */
export function batchAudit(outcomes: TableOutcome[]): {
  outcome: "success" | "partial" | "failure";
  detail: string;
} {
  const created = outcomes.filter((o) => o.status === "created").length;
  const outcome = created === outcomes.length ? "success" : created === 0 ? "failure" : "partial";
  const lines = outcomes.map((o) => {
    const name = o.label ?? tableLabel(o.table);
    const why = o.status !== "created" && o.message ? ` (${o.message})` : "";
    return `${name}: ${STATUS_WORDS[o.status]}${why}`;
  });
  return { outcome, detail: [`${created} of ${outcomes.length} created.`, ...lines].join("\n") };
}
