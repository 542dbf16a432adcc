export type Progress = {
  cached: number;
  inserted: number;
  updated: number;
  deleted: number;
  lastOffset: string;
  lastTx: string;
};

export type RunControl = {
  batchRows: number;
  isCancelled(): boolean;
  report(progress: Progress): void;
  pause(rows: number): Promise<void>;
};

export type RunOutcome = "completed" | "cancelled";

export function makePause(rowDelayMs: number): (rows: number) => Promise<void> {
  return (rows) =>
    new Promise((resolve) => {
      // Yielding between batches keeps the API responsive while a refresh runs.
      if (rowDelayMs > 0) setTimeout(resolve, rowDelayMs * rows);
      else setImmediate(resolve);
    });
}
