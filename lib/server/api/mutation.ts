import "server-only";

import { NextResponse } from "next/server";

import { ActionError } from "@/lib/action-error";
import { fieldName } from "@/lib/config/problem";
import type { PolicyErrors } from "@/lib/schedule";

import { scheduleRejectionOf } from "../peaka/schedule-rejection";
import { failure, invalid, refuse } from "../route-response";

/**
 * Runs one API mutation: its value as JSON, a refusal the server function worded (409), Peaka's refusal of a
 * schedule on that field (400), or a Partner API failure by its kind.
 */
export async function mutate<T>(run: () => Promise<T>, status = 200): Promise<Response> {
  try {
    return NextResponse.json(await run(), { status, headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (error instanceof ActionError) return refuse(409, error.message);
    const rejection = scheduleRejectionOf(error);
    if (rejection) return invalid([{ field: `schedules.${rejection.field}`, message: rejection.message }]);
    return failure(error);
  }
}

/** The schedule policy's errors as problems under `prefix` (e.g. ["items", 0, "schedules"]). */
export function policyProblems(errors: PolicyErrors, prefix: (string | number)[]) {
  return Object.entries(errors).map(([field, message]) => ({
    field: fieldName([...prefix, field]),
    message,
  }));
}
