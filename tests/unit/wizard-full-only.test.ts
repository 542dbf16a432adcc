import { describe, expect, it } from "vitest";

import { modesFor } from "@/lib/wizard/table-capability";
import { wizardItemSchema } from "@/lib/schemas/wizard";
import { cacheRequestBody } from "@/lib/partner-api/requests";
import { toCreateInput } from "@/lib/wizard/cache-requests";
import { planPolicyErrors } from "@/lib/wizard/plan-policy";

const table = { catalogId: "1", schemaName: "reporting", tableName: "daily_balances" };

describe("scheduled full refresh only", () => {
  it("is offered for a table that supports only FULL_REFRESH, and only where full refresh is supported", () => {
    expect(modesFor({ supportedCacheTypes: ["FULL_REFRESH"] })).toEqual(["one-time", "full-only"]);
    expect(modesFor({ supportedCacheTypes: ["INCREMENTAL"] })).not.toContain("full-only");
    expect(modesFor({ supportedCacheTypes: ["FULL_REFRESH", "INCREMENTAL"] })).toContain("full-only");
  });

  it("needs a full refresh schedule and sends it alone (incremental off, as type NONE at Peaka)", () => {
    const missing = wizardItemSchema.safeParse({
      table,
      mode: "full-only",
      schedules: { incremental: null, fullRefresh: null },
    });
    expect(missing.success).toBe(false);
    expect(missing.error?.issues.map((i) => [i.path.join("."), i.message])).toEqual([
      ["schedules.fullRefresh", "Choose how often to run the full refresh."],
    ]);
    const item = wizardItemSchema.parse({
      table,
      mode: "full-only",
      schedules: { incremental: "PT6H", fullRefresh: "P1D" },
    });
    expect(cacheRequestBody(toCreateInput(item))).toEqual({
      ...table,
      fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
    });
  });

  it("is held to the same schedule policy as the other modes", () => {
    const schedules = { incremental: "P7D", fullRefresh: "PT5M" };
    expect(planPolicyErrors(["full-only"], schedules, 900)).toEqual({
      fullRefresh: expect.stringMatching(/too frequent.*use PT15M or longer/) as unknown,
    });
    // The incremental value is not sent in this mode, so it cannot be "not shorter" than the full refresh.
    expect(planPolicyErrors(["full-only"], { incremental: "P7D", fullRefresh: "P1D" }, 900)).toBeNull();
    expect(
      planPolicyErrors(["full-and-incremental"], { incremental: "P7D", fullRefresh: "P1D" }, 900),
    ).toEqual({
      incremental: expect.stringMatching(/not shorter than the full refresh/) as unknown,
    });
  });
});
