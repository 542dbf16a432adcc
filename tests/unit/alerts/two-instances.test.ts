// Two `npm run worker` processes on one PostgreSQL against the real sandbox: one failure gives one webhook call;
// when the evaluating instance is killed, the other takes over and nothing is sent twice or lost.
import { spawn, type ChildProcess } from "node:child_process";

import { afterAll, beforeAll, expect, it } from "vitest";

import { startWebhookReceiver } from "@/scripts/alerts/webhook-receiver.mjs";

import { startPostgres } from "../../support/postgres";

import { sandboxWithTable } from "./support/sandbox-table";

const secret = "whsec-two-0123456789";
let pg: Awaited<ReturnType<typeof startPostgres>>;
let table: Awaited<ReturnType<typeof sandboxWithTable>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
const workers: { child: ChildProcess; output: string[] }[] = [];

beforeAll(async () => {
  [pg, table, receiver] = await Promise.all([
    startPostgres(),
    sandboxWithTable(),
    startWebhookReceiver({ secret }),
  ]);
});
afterAll(async () => {
  for (const w of workers)
    if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill("SIGKILL");
  await receiver?.close();
  await table?.stop();
  await pg?.stop();
});

function startWorker() {
  const child = spawn(
    process.execPath,
    ["--conditions=react-server", "--import", "tsx", "scripts/worker.ts"],
    {
      env: {
        ...process.env,
        DATABASE_URL: pg.url,
        PEAKA_API_BASE_URL: table.sandbox.baseUrl,
        PEAKA_API_KEY: table.sandbox.keys.partnerKey,
        CONSOLE_ALERT_INTERVAL: "0.5",
        CONSOLE_ALERT_WEBHOOK_URL: receiver.url,
        CONSOLE_ALERT_WEBHOOK_SECRET: secret,
        CONSOLE_READ_WINDOW_MS: "0",
        LOG_LEVEL: "debug",
      },
      stdio: ["ignore", "pipe", "pipe"],
    },
  );
  const worker = { child, output: [] as string[] };
  child.stdout?.on("data", (d: Buffer) => worker.output.push(d.toString()));
  child.stderr?.on("data", (d: Buffer) => worker.output.push(d.toString()));
  workers.push(worker);
  return worker;
}

const leads = (w: { output: string[] }) => w.output.join("").includes("holds the leader lock");

async function until(what: string, ok: () => boolean, timeoutMs = 20_000): Promise<number> {
  const start = Date.now();
  while (!ok()) {
    if (Date.now() - start > timeoutMs)
      throw new Error(
        `timed out waiting for ${what}\n${workers.map((w) => w.output.join("")).join("\n---\n")}`,
      );
    await new Promise((r) => setTimeout(r, 100));
  }
  return Date.now() - start;
}

const ours = () =>
  receiver
    .accepted()
    .map((r) => r.json as { type: string; eventId: string; cache: { cacheId: string } | null })
    .filter((e) => e.cache?.cacheId === table.cacheId);

it("sends one call per event with two instances, and the second takes over when the first dies", async () => {
  const first = startWorker();
  await until("the first worker to lead", () => leads(first), 30_000);
  const second = startWorker();
  await until("the second worker to start", () => second.output.join("").includes("alerts worker"), 30_000);

  await table.run(true);
  await until("the alert", () => ours().length === 1);
  await new Promise((r) => setTimeout(r, 2_000)); // four more ticks on each instance
  expect(ours().map((e) => e.type)).toEqual(["incident.opened"]);
  // Until the first dies, the second never evaluates (it would without the lock: the check can fail).
  expect(leads(second)).toBe(false);
  expect(second.output.join("")).not.toContain("evaluating as leader");
  expect(first.output.join("")).toContain("evaluating as leader");

  first.child.kill("SIGKILL");
  const tookOverMs = await until("the second worker to lead", () => leads(second), 60_000);
  expect(tookOverMs).toBeLessThan(60_000);

  await table.run(false);
  await until("the resolution", () => ours().length === 2);
  await table.run(true);
  await until("the next alert", () => ours().length === 3);
  await new Promise((r) => setTimeout(r, 1_500));
  expect(ours().map((e) => e.type)).toEqual(["incident.opened", "incident.resolved", "incident.opened"]);
  // Every call the receiver got was signed, and no event arrived twice.
  expect(receiver.received.every((r) => r.verified)).toBe(true);
  expect(receiver.received.filter((r) => r.duplicate)).toEqual([]);
}, 120_000);
