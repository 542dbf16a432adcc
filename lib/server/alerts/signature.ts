import "server-only";

import { createHmac, timingSafeEqual } from "node:crypto";

export const SIGNATURE_HEADER = "x-cache-console-signature";
export const TIMESTAMP_HEADER = "x-cache-console-timestamp";
export const EVENT_ID_HEADER = "x-cache-console-event-id";

/** `v1=` + hex HMAC-SHA256 of `<unix seconds>.<raw body>` with the channel's secret. */
export function signBody(secret: string, timestamp: number, body: string): string {
  return `v1=${createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex")}`;
}

/** What a receiver does (docs/alerts.md): recompute, compare in constant time, refuse old timestamps. */
export function verifySignature(
  secret: string,
  headers: { signature: string | undefined; timestamp: string | undefined },
  body: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp);
  if (!headers.signature || !Number.isInteger(timestamp)) return false;
  if (Math.abs(now / 1000 - timestamp) > toleranceSeconds) return false;
  const expected = Buffer.from(signBody(secret, timestamp, body));
  const given = Buffer.from(headers.signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}
