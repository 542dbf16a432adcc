import { formatIsoDuration, parseIsoDuration } from "@/lib/schedule";

import { minimumIntervalSeconds } from "../config";
import { badRequest } from "../http/errors";
import { type ScheduleSetting } from "../engine/caches";

const MINIMUM_SECONDS = minimumIntervalSeconds(process.env);
const MINIMUM_ISO = formatIsoDuration(BigInt(MINIMUM_SECONDS));

export type ScheduleField = "incrementalCacheSchedule" | "fullRefreshCacheSchedule";

// undefined = field absent (leave unchanged on update); null = schedule off.
export function readSchedule(value: unknown, field: ScheduleField): ScheduleSetting | undefined {
  if (value === undefined) return undefined;
  if (value === null) return null;
  if (typeof value !== "object" || Array.isArray(value)) {
    throw badRequest(
      "INVALID_SCHEDULE",
      `${field} must be an object such as {"type":"BASIC","expression":"PT6H"}.`,
    );
  }
  const { type, expression } = value as { type?: unknown; expression?: unknown };
  if (type !== undefined && type !== null && typeof type !== "string") {
    throw badRequest("INVALID_SCHEDULE", `${field}.type must be the string "BASIC" or "NONE".`);
  }
  const kind = typeof type === "string" ? type.toUpperCase() : "BASIC";
  if (kind === "NONE") return null;
  if (kind !== "BASIC") {
    throw badRequest(
      "INVALID_SCHEDULE",
      `${field}.type "${String(type)}" is not supported; use "BASIC" or "NONE".`,
    );
  }
  if (typeof expression !== "string" || expression === "") {
    throw badRequest(
      "INVALID_SCHEDULE",
      `${field}.expression is required for a BASIC schedule: an ISO-8601 duration such as "PT6H" or "P1D".`,
    );
  }
  const parsed = parseIsoDuration(expression);
  if (!parsed.ok) {
    const suggestion =
      parsed.suggestion && !`${parsed.error} ${parsed.hint ?? ""}`.includes(parsed.suggestion)
        ? `Did you mean "${parsed.suggestion}"?`
        : undefined;
    const extra = [parsed.hint, suggestion].filter(Boolean).join(" ");
    throw badRequest("INVALID_SCHEDULE", `${field}.expression: ${parsed.error}${extra ? ` ${extra}` : ""}`);
  }
  if (parsed.seconds < 0n || (parsed.seconds === 0n && parsed.nanos === 0)) {
    throw badRequest(
      "INVALID_SCHEDULE",
      `${field}.expression "${expression}" must be a positive interval, for example "PT15M" or "P1D".`,
    );
  }
  if (parsed.seconds < BigInt(MINIMUM_SECONDS)) {
    throw badRequest(
      "INVALID_SCHEDULE",
      `${field}.expression "${expression}" is shorter than the minimum interval ${MINIMUM_ISO}; use ${MINIMUM_ISO} or longer.`,
    );
  }
  return { expression, ms: Number(parsed.seconds) * 1000 + parsed.nanos / 1_000_000 };
}

export function scheduleJson(setting: { expression: string | null }): {
  type: "BASIC" | "NONE";
  expression?: string;
} {
  return setting.expression === null ? { type: "NONE" } : { type: "BASIC", expression: setting.expression };
}
