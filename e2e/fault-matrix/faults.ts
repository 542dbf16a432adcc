import type { Fault } from "../../tests/support/fault-proxy";
import { stack } from "../stack";

export type Expectation = "success" | "error" | "either";

export type FaultCase = {
  id: string;
  label: string;
  fault: (match: string) => Fault;
  /** What a read shows while the fault lasts. */
  read: Expectation;
  /** Upstream attempts for ONE console read under the client policy; null when the proxy cannot see them. */
  getAttempts: number | null;
  /** What a create shows on the faulted submit (before the person retries). */
  write: Expectation;
};

const RETRIED = 3; // DEFAULT_RETRY.maxAttempts in lib/server/peaka/retry.ts
const pastTimeout = stack.faultTimeoutMs + 1_000;

const status = (code: number, retryable: boolean): FaultCase => ({
  id: String(code),
  label: `HTTP ${code}`,
  fault: (match) => ({ kind: "status", status: code, match }),
  read: "error",
  getAttempts: retryable ? RETRIED : 1,
  write: "error",
});

export const FAULTS: FaultCase[] = [
  {
    id: "latency-under",
    label: `latency 500 ms (under the ${stack.faultTimeoutMs} ms timeout)`,
    fault: (match) => ({ kind: "latency", delayMs: 500, match }),
    read: "success",
    getAttempts: 1,
    write: "success",
  },
  {
    id: "latency-past",
    label: `latency ${pastTimeout} ms, once (past the timeout)`,
    fault: (match) => ({ kind: "latency", delayMs: pastTimeout, match, times: 1 }),
    read: "success",
    // The first attempt times out, the retry is answered at once.
    getAttempts: 2,
    write: "error",
  },
  {
    id: "hang",
    label: "hang (no answer at all)",
    fault: (match) => ({ kind: "hang", match }),
    read: "error",
    getAttempts: RETRIED,
    write: "error",
  },
  {
    id: "reset",
    label: "connection reset",
    fault: (match) => ({ kind: "reset", match }),
    read: "error",
    getAttempts: RETRIED,
    write: "error",
  },
  {
    id: "refused",
    label: "connection refused (every call)",
    fault: () => ({ kind: "refused" }),
    read: "error",
    getAttempts: null,
    write: "error",
  },
  status(500, false),
  status(502, true),
  status(503, true),
  status(504, true),
  {
    id: "429",
    label: "HTTP 429 with Retry-After: 1",
    fault: (match) => ({ kind: "rate-limit", retryAfterSeconds: 1, match }),
    read: "error",
    getAttempts: RETRIED,
    write: "error",
  },
  {
    id: "malformed-json",
    label: "malformed JSON (200)",
    fault: (match) => ({ kind: "malformed-json", match }),
    read: "error",
    getAttempts: 1,
    write: "either",
  },
  {
    id: "html",
    label: "HTML error page (502 text/html)",
    fault: (match) => ({ kind: "html", status: 502, match }),
    read: "error",
    getAttempts: RETRIED,
    write: "error",
  },
  status(401, false),
  status(403, false),
  {
    id: "mutate",
    label: "unknown fields, nulls, unknown enum values",
    fault: (match) => ({ kind: "mutate", match }),
    read: "either",
    getAttempts: 1,
    write: "either",
  },
];
