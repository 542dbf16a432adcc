import "server-only";

import { isPeakaApiError } from "./errors";

export type ScheduleFieldName = "incremental" | "fullRefresh";

/** Peaka's refusal of one schedule, worded for the field it concerns. */
export type ScheduleRejection = { field: ScheduleFieldName; message: string };

// The vendor names the request field in its 400 text ("incrementalCacheSchedule.expression ...").
const VENDOR_FIELDS: { field: ScheduleFieldName; pattern: RegExp; label: string }[] = [
  {
    field: "incremental",
    pattern: /\bincremental(?:Cache)?Schedule(?:\.(?:expression|type))?\b/gi,
    label: "incremental sync schedule",
  },
  {
    field: "fullRefresh",
    pattern: /\bfullRefresh(?:Cache)?Schedule(?:\.(?:expression|type))?\b/gi,
    label: "full refresh schedule",
  },
];

/** Which schedule a vendor refusal text is about, or null when it names none. */
export function scheduleRejectionFromText(text: string): ScheduleRejection | null {
  const hits = VENDOR_FIELDS.map((entry) => ({ ...entry, at: text.search(entry.pattern) })).filter(
    (entry) => entry.at >= 0,
  );
  const first = hits.sort((a, b) => a.at - b.at)[0];
  if (!first) return null;
  const detail = text
    .trim()
    .replace(first.pattern, "the interval")
    .replace(/^the/, "The")
    .replace(/[.!]*$/, ".");
  return { field: first.field, message: `Peaka does not accept this ${first.label}. ${detail}` };
}

/** A 400/422 from Peaka that concerns a schedule; other failures keep their general message. */
export function scheduleRejectionOf(error: unknown): ScheduleRejection | null {
  if (!isPeakaApiError(error) || error.kind !== "validation") return null;
  return scheduleRejectionFromText(error.message);
}
