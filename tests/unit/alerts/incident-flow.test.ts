// The evaluator in-process against the real sandbox: a failed run gives one alert, reminders come at most every R,
// a successful run gives one resolution.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { startWebhookReceiver } from "@/scripts/alerts/webhook-receiver.mjs";

import { PROJECT, sandboxWithTable } from "./support/sandbox-table";

const dataDir = mkdtempSync(join(tmpdir(), "cc-alerts-flow-"));
const secret = "whsec-flow-0123456789";
let table: Awaited<ReturnType<typeof sandboxWithTable>>;
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;

beforeAll(async () => {
  [table, receiver] = await Promise.all([sandboxWithTable(), startWebhookReceiver({ secret })]);
  Object.assign(process.env, {
    CONSOLE_DATA_DIR: dataDir,
    PEAKA_API_BASE_URL: table.sandbox.baseUrl,
    PEAKA_API_KEY: table.sandbox.keys.partnerKey,
    CONSOLE_READ_WINDOW_MS: "0",
    BETTER_AUTH_URL: "http://console.test",
    LOG_LEVEL: "silent",
  });
});
afterAll(async () => {
  await receiver?.close();
  await table?.stop();
  const { closeConsoleDb } = await import("@/lib/server/db/database");
  await closeConsoleDb();
  rmSync(dataDir, { recursive: true, force: true });
});

it("tells a failure once, reminds at most every R, and tells the resolution once", async () => {
  const { saveChannel } = await import("@/lib/server/alerts/channels-store");
  const { saveRule } = await import("@/lib/server/alerts/rules-store");
  const { evaluateOnce } = await import("@/lib/server/alerts/evaluate");
  const { deliverDue } = await import("@/lib/server/alerts/deliveries");
  const { listIncidents } = await import("@/lib/server/alerts/incidents");
  const channelId = await saveChannel(
    {
      kind: "webhook",
      name: "Hook",
      url: receiver.url,
      slack: false,
      secret,
      quietStart: null,
      quietEnd: null,
      changes: false,
    },
    "admin@test",
  );
  await saveRule(
    {
      name: "Campaigns",
      scope: "caches",
      projectId: PROJECT,
      catalogId: null,
      cacheIds: [table.cacheId],
      failures: 1,
      freshness: null,
      slowFactor: null,
      reminder: "PT10S",
      channelIds: [channelId],
    },
    "admin@test",
  );
  const tick = async (at: number) => {
    await evaluateOnce(new Date(at));
    await deliverDue(new Date(at));
  };
  const types = () => receiver.accepted().map((r) => (r.json as { type: string }).type);
  const t0 = Date.now();
  await tick(t0);
  expect(types()).toEqual([]); // the first load completed: nothing to tell

  await table.run(true);
  await tick(t0 + 1_000);
  await tick(t0 + 2_000);
  expect(types()).toEqual(["incident.opened"]);
  const opened = receiver.accepted()[0]?.json as { summary: string; cache: { cacheId: string; url: string } };
  expect(opened.summary).toContain("Source timed out (test)");
  expect(opened.cache).toMatchObject({
    cacheId: table.cacheId,
    url: `http://console.test/projects/${PROJECT}/caches/${table.cacheId}`,
  });
  expect((await listIncidents({ limit: 10 }))[0]).toMatchObject({
    status: "open",
    condition: "failing",
    cacheId: table.cacheId,
  });

  // Ticks every 2 s of (simulated) time for 25 s: with R = 10 s that is two reminders, not twelve.
  for (let t = 4_000; t <= 25_000; t += 2_000) await tick(t0 + t);
  expect(types()).toEqual(["incident.opened", "incident.reminder", "incident.reminder"]);

  await table.run(false);
  await tick(t0 + 26_000);
  await tick(t0 + 27_000);
  expect(types()).toEqual(["incident.opened", "incident.reminder", "incident.reminder", "incident.resolved"]);
  expect((await listIncidents({ limit: 10 }))[0]).toMatchObject({ status: "resolved" });
  expect(new Set(receiver.accepted().map((r) => r.eventId)).size).toBe(4);
});
