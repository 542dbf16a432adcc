// Webhook and mail delivery against real receivers: retries with backoff through down / 500 / slow, arriving once.
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, expect, it } from "vitest";

import { startMailCatcher } from "@/scripts/alerts/mail-catcher.mjs";
import { startWebhookReceiver } from "@/scripts/alerts/webhook-receiver.mjs";

const dataDir = mkdtempSync(join(tmpdir(), "cc-alerts-delivery-"));
Object.assign(process.env, {
  CONSOLE_DATA_DIR: dataDir,
  PEAKA_API_KEY: "unused-in-this-test",
  CONSOLE_ALERT_RETRY_BASE: "0.05",
  CONSOLE_ALERT_TIMEOUT_MS: "300",
  LOG_LEVEL: "silent",
});

const secret = "whsec-test-0123456789";
let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>;
let mail: Awaited<ReturnType<typeof startMailCatcher>>;
const alerts = async () => ({
  channels: await import("@/lib/server/alerts/channels-store"),
  deliveries: await import("@/lib/server/alerts/deliveries"),
  db: await import("@/lib/server/alerts/alert-db"),
});

beforeAll(async () => {
  receiver = await startWebhookReceiver({ secret, slowMs: 600 });
  mail = await startMailCatcher();
});
afterAll(async () => {
  await receiver.close();
  await mail.close();
  const { closeConsoleDb } = await import("@/lib/server/db/database");
  await closeConsoleDb();
  rmSync(dataDir, { recursive: true, force: true });
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("retries a webhook through a down, failing and slow receiver, and it arrives once, signed", async () => {
  const { channels, deliveries, db } = await alerts();
  const id = await channels.saveChannel(
    {
      kind: "webhook",
      name: "Ops hook",
      url: receiver.url,
      slack: false,
      secret,
      quietStart: null,
      quietEnd: null,
      changes: false,
    },
    "admin@test",
  );
  const channel = (await channels.getChannel(id))!;
  const event = {
    version: 1 as const,
    eventId: "evt-retry-1",
    type: "incident.opened" as const,
    occurredAt: new Date().toISOString(),
    summary: "payment.public.customers: the last run failed.",
    incident: null,
    cache: null,
  };
  const alertDb = await db.alertDb();
  await receiver.down();
  await deliveries.queueEvent(alertDb, event, [channel], new Date());

  expect(await deliveries.deliverDue()).toBe(1); // down: connection refused
  expect(await deliveries.deliverDue()).toBe(0); // not due again before its backoff
  await receiver.up();
  receiver.setMode("fail");
  await sleep(80);
  expect(await deliveries.deliverDue()).toBe(1); // 500
  receiver.setMode("slow");
  await sleep(200);
  expect(await deliveries.deliverDue()).toBe(1); // no answer within the timeout (the receiver takes it late)
  receiver.setMode("ok");
  await sleep(500);
  expect(await deliveries.deliverDue()).toBe(1); // delivered
  await sleep(500);
  expect(await deliveries.deliverDue()).toBe(0);

  const log = await deliveries.listAttempts(id);
  expect(log.map((a) => a.answer).reverse()).toEqual([
    expect.stringMatching(/^could not connect/),
    expect.stringMatching(/^HTTP 500/),
    "no answer within 300 ms",
    expect.stringMatching(/^HTTP 200/),
  ]);
  expect(log[0]).toMatchObject({ ok: true, deliveryStatus: "delivered", eventId: "evt-retry-1" });
  // Every call carried a valid signature and the same event id; the receiver processed it once.
  expect(receiver.received.every((r) => r.verified && r.eventId === "evt-retry-1")).toBe(true);
  expect(receiver.received.filter((r) => r.status === 200)).toHaveLength(2); // the late one and the retry
  expect(receiver.accepted()).toHaveLength(1);
  expect(receiver.accepted()[0]?.json).toMatchObject({
    version: 1,
    eventId: "evt-retry-1",
    type: "incident.opened",
  });
});

it("refuses a body signed with another secret (the receiver's check can fail)", async () => {
  const { channels, deliveries } = await alerts();
  const id = await channels.saveChannel(
    {
      kind: "webhook",
      name: "Wrong secret",
      url: receiver.url,
      slack: false,
      secret: "not-the-secret",
      quietStart: null,
      quietEnd: null,
      changes: false,
    },
    "admin@test",
  );
  const result = await deliveries.sendTest((await channels.getChannel(id))!, "admin@test");
  expect(result.ok).toBe(false);
  expect(result.answer).toMatch(/^HTTP 401/);
});

it("mails plain text and HTML through SMTP; the password stays on the server", async () => {
  const { channels, deliveries } = await alerts();
  const smtpUrl = mail.smtpUrl.replace("smtp://", "smtp://alerts:s3cret-pass@");
  const id = await channels.saveChannel(
    {
      kind: "email",
      name: "Ops mail",
      smtpUrl,
      emailTo: "ops@example.test",
      secret: "",
      quietStart: null,
      quietEnd: null,
      changes: false,
    },
    "admin@test",
  );
  const channel = (await channels.getChannel(id))!;
  const view = channels.channelView(channel);
  expect(JSON.stringify(view)).not.toContain("s3cret-pass");
  expect(view).toMatchObject({ secretSet: true, target: mail.smtpUrl });
  const result = await deliveries.sendTest(channel, "admin@test");
  expect(result.ok).toBe(true);
  expect(mail.inbox).toHaveLength(1);
  const [sent] = mail.inbox;
  expect(sent?.to).toEqual(["ops@example.test"]);
  expect(sent?.subject).toContain("[Cache Console] Test");
  expect(sent?.raw).toMatch(/Content-Type: text\/plain/i);
  expect(sent?.raw).toMatch(/Content-Type: text\/html/i);
  expect((await deliveries.listAttempts(id))[0]).toMatchObject({ ok: true, type: "test" });
});
