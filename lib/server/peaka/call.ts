import "server-only";

import type { z } from "zod";

import { PeakaApiError, isPeakaApiError, kindForStatus } from "./errors";
import { vendorErrorBody } from "./vendor-schemas";

type FetchResult = { data?: unknown; error?: unknown; response: Response };

/** Runs one openapi-fetch call and returns its body parsed by `schema`, or throws one PeakaApiError. */
export async function call<S extends z.ZodType>(
  operation: string,
  schema: S,
  run: () => Promise<FetchResult>,
): Promise<z.output<S>> {
  let result: FetchResult;
  try {
    result = await run();
  } catch (cause) {
    if (isPeakaApiError(cause)) throw cause;
    throw new PeakaApiError({ kind: "malformed", message: "Unreadable answer from Peaka", operation, cause });
  }
  const { response } = result;
  if (!response.ok) throw errorFromResponse(operation, response.status, result.error);
  const parsed = schema.safeParse(result.data);
  if (!parsed.success) {
    throw new PeakaApiError({
      kind: "malformed",
      status: response.status,
      message: `Unexpected answer shape for ${operation}`,
      operation,
      cause: parsed.error,
    });
  }
  return parsed.data;
}

export function errorFromResponse(operation: string, status: number, body: unknown): PeakaApiError {
  const fields = vendorErrorBody.parse(typeof body === "string" ? { message: body.slice(0, 300) } : body);
  return new PeakaApiError({
    kind: kindForStatus(status),
    status,
    errorCode: fields.errorCode ?? null,
    message: fields.message ?? fields.reason ?? `HTTP ${status}`,
    traceId: fields.traceId ?? null,
    operation,
  });
}
