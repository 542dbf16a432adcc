import { resolve } from "node:path";
import { parseArgs } from "node:util";

export type SandboxConfig = {
  host: string;
  port: number;
  dataDir: string;
  partnerKey: string | undefined;
  quiet: boolean;
  batchRows: number;
  rowDelayMs: number;
  /** How long a requested run waits before it starts (workflow start-up); the cache's status is unchanged meanwhile. */
  startDelayMs: number;
  /** How long a new cache stays out of the project, catalog and schema status lists. */
  listDelayMs: number;
  /** Keep every Partner API request's method and path for GET /sandbox/control/requests (SANDBOX_REQUEST_LOG=1). */
  requestLog: boolean;
};

function positiveInt(raw: string | undefined, fallback: number, name: string): number {
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0)
    throw new Error(`${name} must be a non-negative integer, got "${raw}"`);
  return value;
}

/** Real Peaka's minimum is unknown; SANDBOX_MIN_INTERVAL_SECONDS lets tests reproduce a vendor that enforces one. */
export function minimumIntervalSeconds(env: NodeJS.ProcessEnv): number {
  return positiveInt(env.SANDBOX_MIN_INTERVAL_SECONDS, 0, "SANDBOX_MIN_INTERVAL_SECONDS");
}

export function readConfig(argv: string[], env: NodeJS.ProcessEnv): SandboxConfig {
  const { values } = parseArgs({
    args: argv,
    options: {
      port: { type: "string" },
      host: { type: "string" },
      "data-dir": { type: "string" },
    },
    allowPositionals: false,
  });
  const port = positiveInt(values.port ?? env.SANDBOX_PORT, 4010, "--port");
  const rowDelayMs = positiveInt(env.SANDBOX_ROW_DELAY_MS, 0, "SANDBOX_ROW_DELAY_MS");
  // With a throttle on, smaller batches make the progress counters move about four times a second.
  const defaultBatch = rowDelayMs > 0 ? Math.max(1, Math.floor(250 / rowDelayMs)) : 20_000;
  return {
    host: values.host ?? env.SANDBOX_HOST ?? "127.0.0.1",
    port,
    dataDir: resolve(values["data-dir"] ?? env.SANDBOX_DATA_DIR ?? ".data/sandbox"),
    partnerKey: env.SANDBOX_PARTNER_KEY || undefined,
    quiet: env.SANDBOX_QUIET === "1",
    batchRows: Math.max(1, positiveInt(env.SANDBOX_BATCH_ROWS, defaultBatch, "SANDBOX_BATCH_ROWS")),
    rowDelayMs,
    startDelayMs: positiveInt(env.SANDBOX_START_DELAY_MS, 0, "SANDBOX_START_DELAY_MS"),
    listDelayMs: positiveInt(env.SANDBOX_LIST_DELAY_MS, 0, "SANDBOX_LIST_DELAY_MS"),
    requestLog: env.SANDBOX_REQUEST_LOG === "1",
  };
}
