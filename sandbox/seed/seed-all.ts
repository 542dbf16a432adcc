import { randomBytes } from "node:crypto";
import { mkdirSync, rmSync } from "node:fs";
import { join } from "node:path";

import type Database from "better-sqlite3";

import { createRng, type Rng } from "../prng";
import { getMeta, setMeta, type StateDb } from "../state/open-state";
import { seedCrm } from "./crm";
import { seedMarketing } from "./marketing";
import { seedPayment } from "./payment";
import { initSourceCatalog, openSource } from "./source-db";

export const PROJECT_IDS = ["demoPrj1", "demoPrj2"] as const;
const SEED = 20_261_128;

function uuid(rng: Rng): string {
  const hex = Array.from({ length: 32 }, () => rng.int(0, 15).toString(16)).join("");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20)}`;
}

const catalogId = (rng: Rng): string => `6${Array.from({ length: 17 }, () => rng.int(0, 9)).join("")}`;

type SourceSeed = {
  name: string;
  display: string;
  type: string;
  seed: (db: Database.Database, rng: Rng) => void;
};

function seedSource(dataDir: string, source: SourceSeed, rng: Rng): string {
  const relative = join("sources", `${source.name}.sqlite`);
  const file = join(dataDir, relative);
  for (const suffix of ["", "-wal", "-shm"]) rmSync(file + suffix, { force: true });
  const db = openSource(file);
  initSourceCatalog(db);
  source.seed(db, rng);
  db.close();
  return relative;
}

// Runs once per data directory; a half-finished seed is redone from scratch on the next start.
export function seedIfNeeded(state: StateDb, dataDir: string): void {
  if (getMeta(state, "seeded") === "1") return;
  mkdirSync(join(dataDir, "sources"), { recursive: true });
  const rng = createRng(SEED);
  const created = "2026-01-15T09:30:00.000000000Z";
  const owner = uuid(rng);
  const orgId = uuid(rng);
  const wsId = uuid(rng);
  const sources: Record<string, SourceSeed[]> = {
    demoPrj1: [
      { name: "payment", display: "Payment", type: "postgresql", seed: seedPayment },
      { name: "crm", display: "CRM", type: "hubspot", seed: seedCrm },
    ],
    demoPrj2: [{ name: "marketing", display: "Marketing", type: "mysql", seed: seedMarketing }],
  };
  const seeded = PROJECT_IDS.map((pid) => ({
    pid,
    files: (sources[pid] ?? []).map((s) => ({ s, file: seedSource(dataDir, s, rng), id: catalogId(rng) })),
  }));
  const largeId = catalogId(rng);
  state.transaction(() => {
    state.exec(
      "DELETE FROM organizations; DELETE FROM workspaces; DELETE FROM projects; DELETE FROM catalogs;",
    );
    state.exec("DELETE FROM api_keys WHERE kind = 'project'");
    state
      .prepare("INSERT INTO organizations VALUES (?, ?, ?, ?, ?)")
      .run(orgId, "Demo Organization", owner, created, "Seeded by the local Partner API sandbox");
    state
      .prepare("INSERT INTO workspaces VALUES (?, ?, ?, ?, ?, ?, 1)")
      .run(wsId, orgId, "Default Workspace", owner, created, null);
    const addCatalog = state.prepare("INSERT INTO catalogs VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
    const names = ["Payments Demo", "Marketing Demo"];
    seeded.forEach(({ pid, files }, index) => {
      state
        .prepare("INSERT INTO projects VALUES (?, ?, ?, ?, ?, ?, ?)")
        .run(pid, wsId, names[index] ?? pid, `Sandbox project ${index + 1}`, created, owner, index);
      state
        .prepare("INSERT INTO api_keys VALUES (?, 'project', ?)")
        .run(`${pid}.${randomBytes(24).toString("base64url")}`, pid);
      addCatalog.run("1", pid, "internal", "Internal", "internal", null, "builtin", null, 0);
      addCatalog.run("2", pid, "query", "Query", "query", null, "builtin", null, 1);
      files.forEach(({ s, file, id }, i) => {
        addCatalog.run(id, pid, s.name, s.display, s.type, uuid(rng), "source", file, i + 2);
      });
      if (index === 0)
        addCatalog.run(largeId, pid, "warehouse", "Warehouse", "snowflake", uuid(rng), "large", null, 9);
    });
    setMeta(state, "seeded", "1");
  })();
}
