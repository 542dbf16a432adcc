import { badRequest } from "../http/errors";

export type JsonObject = Record<string, unknown>;

export function requireObject(value: unknown, what: string): JsonObject {
  if (typeof value !== "object" || value === null || Array.isArray(value)) {
    throw badRequest("INVALID_BODY", `${what} must be a JSON object.`);
  }
  return value as JsonObject;
}

export function requireString(body: JsonObject, key: string, what: string): string {
  const value = body[key];
  if (typeof value === "number" && key === "catalogId") return String(value);
  if (typeof value !== "string" || value.trim() === "") {
    throw badRequest("INVALID_BODY", `${what}.${key} is required and must be a non-empty string.`);
  }
  return value;
}

export function optionalInt(value: unknown, key: string, fallback: number, max: number): number {
  if (value === undefined || value === null || value === "") return fallback;
  const n = typeof value === "string" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isInteger(n) || n < 0) {
    throw badRequest("INVALID_PARAMETER", `${key} must be a non-negative integer.`);
  }
  return Math.min(n, max);
}
