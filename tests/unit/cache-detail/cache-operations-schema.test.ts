import { describe, expect, it } from "vitest";

import {
  bulkOperateSchema,
  historyQuerySchema,
  OPERATION_ROLE,
  updateSchedulesSchema,
} from "@/lib/schemas/cache-operations";

describe("cache operation schemas", () => {
  it("refuses an empty or duplicated bulk selection with a message saying what to do", () => {
    const empty = bulkOperateSchema.safeParse({ projectId: "p", operation: "pause", cacheIds: [] });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe("Select at least one cache.");
    const twice = bulkOperateSchema.safeParse({ projectId: "p", operation: "pause", cacheIds: ["a", "a"] });
    expect(twice.error?.issues[0]?.message).toBe("Each cache may be selected only once.");
  });

  it("accepts a schedule switched off and rejects a week-based one", () => {
    const off = updateSchedulesSchema.safeParse({
      projectId: "p",
      cacheId: "c",
      schedules: { incremental: "PT6H", fullRefresh: null },
    });
    expect(off.success).toBe(true);
    const week = updateSchedulesSchema.safeParse({
      projectId: "p",
      cacheId: "c",
      schedules: { incremental: "P1W", fullRefresh: null },
    });
    expect(week.success).toBe(false);
  });

  it("keeps delete for admins only", () => {
    expect(OPERATION_ROLE.delete).toBe("admin");
    expect(OPERATION_ROLE.pause).toBe("operator");
  });

  it("defaults history paging and bounds it", () => {
    expect(historyQuerySchema.parse({})).toEqual({ limit: 10, offset: 0 });
    expect(historyQuerySchema.safeParse({ limit: "500" }).success).toBe(false);
  });
});
