import "server-only";

import { randomUUID } from "node:crypto";

import createClient, { type Client, type Middleware } from "openapi-fetch";

import { currentRequestId } from "../request-context";

import { PeakaApiError } from "./errors";
import type { paths as VendorPaths } from "./openapi";
import {
  DEFAULT_RETRY,
  RETRYABLE_STATUSES,
  backoffDelay,
  parseRetryAfter,
  sleep,
  type RetryPolicy,
} from "./retry";

/** `/info` is used by Peaka's own tools but missing from the published spec. */
type InfoPath = {
  "/info": {
    parameters: { query?: never; header?: never; path?: never; cookie?: never };
    get: {
      parameters: { query?: never; header?: never; path?: never; cookie?: never };
      requestBody?: never;
      responses: { 200: { headers: Record<string, unknown>; content: { "application/json": unknown } } };
    };
  };
};
export type PeakaPaths = VendorPaths & InfoPath;
export type PeakaClient = Client<PeakaPaths>;

export type PeakaLogger = {
  info: (obj: object, msg?: string) => void;
  warn: (obj: object, msg?: string) => void;
};

export type PeakaClientOptions = {
  baseUrl: string;
  apiKey: string;
  timeoutMs: number;
  retry?: Partial<RetryPolicy>;
  logger: PeakaLogger;
  fetchImpl?: typeof fetch;
  /** Told of every write to a project, before it is sent and again once it has answered or failed. */
  onWrite?: (projectId: string) => void;
};

/**
 * Calls that change nothing at Peaka, so they may be sent again: GET and HEAD, and the search, which is a POST only
 * because its query travels in the body. Retrying it matters: a server closes an idle keep-alive connection as a
 * request goes out on it ("other side closed"), and under load the fuzz met that on a search (session 12).
 */
const READ_METHODS = new Set(["GET", "HEAD"]);
const READ_POSTS = /\/data\/projects\/[^/]+\/search$/;
const isRead = (request: Request): boolean =>
  READ_METHODS.has(request.method) ||
  (request.method === "POST" && READ_POSTS.test(new URL(request.url).pathname));

export function createPeakaClient(options: PeakaClientOptions): PeakaClient {
  const policy: RetryPolicy = { ...DEFAULT_RETRY, ...options.retry };
  const client = createClient<PeakaPaths>({
    baseUrl: options.baseUrl.replace(/\/+$/, ""),
    fetch: (request) => resilientFetch(request, options, policy),
  });
  client.use(dotSegmentGuard(), authMiddleware(options.apiKey));
  if (options.onWrite) client.use(writeNotifier(options.onWrite));
  return client;
}

// Before: reads starting during the write must not reuse an older answer. After: nor one read while it ran.
function writeNotifier(onWrite: (projectId: string) => void): Middleware {
  const notify = ({ request, params }: { request: Request; params: { path?: Record<string, unknown> } }) => {
    const projectId = params.path?.projectId;
    if (!isRead(request) && typeof projectId === "string") onWrite(projectId);
  };
  return {
    onRequest: (call) => void notify(call),
    onResponse: (call) => void notify(call),
    onError: (call) => void notify(call),
  };
}

// A "." or ".." value is walked by the URL parser: `projects/../cache` would call another endpoint.
function dotSegmentGuard(): Middleware {
  return {
    onRequest({ params, schemaPath }) {
      const path: Record<string, unknown> = params.path ?? {};
      for (const [name, value] of Object.entries(path)) {
        if (typeof value === "string" && /^\.{1,2}$/.test(value)) {
          throw new PeakaApiError({
            kind: "not-found",
            status: null,
            message: `There is no ${name} "${value}"`,
            operation: schemaPath,
          });
        }
      }
      return undefined;
    },
  };
}

// The only place in the console that attaches the Partner API key.
function authMiddleware(apiKey: string): Middleware {
  return {
    onRequest({ request }) {
      request.headers.set("Authorization", `Bearer ${apiKey}`);
      if (!request.headers.has("X-Request-Id")) {
        request.headers.set("X-Request-Id", currentRequestId() ?? randomUUID());
      }
      request.headers.set("Accept", "application/json");
      return request;
    },
  };
}

type NextPatchedFetch = typeof fetch & { _nextOriginalFetch?: typeof fetch };

/**
 * Next's patched fetch serves page data (memoized per render, cacheable), not an API client with its own timeouts and
 * retries: inside a server render a retried GET got the first attempt's timeout back at once and never reached Peaka.
 * Its original (only deduplicating, which a signal in init opts out of) is used instead when present.
 */
function platformFetch(): typeof fetch {
  return (globalThis.fetch as NextPatchedFetch)._nextOriginalFetch ?? globalThis.fetch;
}

async function resilientFetch(
  request: Request,
  options: PeakaClientOptions,
  policy: RetryPolicy,
): Promise<Response> {
  const doFetch = options.fetchImpl ?? platformFetch();
  const retryable = isRead(request);
  const attempts = retryable ? policy.maxAttempts : 1;
  const path = new URL(request.url).pathname;
  const requestId = request.headers.get("X-Request-Id");
  const log = { requestId, method: request.method, path };

  for (let attempt = 1; ; attempt++) {
    const started = Date.now();
    const { signal, settle } = deadline(request.signal, options.timeoutMs);
    let response: Response;
    try {
      // undici sometimes leaves an aborted fetch pending forever (seen with a hanging upstream): race the signal.
      const raw = await Promise.race([doFetch(request.clone(), { signal }), rejectOnAbort(signal)]);
      // The body is read under the same deadline: a stalled body must not outlive the timeout either.
      const body = await Promise.race([raw.arrayBuffer(), rejectOnAbort(signal)]);
      const nullBody = [101, 204, 205, 304].includes(raw.status);
      response = new Response(nullBody ? null : body, {
        status: raw.status,
        statusText: raw.statusText,
        headers: raw.headers,
      });
    } catch (cause) {
      const timedOut = isTimeout(cause);
      options.logger.warn(
        {
          ...log,
          attempt,
          ms: Date.now() - started,
          failure: timedOut ? "timeout" : "network",
          cause: cause instanceof Error ? `${cause.name}: ${cause.message}` : String(cause),
        },
        "peaka call failed",
      );
      settle();
      if (attempt < attempts) {
        await sleep(backoffDelay(attempt, policy));
        continue;
      }
      throw new PeakaApiError({
        kind: timedOut ? "timeout" : "network",
        message: timedOut
          ? `No answer from Peaka within ${options.timeoutMs} ms`
          : "Could not connect to the Peaka API",
        operation: `${request.method} ${path}`,
        cause,
      });
    }
    settle();
    options.logger.info({ ...log, attempt, status: response.status, ms: Date.now() - started }, "peaka call");
    if (!RETRYABLE_STATUSES.has(response.status) || attempt >= attempts) return response;
    const retryAfter = parseRetryAfter(response.headers.get("Retry-After"));
    if (retryAfter !== null && retryAfter > policy.maxRetryAfterMs) return response;
    await sleep(retryAfter ?? backoffDelay(attempt, policy));
  }
}

/**
 * Aborts after `ms` or when `parent` aborts, until `settle()`: once a call has answered (body read) or failed, its
 * timer and its listener on `parent` go. Left running, every answered call was aborted again `ms` later (a
 * DOMException and a rejection each), and held its signal, listeners and promises that long: under load, tens of
 * thousands of them at once. Not AbortSignal.timeout(): its timer holds the signal only weakly, so inside
 * AbortSignal.any() it can be garbage-collected before firing and a hung Peaka call then never ends.
 */
function deadline(parent: AbortSignal, ms: number): { signal: AbortSignal; settle: () => void } {
  const controller = new AbortController();
  const timer = setTimeout(
    () => controller.abort(new DOMException(`No answer within ${ms} ms`, "TimeoutError")),
    ms,
  );
  timer.unref();
  const onParentAbort = () => controller.abort(parent.reason);
  if (parent.aborted) onParentAbort();
  else parent.addEventListener("abort", onParentAbort, { once: true });
  return {
    signal: controller.signal,
    settle: () => {
      clearTimeout(timer);
      parent.removeEventListener("abort", onParentAbort);
    },
  };
}

function rejectOnAbort(signal: AbortSignal): Promise<never> {
  const reason = () =>
    signal.reason instanceof Error ? signal.reason : new DOMException("Aborted", "AbortError");
  const aborted = new Promise<never>((_, reject) => {
    if (signal.aborted) reject(reason());
    else signal.addEventListener("abort", () => reject(reason()), { once: true });
  });
  // The deadline also fires after a successful answer; that late rejection is expected, not unhandled.
  aborted.catch(() => undefined);
  return aborted;
}

function isTimeout(cause: unknown): boolean {
  return cause instanceof Error && (cause.name === "TimeoutError" || cause.name === "AbortError");
}
