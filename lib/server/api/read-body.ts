import "server-only";

import type * as z from "zod/mini";

import { fieldName } from "@/lib/config/problem";

import { invalid, refuse } from "../route-response";

/** Matches the front's bound (scripts/front/body-limit.mjs), for a console started without it. */
export const MAX_API_BODY_BYTES = 1024 * 1024;

/** The JSON body validated by `schema`, or the response that says what is wrong with it. */
export async function readBody<S extends z.ZodMiniType>(
  request: Request,
  schema: S,
  extra: Record<string, unknown> = {},
): Promise<{ ok: true; data: z.infer<S> } | { ok: false; response: Response }> {
  const declared = Number(request.headers.get("content-length") ?? "0");
  if (declared > MAX_API_BODY_BYTES) return { ok: false, response: tooLarge() };
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_API_BODY_BYTES) return { ok: false, response: tooLarge() };
  let json: unknown;
  try {
    json = text.trim() === "" ? {} : JSON.parse(text);
  } catch {
    return {
      ok: false,
      response: refuse(400, "The body is not JSON: send Content-Type: application/json.", "validation"),
    };
  }
  if (json === null || typeof json !== "object" || Array.isArray(json))
    return { ok: false, response: refuse(400, "The body must be a JSON object.", "validation") };
  const parsed = schema.safeParse({ ...json, ...extra });
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    response: invalid(
      parsed.error.issues.map((issue) => ({ field: fieldName(issue.path), message: issue.message })),
    ),
  };
}

const tooLarge = () =>
  refuse(413, `Request body too large: at most ${MAX_API_BODY_BYTES / 1024 / 1024} MiB here.`);
