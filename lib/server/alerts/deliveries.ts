import "server-only";

import { randomUUID } from "node:crypto";

import type { Selectable } from "kysely";

import type { AlertEvent } from "@/lib/alerts/payload";
import type { DeliveryAttemptView } from "@/lib/alerts/types";

import { env } from "../env";
import { logger } from "../logger";

import { alertDb } from "./alert-db";
import { listChannels, type Channel } from "./channels-store";
import { quietUntil } from "./quiet";
import { sendEmail } from "./send/email";
import { sendWebhook, type SendResult } from "./send/webhook";
import type { AlertDb, AlertDeliveryTable } from "./tables";

type Tx = Pick<AlertDb, "insertInto">;

/** Queues one event for each channel (one row per channel, so each is retried on its own). */
export async function queueEvent(tx: Tx, event: AlertEvent, channels: Channel[], now: Date): Promise<void> {
  for (const channel of channels) {
    await tx
      .insertInto("alert_delivery")
      .values({
        id: randomUUID(),
        event_id: event.eventId,
        incident_id: event.incident?.id ?? null,
        channel_id: channel.id,
        type: event.type,
        event: JSON.stringify(event),
        status: "pending",
        attempts: 0,
        next_attempt_at: quietUntil(channel, now).toISOString(),
        created_at: now.toISOString(),
        delivered_at: null,
      })
      .execute();
  }
}

/** Full-jitter-free exponential backoff: base, 3×base, 9×base … up to ten minutes. */
export function retryDelayMs(attempts: number, baseMs = env.alertRetryBaseMs): number {
  return Math.min(baseMs * 3 ** Math.max(0, attempts - 1), 10 * 60_000);
}

export function sendTo(channel: Channel, event: AlertEvent): Promise<SendResult> {
  const timeoutMs = env.CONSOLE_ALERT_TIMEOUT_MS;
  if (channel.kind === "email")
    return sendEmail(
      { url: channel.url, secret: channel.secret, emailTo: channel.emailTo ?? "" },
      event,
      env.CONSOLE_ALERT_EMAIL_FROM ?? "Cache Console <alerts@cache-console.invalid>",
      timeoutMs,
    );
  return sendWebhook({ url: channel.url, secret: channel.secret, slack: channel.slack }, event, timeoutMs);
}

let sending: Promise<number> | null = null;

/**
 * Sends every delivery that is due, one attempt each, and records the attempt. Runs on the leader only, so two
 * instances never send the same delivery; a crash between sending and recording sends it again (at least once,
 * same event id). Concurrent calls share one pass.
 */
export function deliverDue(now = new Date()): Promise<number> {
  sending ??= deliverPass(now).finally(() => (sending = null));
  return sending;
}

async function deliverPass(now: Date): Promise<number> {
  const db = await alertDb();
  const due = await db
    .selectFrom("alert_delivery")
    .selectAll()
    .where("status", "=", "pending")
    .where("next_attempt_at", "<=", now.toISOString())
    .orderBy("next_attempt_at")
    .limit(50)
    .execute();
  if (due.length === 0) return 0;
  const channels = new Map((await listChannels()).map((c) => [c.id, c]));
  let sent = 0;
  await Promise.all(
    due.map(async (delivery) => {
      // Claim the row before sending: whoever moves its due time first sends it, so even two senders at once
      // (a leader change mid-pass, or "send test") never send one delivery twice.
      const lease = new Date(Date.now() + env.CONSOLE_ALERT_TIMEOUT_MS + 60_000).toISOString();
      const claimed = await db
        .updateTable("alert_delivery")
        .set({ next_attempt_at: lease })
        .where("id", "=", delivery.id)
        .where("status", "=", "pending")
        .where("next_attempt_at", "=", delivery.next_attempt_at)
        .executeTakeFirst();
      if (Number(claimed.numUpdatedRows) !== 1) return;
      sent += 1;
      await attempt(delivery, channels.get(delivery.channel_id) ?? null);
    }),
  );
  return sent;
}

/** One attempt at one delivery, written to the delivery log; a failure schedules the next try. */
async function attempt(
  delivery: Selectable<AlertDeliveryTable>,
  channel: Channel | null,
): Promise<SendResult> {
  const db = await alertDb();
  const event = JSON.parse(delivery.event) as AlertEvent;
  const started = Date.now();
  const result: SendResult = channel
    ? await sendTo(channel, event)
    : { ok: false, answer: "the channel was removed" };
  const at = new Date();
  const attempts = delivery.attempts + 1;
  const givenUp =
    !result.ok && (!channel || at.getTime() - Date.parse(delivery.created_at) >= env.alertGiveUpMs);
  await db.transaction().execute(async (tx) => {
    await tx
      .insertInto("alert_attempt")
      .values({
        delivery_id: delivery.id,
        channel_id: delivery.channel_id,
        at: at.toISOString(),
        ok: result.ok ? 1 : 0,
        answer: result.answer,
        ms: at.getTime() - started,
      })
      .execute();
    await tx
      .updateTable("alert_delivery")
      .set({
        attempts,
        status: result.ok ? "delivered" : givenUp ? "gave-up" : "pending",
        delivered_at: result.ok ? at.toISOString() : null,
        next_attempt_at:
          result.ok || givenUp
            ? delivery.next_attempt_at
            : new Date(at.getTime() + retryDelayMs(attempts)).toISOString(),
      })
      .where("id", "=", delivery.id)
      .execute();
  });
  if (!result.ok)
    logger.warn(
      { channel: delivery.channel_id, eventId: delivery.event_id, attempts, answer: result.answer, givenUp },
      "alerts: delivery failed",
    );
  return result;
}

/**
 * "Send test": sent now by the instance that was asked, logged like any delivery. The row is due a minute from
 * now, so the leader cannot pick it up while this attempt is going; a failed test is retried like the rest.
 */
export async function sendTest(channel: Channel, by: string): Promise<SendResult> {
  const db = await alertDb();
  const now = new Date();
  const event: AlertEvent = {
    version: 1,
    eventId: randomUUID(),
    type: "test",
    occurredAt: now.toISOString(),
    summary: `Test message for channel "${channel.name}", sent by ${by}.`,
    incident: null,
    cache: null,
  };
  const id = randomUUID();
  const row = {
    id,
    event_id: event.eventId,
    incident_id: null,
    channel_id: channel.id,
    type: event.type,
    event: JSON.stringify(event),
    status: "pending",
    attempts: 0,
    next_attempt_at: new Date(now.getTime() + 60_000).toISOString(),
    created_at: now.toISOString(),
    delivered_at: null,
  };
  await db.insertInto("alert_delivery").values(row).execute();
  return attempt(row, channel);
}

/** The delivery log of one channel: every attempt, newest first. */
export async function listAttempts(channelId: string, limit = 100): Promise<DeliveryAttemptView[]> {
  const db = await alertDb();
  const rows = await db
    .selectFrom("alert_attempt")
    .innerJoin("alert_delivery", "alert_delivery.id", "alert_attempt.delivery_id")
    .select([
      "alert_attempt.at",
      "alert_attempt.delivery_id",
      "alert_attempt.ok",
      "alert_attempt.answer",
      "alert_attempt.ms",
      "alert_delivery.event_id",
      "alert_delivery.type",
      "alert_delivery.status",
      "alert_delivery.next_attempt_at",
    ])
    .where("alert_attempt.channel_id", "=", channelId)
    .orderBy("alert_attempt.at", "desc")
    .orderBy("alert_attempt.id", "desc")
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    at: r.at,
    deliveryId: r.delivery_id,
    eventId: r.event_id,
    type: r.type,
    ok: r.ok === 1,
    answer: r.answer,
    ms: r.ms,
    deliveryStatus: r.status,
    nextAttemptAt: r.status === "pending" ? r.next_attempt_at : null,
  }));
}
