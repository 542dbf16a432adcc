import { describe, expect, it } from "vitest";

import { PeakaApiError } from "@/lib/server/peaka/errors";
import { scheduleRejectionFromText, scheduleRejectionOf } from "@/lib/server/peaka/schedule-rejection";
import { rejectedSchedule } from "@/lib/wizard/rejected-schedule";
import type { TableOutcome } from "@/lib/wizard/types";

const SHORT =
  'incrementalCacheSchedule.expression "PT30S" is shorter than the minimum interval PT1M; use PT1M or longer.';

describe("Peaka's 400 on a schedule", () => {
  it("names the field the vendor text is about and drops the vendor's field names", () => {
    expect(scheduleRejectionFromText(SHORT)).toEqual({
      field: "incremental",
      message:
        'Peaka does not accept this incremental sync schedule. The interval "PT30S" is shorter than the minimum interval PT1M; use PT1M or longer.',
    });
    expect(scheduleRejectionFromText('fullRefreshCacheSchedule.type "CRON" is not supported')).toEqual({
      field: "fullRefresh",
      message: 'Peaka does not accept this full refresh schedule. The interval "CRON" is not supported.',
    });
  });

  it("takes the first field named when both are", () => {
    const text = "fullRefreshCacheSchedule must be longer than incrementalCacheSchedule";
    expect(scheduleRejectionFromText(text)?.field).toBe("fullRefresh");
  });

  it("leaves other refusals alone", () => {
    expect(scheduleRejectionFromText('Table "charges" does not exist in schema "public".')).toBeNull();
    const conflict = new PeakaApiError({ kind: "conflict", status: 409, message: SHORT });
    expect(scheduleRejectionOf(conflict)).toBeNull();
    expect(scheduleRejectionOf(new Error(SHORT))).toBeNull();
    const refused = new PeakaApiError({ kind: "validation", status: 400, message: SHORT });
    expect(scheduleRejectionOf(refused)?.field).toBe("incremental");
  });
});

describe("a submission refused for its schedule", () => {
  const table = { catalogId: "c1", schemaName: "public", tableName: "charges" };
  const refused: TableOutcome = {
    table,
    status: "failed",
    cacheId: null,
    message: "Peaka does not accept this incremental sync schedule.",
    rejectedSchedule: "incremental",
  };

  it("goes back to the field only when nothing was created", () => {
    expect(rejectedSchedule([refused])).toEqual({ field: "incremental", message: refused.message });
    const created: TableOutcome = { table, status: "created", cacheId: "x", message: null };
    expect(rejectedSchedule([created, refused])).toBeNull();
    expect(rejectedSchedule([{ ...refused, rejectedSchedule: undefined }])).toBeNull();
  });
});
