import "server-only";

import type { PeakaErrorKind, PublicApiError } from "@/lib/errors/peaka-error-kind";

type PeakaApiErrorInit = {
  kind: PeakaErrorKind;
  status?: number | null;
  errorCode?: string | null;
  message: string;
  traceId?: string | null;
  operation?: string;
  cause?: unknown;
};

export class PeakaApiError extends Error {
  readonly kind: PeakaErrorKind;
  readonly status: number | null;
  readonly errorCode: string | null;
  readonly traceId: string | null;
  readonly operation: string | null;

  constructor(init: PeakaApiErrorInit) {
    super(init.message, { cause: init.cause });
    this.name = "PeakaApiError";
    this.kind = init.kind;
    this.status = init.status ?? null;
    this.errorCode = init.errorCode ?? null;
    this.traceId = init.traceId ?? null;
    this.operation = init.operation ?? null;
  }
}

export function isPeakaApiError(value: unknown): value is PeakaApiError {
  return value instanceof PeakaApiError;
}

export function kindForStatus(status: number): PeakaErrorKind {
  if (status === 401) return "auth";
  if (status === 403) return "forbidden";
  if (status === 404) return "not-found";
  if (status === 409) return "conflict";
  if (status === 400 || status === 422) return "validation";
  if (status === 429) return "rate-limited";
  return "upstream";
}

const GUIDANCE: Record<PeakaErrorKind, (err: PeakaApiError) => string> = {
  // A POST that timed out may still have been carried out by Peaka: never claim nothing changed.
  timeout: (e) =>
    isRead(e)
      ? "Peaka did not answer in time. Nothing was changed by the console; try again in a moment."
      : "Peaka did not answer in time, so the console cannot tell whether this was done. Refresh to check before trying again.",
  network: () =>
    "The console could not reach the Peaka API. Check the network or the configured API address, then try again.",
  auth: () =>
    "Peaka rejected the console's API key. An administrator needs to set a valid key (PEAKA_API_KEY) and restart the console.",
  forbidden: () =>
    "The console's API key is not allowed to do this in this project. Use a partner key, or a project key for this project.",
  "not-found": (e) =>
    `Peaka could not find it${vendorDetail(e)}. It may have been deleted; refresh the list and try again.`,
  conflict: (e) =>
    `This clashes with something that already exists${vendorDetail(e)}. Refresh to see the current state.`,
  validation: (e) => `Peaka refused the request${vendorDetail(e)}. Check the values and try again.`,
  "rate-limited": () => "Peaka is receiving too many requests right now. Wait a minute and try again.",
  upstream: () =>
    "Peaka had a problem answering. Try again in a few minutes; if it persists, contact Peaka support.",
  // An unreadable answer to a write still means Peaka received it and may well have carried it out.
  malformed: (e) =>
    isRead(e)
      ? "Peaka answered with data the console does not understand. Try again; if it persists, report it to your administrator."
      : "Peaka answered with data the console does not understand, so the console cannot tell whether this was done. Refresh to check before trying again.",
};

/** Timeouts name the request ("GET /path"); answers that fail to parse name the call ("getCache", "createCache"). */
function isRead(err: PeakaApiError): boolean {
  return err.operation === null || /^(GET|HEAD) |^(get|list|search|is)[A-Z]/.test(err.operation);
}

function vendorDetail(err: PeakaApiError): string {
  const text = err.message.trim();
  if (!text || /^HTTP \d+/.test(text)) return "";
  return `: ${text.replace(/[.!]+$/, "")}`;
}

/** Plain language: what happened and what the person can do. */
export function toUserMessage(err: unknown): string {
  if (!isPeakaApiError(err)) return "Something went wrong in the console. Try again.";
  const base = GUIDANCE[err.kind](err);
  return err.traceId ? `${base} (reference ${err.traceId})` : base;
}

export function toPublicError(err: unknown): PublicApiError {
  if (!isPeakaApiError(err)) {
    return { kind: "upstream", status: null, message: toUserMessage(err), traceId: null };
  }
  return { kind: err.kind, status: err.status, message: toUserMessage(err), traceId: err.traceId };
}
