import type { TableSummary } from "@/lib/types";

/** A table as the wizard shows it: the API's flags plus the id of its cache, when there is one. */
export type WizardTable = TableSummary & { cacheId: string | null };

/**
 * One search hit resolved to its catalog id, so it can open in the browser: a table (with whether it can be
 * cached, and why not), or a schema or catalog whose own name matched.
 */
export type WizardSearchHit = {
  kind: "table" | "schema" | "catalog";
  catalogId: string;
  catalogName: string;
  schemaName: string | null;
  tableName: string | null;
  /** Tables only: whether the console read the table's flags (it reads a bounded number of schemas per page). */
  checked: boolean;
  /** Tables only: the reason it cannot be cached; null when it can (or when not checked). */
  unavailable: string | null;
};

export type WizardSearchResults = {
  hits: WizardSearchHit[];
  /** The offset of the next page of hits, when there is one. */
  nextOffset: number | null;
};

export type TableOutcomeStatus = "created" | "exists" | "failed";

/** What happened to one table of a submission, in words an operator can act on. */
export type TableOutcome = {
  table: { catalogId: string; schemaName: string; tableName: string };
  status: TableOutcomeStatus;
  cacheId: string | null;
  message: string | null;
  /** The table's display name (lib/wizard/table-modes.ts), set by the server that knows the catalog's name. */
  label?: string;
  /** Set when Peaka refused the table because of this schedule, so the wizard can show it on that field. */
  rejectedSchedule?: "incremental" | "fullRefresh";
};

export type SubmissionResult = { key: string; outcomes: TableOutcome[] };
