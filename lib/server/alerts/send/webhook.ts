import "server-only";

import { slackBody, type AlertEvent } from "@/lib/alerts/payload";

import { EVENT_ID_HEADER, SIGNATURE_HEADER, signBody, TIMESTAMP_HEADER } from "../signature";

export type SendResult = { ok: boolean; answer: string };

const MAX_ANSWER = 300;

/** One POST; the answer (status and the start of the body) goes to the delivery log. */
export async function sendWebhook(
  target: { url: string; secret: string | null; slack: boolean },
  event: AlertEvent,
  timeoutMs: number,
): Promise<SendResult> {
  const body = JSON.stringify(target.slack ? slackBody(event) : event);
  const timestamp = Math.floor(Date.now() / 1000);
  const headers: Record<string, string> = {
    "content-type": "application/json",
    "user-agent": "cache-console-alerts/1",
    [EVENT_ID_HEADER]: event.eventId,
    [TIMESTAMP_HEADER]: String(timestamp),
  };
  if (target.secret) headers[SIGNATURE_HEADER] = signBody(target.secret, timestamp, body);
  try {
    const response = await fetch(target.url, {
      method: "POST",
      headers,
      body,
      redirect: "manual",
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = (await response.text().catch(() => "")).slice(0, MAX_ANSWER).replace(/\s+/g, " ").trim();
    return {
      ok: response.status >= 200 && response.status < 300,
      answer: `HTTP ${response.status}${text ? ` ${text}` : ""}`,
    };
  } catch (error) {
    const name = error instanceof Error ? error.name : "";
    if (name === "TimeoutError") return { ok: false, answer: `no answer within ${timeoutMs} ms` };
    const cause = (error as { cause?: { code?: string } }).cause?.code;
    return { ok: false, answer: `could not connect${cause ? ` (${cause})` : ""}` };
  }
}
