import type { SearchResults, TableSummary } from "@/lib/types";

/** A table as the wizard shows it: the API's flags plus the id of its cache, when there is one. */
export type WizardTable = TableSummary & { cacheId: string | null };

/** Search hits resolved to catalog ids, so a hit can open its schema in the browser. */
export type WizardSearchHit = {
  catalogId: string;
  catalogName: string;
  schemaName: string;
  tableName: string;
};

export type WizardSearchResults = {
  tables: WizardSearchHit[];
  more: boolean;
  raw: Pick<SearchResults, "nextOffset">;
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
