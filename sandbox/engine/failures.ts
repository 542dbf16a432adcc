import { type CacheMode } from "../seed/source-db";
import { type RunError } from "./executions";

export type TableRef = { projectId: string; catalogId: string; schemaName: string; tableName: string };
export type ArmedFailure = { mode: CacheMode | null; error: RunError };

export const INJECTED_FAILURE_CODE = "SANDBOX_INJECTED_FAILURE";

// In memory on purpose: a test arms a failure and watches it happen; a restart forgets it.
export function createFailureBook() {
  const armed = new Map<string, ArmedFailure>();
  const key = (t: TableRef): string => JSON.stringify([t.projectId, t.catalogId, t.schemaName, t.tableName]);
  return {
    /** The table's next run (of `mode`, or of either mode when null) fails with `message`; re-arming replaces. */
    arm(table: TableRef, mode: CacheMode | null, message: string): ArmedFailure {
      const failure = { mode, error: { message, code: INJECTED_FAILURE_CODE } };
      armed.set(key(table), failure);
      return failure;
    },
    disarm: (table: TableRef): boolean => armed.delete(key(table)),
    take(table: TableRef, mode: CacheMode): RunError | undefined {
      const found = armed.get(key(table));
      if (!found || (found.mode !== null && found.mode !== mode)) return undefined;
      armed.delete(key(table));
      return found.error;
    },
  };
}

export type FailureBook = ReturnType<typeof createFailureBook>;
