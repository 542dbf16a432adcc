import "server-only";

import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";

const storage = new AsyncLocalStorage<{ requestId: string }>();

/** Runs `fn` with a request id that every log line and Partner API call made inside it carries. */
export function withRequestId<T>(fn: () => T, requestId: string = randomUUID()): T {
  return storage.run({ requestId }, fn);
}

/**
 * Runs a route handler under a fresh request id and names it in the answer's X-Request-Id: support can find the
 * request's log lines, and a test can tell its own Partner API calls (which carry the same id) from others.
 */
export async function withAnsweredRequestId(fn: () => Promise<Response>): Promise<Response> {
  const requestId = randomUUID();
  const response = await withRequestId(fn, requestId);
  try {
    response.headers.set("X-Request-Id", requestId);
  } catch {
    // A response with immutable headers (Response.redirect) goes out without it.
  }
  return response;
}

export function currentRequestId(): string | undefined {
  return storage.getStore()?.requestId;
}
