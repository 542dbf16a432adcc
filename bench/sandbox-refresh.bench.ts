import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import Database from "better-sqlite3";
import { afterAll, bench, describe } from "vitest";

import { type TableInfo } from "@/sandbox/catalog/types";
import { applyChurnTo } from "@/sandbox/churn/apply-churn";
import { type RunControl } from "@/sandbox/engine/control";
import { createExecutionLog } from "@/sandbox/engine/executions";
import { buildDdl, fullCopy } from "@/sandbox/engine/full-copy";
import { applyChanges } from "@/sandbox/engine/incremental-apply";
import { openStore } from "@/sandbox/engine/store";
import { createRng } from "@/sandbox/prng";
import { CUSTOMERS, customerRow } from "@/sandbox/seed/payment";
import {
  createSourceTable,
  initSourceCatalog,
  insertRows,
  openSource,
  quoteIdent,
  readSourceTables,
} from "@/sandbox/seed/source-db";
import { openState } from "@/sandbox/state/open-state";

const ROWS = 1_000_000;
const CHANGES = 1_000;
const INCREMENTAL_SAMPLES = 8;

const dir = mkdtempSync(join(tmpdir(), "sandbox-bench-"));
const sourceFile = join(dir, "bench-source.sqlite");
const source = openSource(sourceFile);
initSourceCatalog(source);
const physical = createSourceTable(source, CUSTOMERS, 0);
const rng = createRng(7);
insertRows(
  source,
  physical,
  CUSTOMERS.columns,
  (function* () {
    for (let id = 1; id <= ROWS; id++) yield customerRow(rng, id);
  })(),
);
const meta = readSourceTables(source)[0];
if (!meta) throw new Error("bench source table missing");

const store = openStore(join(dir, "cache-store.sqlite"), [{ alias: "src_0", file: sourceFile }]);
const log = createExecutionLog(openState(join(dir, "state.sqlite")));
const table: TableInfo = {
  catalogId: "bench",
  catalogName: "bench",
  schemaName: "public",
  tableName: "customers",
  modes: ["FULL_REFRESH", "INCREMENTAL"],
  dynamic: false,
  columns: () => CUSTOMERS.columns,
  source: { alias: "src_0", physical },
};
const CACHE_ID = "bench-cache";
// The server checkpoints the WAL when idle; do the same between cycles so no run inherits another's WAL.
const checkpoint = (): void => {
  store.db.pragma("wal_checkpoint(TRUNCATE)");
};

// Same batching, yielding and progress writes as the server; only the throttle is off (the default).
function control(runId: string, stopAfterOneBatch = false): RunControl {
  let stop = false;
  return {
    batchRows: stopAfterOneBatch ? CHANGES : 20_000,
    isCancelled: () => stop,
    report: (p) => log.progress(runId, p),
    pause: () =>
      new Promise((resolve) => {
        if (stopAfterOneBatch) stop = true;
        setImmediate(resolve);
      }),
  };
}

// A second baseline with SQLite's defaults (4 KiB pages, rollback journal), in case those suit a bulk copy better.
const plain = new Database(join(dir, "plain-copy.sqlite"));
plain.prepare("ATTACH DATABASE ? AS src_0").run(sourceFile);

afterAll(() => {
  store.db.close();
  plain.close();
  source.close();
  rmSync(dir, { recursive: true, force: true });
});

let rawRun = 0;
describe(`full refresh of ${ROWS.toLocaleString("en")} rows vs raw copy`, () => {
  bench(
    "raw SQLite copy into the cache store (same connection and settings)",
    () => {
      const name = quoteIdent(`raw_${rawRun++}`);
      store.db.exec(buildDdl(`raw_${rawRun - 1}`, table));
      store.db.exec(`INSERT INTO ${name} SELECT * FROM src_0.${quoteIdent(physical)}`);
      store.db.exec(`DROP TABLE ${name}`);
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0, setup: checkpoint },
  );
  bench(
    "raw SQLite copy into a fresh default database",
    () => {
      const name = `plain_${rawRun++}`;
      plain.exec(buildDdl(name, table));
      plain.exec(`INSERT INTO ${quoteIdent(name)} SELECT * FROM src_0.${quoteIdent(physical)}`);
      plain.exec(`DROP TABLE ${quoteIdent(name)}`);
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0 },
  );
  bench(
    "sandbox full refresh (batched copy + atomic swap)",
    async () => {
      const runId = log.start(CACHE_ID, "FULL_REFRESH", false);
      await fullCopy(store, table, CACHE_ID, runId, control(runId), false);
    },
    { iterations: 3, warmupIterations: 1, time: 0, warmupTime: 0, setup: checkpoint },
  );
});

describe(`incremental of ${CHANGES.toLocaleString("en")} changes vs full refresh`, () => {
  bench(
    "sandbox full refresh",
    async () => {
      const runId = log.start(CACHE_ID, "FULL_REFRESH", false);
      await fullCopy(store, table, CACHE_ID, runId, control(runId), false);
    },
    { iterations: 3, warmupIterations: 0, time: 0, warmupTime: 0, setup: checkpoint },
  );
  bench(
    `sandbox incremental, ${CHANGES} changes (400 inserts, 400 updates, 200 deletes)`,
    async () => {
      const runId = log.start(CACHE_ID, "INCREMENTAL", false);
      await applyChanges(store, table, CACHE_ID, runId, control(runId, true));
    },
    {
      iterations: INCREMENTAL_SAMPLES,
      warmupIterations: 0,
      time: 0,
      warmupTime: 0,
      // Churn is written before timing starts; each iteration applies exactly one batch of 1,000 changes.
      setup: (_task, mode) => {
        if (mode !== "run") return;
        checkpoint();
        for (let i = 0; i < INCREMENTAL_SAMPLES; i++) {
          applyChurnTo(source, meta, {
            catalog: "bench",
            schema: "public",
            table: "customers",
            inserts: 400,
            updates: 400,
            deletes: 200,
            seed: i,
          });
        }
      },
    },
  );
});
