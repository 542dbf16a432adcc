import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";

import type { WizardItem } from "@/lib/schemas/wizard";
import { toCurl } from "@/lib/partner-api/requests";
import { planRequest } from "@/lib/wizard/cache-requests";

const invoices: WizardItem = {
  table: { catalogId: "9", schemaName: "public", tableName: "invoices" },
  mode: "full-and-incremental",
  schedules: { incremental: "PT6H", fullRefresh: "P1D" },
};
const oneTime: WizardItem = {
  table: { catalogId: "9", schemaName: "public", tableName: "it's" },
  mode: "one-time",
  schedules: { incremental: "PT6H", fullRefresh: "P1D" },
};

describe("planRequest", () => {
  it("creates one table with POST P/cache and both schedules as BASIC", () => {
    expect(planRequest("proj1", [invoices])).toEqual({
      method: "POST",
      path: "/data/projects/proj1/cache",
      body: {
        catalogId: "9",
        schemaName: "public",
        tableName: "invoices",
        incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
        fullRefreshCacheSchedule: { type: "BASIC", expression: "P1D" },
      },
    });
  });

  it("sends several tables as one bare array to P/cache/batch; one-time sends no schedules", () => {
    const plan = planRequest("proj1", [invoices, oneTime]);
    expect(plan.path).toBe("/data/projects/proj1/cache/batch");
    expect(Array.isArray(plan.body) && plan.body[1]).toEqual({
      catalogId: "9",
      schemaName: "public",
      tableName: "it's",
    });
  });
});

describe("toCurl", () => {
  it("uses the key placeholder and quotes the body so a shell reads it back exactly", () => {
    const plan = planRequest("proj1", [invoices, oneTime]);
    const curl = toCurl(plan, "https://partner.peaka.studio/api/v1/");
    expect(curl).toContain("Bearer $PEAKA_API_KEY");
    expect(curl).toContain("'https://partner.peaka.studio/api/v1/data/projects/proj1/cache/batch'");
    const dataArg = curl.slice(curl.indexOf("--data ") + "--data ".length);
    const echoed = execFileSync("sh", ["-c", `printf %s ${dataArg}`], { encoding: "utf8" });
    expect(JSON.parse(echoed)).toEqual(plan.body);
  });
});
