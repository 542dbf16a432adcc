import { existsSync, readdirSync } from "node:fs";
import { join, resolve } from "node:path";
import { parseArgs } from "node:util";

import { createRng } from "./prng";
import { openSource, readSourceTables } from "./seed/source-db";
import { applyChurnTo, type ChurnTarget, findTable, sourceFile } from "./churn/apply-churn";

const { values } = parseArgs({
  options: {
    "data-dir": { type: "string" },
    rate: { type: "string", default: "2" },
    table: { type: "string" },
    count: { type: "string" },
  },
});
const dataDir = resolve(values["data-dir"] ?? process.env.SANDBOX_DATA_DIR ?? ".data/sandbox");
const rate = Number(values.rate);
const limit = values.count === undefined ? Infinity : Number(values.count);
if (!(rate > 0) || !(limit > 0)) {
  console.error("--rate must be a positive number of changes per second and --count a positive number");
  process.exit(2);
}

function parseTarget(text: string): ChurnTarget {
  const [catalog, schema, ...rest] = text.split(".");
  if (!catalog || !schema || rest.length === 0) {
    throw new Error(
      `--table must look like catalog.schema.table (for example payment.public.customers), got "${text}"`,
    );
  }
  return { catalog, schema, table: rest.join(".") };
}

function allTargets(): ChurnTarget[] {
  if (!existsSync(join(dataDir, "sources"))) {
    throw new Error(
      `No sandbox data in ${dataDir}. Start the sandbox once: npm run sandbox -- --data-dir ${dataDir}`,
    );
  }
  const files = readdirSync(join(dataDir, "sources")).filter((f) => f.endsWith(".sqlite"));
  return files.flatMap((file) => {
    const catalog = file.replace(/\.sqlite$/, "");
    const db = openSource(sourceFile(dataDir, catalog));
    const tables = readSourceTables(db).filter((t) => t.modes.includes("INCREMENTAL"));
    db.close();
    return tables.map((t) => ({ catalog, schema: t.schemaName, table: t.tableName }));
  });
}

function checkedTargets(): ChurnTarget[] {
  const available = allTargets();
  if (!values.table) return available;
  const wanted = parseTarget(values.table);
  const found = available.some(
    (t) => t.catalog === wanted.catalog && t.schema === wanted.schema && t.table === wanted.table,
  );
  if (found) return [wanted];
  const names = available.map((t) => `  ${t.catalog}.${t.schema}.${t.table}`).join("\n");
  throw new Error(`${values.table} is not a table with a change log. Pick one of:\n${names}`);
}

let targets: ChurnTarget[];
try {
  targets = checkedTargets();
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(2);
}
const rng = createRng(Date.now());
let done = 0;
console.log(`churning ${targets.length} table(s) in ${dataDir} at ${rate}/s (Ctrl-C to stop)`);
const timer = setInterval(() => {
  const target = rng.pick(targets);
  const roll = rng.next();
  const plan = {
    ...target,
    inserts: roll < 0.4 ? 1 : 0,
    updates: roll >= 0.4 && roll < 0.8 ? 1 : 0,
    deletes: roll >= 0.8 ? 1 : 0,
  };
  const db = openSource(sourceFile(dataDir, target.catalog));
  try {
    const result = applyChurnTo(db, findTable(db, target), plan);
    const [op, ids] = plan.inserts
      ? ["insert", result.insertedIds]
      : plan.updates
        ? ["update", result.updatedIds]
        : ["delete", result.deletedIds];
    console.log(
      `${new Date().toISOString()} ${op} ${target.catalog}.${target.schema}.${target.table} id=${ids.join(",")}`,
    );
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
  } finally {
    db.close();
  }
  if (++done >= limit) clearInterval(timer);
}, 1000 / rate);
