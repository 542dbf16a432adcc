import { PEAKA_ERROR_KINDS, type PeakaErrorKind } from "@/lib/errors/peaka-error-kind";

/** A failed read of one of our route handlers, with the kind the handler gave it (lib/server/route-response.ts). */
export class FetchJsonError extends Error {
  constructor(
    message: string,
    readonly status: number,
    readonly kind: PeakaErrorKind | null,
  ) {
    super(message);
    this.name = "FetchJsonError";
  }
}

/** Reads one of our own route handlers; a failure carries the handler's plain-language message and kind. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const error = errorOf(body);
    throw new FetchJsonError(
      error.message ?? `The console could not load this (HTTP ${response.status}). Try again.`,
      response.status,
      error.kind,
    );
  }
  return body as T;
}

export function isNotFound(error: unknown): boolean {
  return error instanceof FetchJsonError && error.kind === "not-found";
}

function errorOf(body: unknown): { message: string | null; kind: PeakaErrorKind | null } {
  const error = body && typeof body === "object" && "error" in body ? body.error : null;
  if (!error || typeof error !== "object") return { message: null, kind: null };
  const message = "message" in error && typeof error.message === "string" ? error.message : null;
  const kind = "kind" in error ? (PEAKA_ERROR_KINDS.find((known) => known === error.kind) ?? null) : null;
  return { message, kind };
}
