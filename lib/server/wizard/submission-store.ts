import "server-only";

import { getConsoleDb } from "@/lib/server/db/database";
import type { TableOutcome } from "@/lib/wizard/types";

type SubmissionRow = {
  key: string;
  project_id: string;
  actor_id: string;
  created_at: string;
  outcomes: string | null;
};

let ready: Promise<void> | undefined;

function database() {
  const { db } = getConsoleDb();
  return db.withTables<{ wizard_submission: SubmissionRow }>();
}

function ensureTable(): Promise<void> {
  ready ??= database()
    .schema.createTable("wizard_submission")
    .ifNotExists()
    .addColumn("key", "text", (c) => c.primaryKey())
    .addColumn("project_id", "text", (c) => c.notNull())
    .addColumn("actor_id", "text", (c) => c.notNull())
    .addColumn("created_at", "text", (c) => c.notNull())
    .addColumn("outcomes", "text")
    .execute()
    .then(() => undefined);
  return ready;
}

export type Claim = { kind: "claimed" } | { kind: "done"; outcomes: TableOutcome[] } | { kind: "in-flight" };

/** Atomically claims an idempotency key: only the first submit with a key may call Peaka. */
export async function claimSubmission(key: string, projectId: string, actorId: string): Promise<Claim> {
  await ensureTable();
  const inserted = await database()
    .insertInto("wizard_submission")
    .values({
      key,
      project_id: projectId,
      actor_id: actorId,
      created_at: new Date().toISOString(),
      outcomes: null,
    })
    .onConflict((conflict) => conflict.column("key").doNothing())
    .executeTakeFirst();
  if (Number(inserted.numInsertedOrUpdatedRows ?? 0n) > 0) return { kind: "claimed" };
  const existing = await readSubmission(key, projectId);
  return existing ? { kind: "done", outcomes: existing } : { kind: "in-flight" };
}

export async function saveSubmission(key: string, outcomes: TableOutcome[]): Promise<void> {
  await database()
    .updateTable("wizard_submission")
    .set({ outcomes: JSON.stringify(outcomes) })
    .where("key", "=", key)
    .execute();
}

/** Frees a key whose attempt failed before Peaka was reached, so a retry may run. */
export async function releaseSubmission(key: string): Promise<void> {
  await database()
    .deleteFrom("wizard_submission")
    .where("key", "=", key)
    .where("outcomes", "is", null)
    .execute();
}

export async function readSubmission(key: string, projectId: string): Promise<TableOutcome[] | null> {
  await ensureTable();
  const row = await database()
    .selectFrom("wizard_submission")
    .select(["outcomes"])
    .where("key", "=", key)
    .where("project_id", "=", projectId)
    .executeTakeFirst();
  if (!row?.outcomes) return null;
  return JSON.parse(row.outcomes) as TableOutcome[];
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A duplicate request (double click, retry) waits for the first one's result instead of posting again. */
export async function waitForSubmission(
  key: string,
  projectId: string,
  timeoutMs = 30_000,
): Promise<TableOutcome[] | null> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const outcomes = await readSubmission(key, projectId);
    if (outcomes) return outcomes;
    await sleep(250);
  }
  return null;
}
