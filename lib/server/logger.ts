import "server-only";

import pino from "pino";

import { env } from "./env";
import { currentRequestId } from "./request-context";

const REDACT_PATHS = [
  "apiKey",
  "key",
  "authorization",
  "Authorization",
  "headers.authorization",
  "headers.Authorization",
  "req.headers.authorization",
  "req.headers.cookie",
  "*.apiKey",
  "*.authorization",
  "*.password",
  "password",
  "token",
  "*.token",
];

function destination(): pino.DestinationStream {
  if (!env.LOG_FILE) return pino.destination(1);
  return pino.multistream([
    { level: "trace", stream: pino.destination(1) },
    { level: "trace", stream: pino.destination({ dest: env.LOG_FILE, mkdir: true, sync: true }) },
  ]);
}

export const logger = pino(
  {
    level: env.LOG_LEVEL,
    base: { app: "cache-console" },
    redact: { paths: REDACT_PATHS, censor: "[redacted]" },
    mixin: () => {
      const requestId = currentRequestId();
      return requestId ? { requestId } : {};
    },
  },
  destination(),
);

const SECRET = env.PEAKA_API_KEY;

/** Belt and braces for free text (vendor messages, URLs) that pino's path redaction cannot see. */
export function scrubSecrets(text: string): string {
  if (!SECRET) return text;
  return text.split(SECRET).join("[redacted]");
}
