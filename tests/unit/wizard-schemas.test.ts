import { describe, expect, it } from "vitest";

import { tableIdentity } from "@/lib/caches/overview-state";
import { scheduleExpressionSchema } from "@/lib/schemas/schedules";
import { createCachesSchema, settingsSchema, tableLabel } from "@/lib/schemas/wizard";

const table = { catalogId: "c1", schemaName: "public", tableName: "invoices" };

describe("scheduleExpressionSchema", () => {
  it("accepts positive ISO durations", () => {
    for (const text of ["PT15M", "PT6H", "P1D", "P7D", "PT0.5S"]) {
      expect(scheduleExpressionSchema.safeParse(text).success, text).toBe(true);
    }
  });

  it("rejects weeks with the P7D fix in the message", () => {
    const result = scheduleExpressionSchema.safeParse("P1W");
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toMatch(/P7D/);
  });

  it("rejects zero, negative, everyday forms and empty text", () => {
    for (const text of ["PT0S", "-PT6H", "PT-1H", "6h", "", "P"]) {
      expect(scheduleExpressionSchema.safeParse(text).success, text).toBe(false);
    }
  });
});

describe("settingsSchema", () => {
  it("needs no schedule for one-time", () => {
    expect(
      settingsSchema.safeParse({ mode: "one-time", schedules: { incremental: null, fullRefresh: null } })
        .success,
    ).toBe(true);
  });

  it("puts a missing schedule on its field", () => {
    const result = settingsSchema.safeParse({
      mode: "full-and-incremental",
      schedules: { incremental: "PT6H", fullRefresh: null },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join("."))).toEqual(["schedules.fullRefresh"]);
  });
});

describe("createCachesSchema", () => {
  it("locates an invalid schedule at items.N.schedules.<field>", () => {
    const result = createCachesSchema.safeParse({
      projectId: "p",
      idempotencyKey: "7b3c1f0e-5a2d-4c8b-9e11-2f6a7d9c0b44",
      items: [{ table, mode: "incremental", schedules: { incremental: "P1W", fullRefresh: null } }],
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.path.join(".")).toBe("items.0.schedules.incremental");
  });
});

describe("tableLabel", () => {
  it("names every table catalog.schema.table, public included, the way the overview and the audit log do", () => {
    expect(tableLabel(table, "payment")).toBe("payment.public.invoices");
    expect(tableLabel({ ...table, schemaName: "reporting" }, "payment")).toBe("payment.reporting.invoices");
    expect(tableLabel(table)).toBe("public.invoices");
    expect(tableIdentity({ catalogName: "payment", schemaName: "public", tableName: "invoices" })).toBe(
      tableLabel(table, "payment"),
    );
  });
});
