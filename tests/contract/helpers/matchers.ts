import { expect } from "vitest";

import { type ApiResponse } from "./api-client";
import { schemaErrors } from "./openapi-schemas";

export function expectShape(
  res: ApiResponse,
  schema: string,
  options: { array?: boolean; status?: number } = {},
): void {
  expect(res.status, JSON.stringify(res.body)).toBe(options.status ?? 200);
  expect(schemaErrors(schema, res.body, options.array ?? false)).toEqual([]);
}

export function expectError(res: ApiResponse, status: number, errorCode?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  const body = res.body as { errorCode?: unknown; message?: unknown; traceId?: unknown };
  expect(typeof body.message).toBe("string");
  expect(String(body.message).length).toBeGreaterThan(10);
  expect(typeof body.traceId).toBe("string");
  if (errorCode) expect(body.errorCode).toBe(errorCode);
}
