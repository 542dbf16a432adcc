import "server-only";

import { NextResponse } from "next/server";

import type { PeakaErrorKind } from "@/lib/errors/peaka-error-kind";

import { logger } from "./logger";
import { isPeakaApiError, toPublicError } from "./peaka";

// The one way a route handler answers: a value as JSON, a plain refusal, or a Partner API failure by its kind.
// Every error body is `{ error: { kind?, message, ... } }`; lib/queries/fetch-json.ts reads it back with its kind.

const NO_STORE = { "cache-control": "no-store" };

const STATUS_OF_KIND: Partial<Record<PeakaErrorKind, number>> = { "not-found": 404, validation: 400 };

/** A refusal worded by the console itself (bad query, unknown id, no session). */
export function refuse(status: number, message: string, kind?: PeakaErrorKind): Response {
  return NextResponse.json({ error: kind ? { kind, message } : { message } }, { status, headers: NO_STORE });
}

/** A failed read: Peaka's not-found and validation answers keep their meaning, anything else is a 502. */
export function failure(error: unknown, context: Record<string, unknown> = {}): Response {
  const publicError = toPublicError(error);
  if (isPeakaApiError(error))
    logger.warn({ err: error, kind: error.kind, ...context }, "read failed at Peaka");
  else logger.error({ err: error, ...context }, "read failed");
  const status = isPeakaApiError(error) ? (STATUS_OF_KIND[error.kind] ?? 502) : 502;
  return NextResponse.json({ error: publicError }, { status, headers: NO_STORE });
}

type AnswerOptions<T> = {
  /** What to say when the read finds nothing (it returned null): a 404 of kind "not-found". */
  notFound?: string;
  /** Builds the success response when plain JSON is not enough (headers, a pre-serialised body). */
  respond?: (value: T) => Response;
  /** Logged with a failure. */
  context?: Record<string, unknown>;
};

/** Runs a read and answers it. */
export async function answer<T>(
  read: () => Promise<T | null>,
  options: AnswerOptions<T> = {},
): Promise<Response> {
  let value: T | null;
  try {
    value = await read();
  } catch (error) {
    return failure(error, options.context);
  }
  if (value === null) return refuse(404, options.notFound ?? "Nothing was found here.", "not-found");
  return options.respond ? options.respond(value) : NextResponse.json(value, { headers: NO_STORE });
}

export type FieldProblem = { field: string; message: string; line?: number; column?: number; file?: string };

/** Input that fails validation: one problem per field, each saying how to fix it. */
export function invalid(problems: FieldProblem[], message = "The request is not valid: fix the fields listed."): Response {
  return NextResponse.json(
    { error: { kind: "validation", message, problems } },
    { status: 400, headers: NO_STORE },
  );
}
