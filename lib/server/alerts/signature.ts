import "server-only";

import { createHmac } from "node:crypto";

export const SIGNATURE_HEADER = "x-cache-console-signature";
export const TIMESTAMP_HEADER = "x-cache-console-timestamp";
export const EVENT_ID_HEADER = "x-cache-console-event-id";

/** Receivers check it as scripts/alerts/webhook-receiver.mjs does (docs/alerts.md). `v1=` + hex HMAC-SHA256 of `<unix seconds>.<raw body>` with the channel's secret. */
export function signBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}
