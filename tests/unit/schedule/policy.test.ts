import { describe, expect, it } from "vitest";
import { checkSchedulePolicy, DEFAULT_MINIMUM_SECONDS } from "@/lib/schedule";

const codes = (issues: ReturnType<typeof checkSchedulePolicy>) =>
  issues.map(({ field, code }) => `${field}:${code}`);

describe("checkSchedulePolicy", () => {
  it("accepts the intervals Peaka's own UI offers, and schedules that are off", () => {
    for (const interval of ["PT15M", "PT30M", "PT1H", "PT2H", "PT6H", "P1D", "P7D"]) {
      expect(checkSchedulePolicy({ fullRefresh: interval })).toEqual([]);
      expect(checkSchedulePolicy({ incremental: interval })).toEqual([]);
    }
    expect(checkSchedulePolicy({ incremental: "PT6H", fullRefresh: "P1D" })).toEqual([]);
    expect(checkSchedulePolicy({})).toEqual([]);
    expect(checkSchedulePolicy({ incremental: null, fullRefresh: "" })).toEqual([]);
  });

  it("defaults the minimum to 15 minutes", () => {
    expect(DEFAULT_MINIMUM_SECONDS).toBe(900);
    expect(checkSchedulePolicy({ incremental: "PT14M59S" })).toEqual([
      {
        field: "incremental",
        code: "below-minimum",
        message:
          "Incremental sync every 14 minutes and 59 seconds is too frequent: the shortest allowed interval is 15 minutes, so use PT15M or longer.",
      },
    ]);
  });

  it("takes a configurable minimum", () => {
    expect(checkSchedulePolicy({ fullRefresh: "PT5M" }, { minimumSeconds: 60 })).toEqual([]);
    const issues = checkSchedulePolicy({ fullRefresh: "PT30M" }, { minimumSeconds: 3600 });
    expect(codes(issues)).toEqual(["fullRefresh:below-minimum"]);
    expect(issues[0]?.message).toContain("use PT1H or longer");
    expect(checkSchedulePolicy({ fullRefresh: "PT0.5S" }, { minimumSeconds: 0 })).toEqual([]);
    expect(codes(checkSchedulePolicy({ fullRefresh: "PT1M" }, { minimumSeconds: Number.NaN }))).toEqual([
      "fullRefresh:below-minimum",
    ]);
  });

  it("flags zero and negative intervals with the fix", () => {
    const issues = checkSchedulePolicy({ incremental: "PT0S", fullRefresh: "-PT6H" });
    expect(codes(issues)).toEqual(["incremental:not-positive", "fullRefresh:not-positive"]);
    expect(issues[0]?.message).toBe(
      "Incremental sync interval is zero, so it would never repeat: use at least PT15M.",
    );
    expect(issues[1]?.message).toBe(
      "Full refresh interval is negative: write it without the minus sign: PT6H.",
    );
  });

  it("flags an incremental interval that is not shorter than the full refresh", () => {
    for (const incremental of ["P1D", "PT24H", "P2D", "PT36H"]) {
      const issues = checkSchedulePolicy({ incremental, fullRefresh: "P1D" });
      expect(codes(issues)).toEqual(["incremental:incremental-not-shorter"]);
      expect(issues[0]?.message).toContain("make it shorter than P1D or turn the incremental sync off");
    }
    expect(checkSchedulePolicy({ incremental: "PT23H59M59S", fullRefresh: "P1D" })).toEqual([]);
  });

  it("reports grammar errors with the JDK-compatible explanation", () => {
    const issues = checkSchedulePolicy({ incremental: "P1W", fullRefresh: "6 hours" });
    expect(codes(issues)).toEqual(["incremental:invalid", "fullRefresh:invalid"]);
    expect(issues[0]?.message).toMatch(/^Incremental sync: Weeks are not supported: use P7D\./);
    expect(issues[1]?.message).toContain("write PT6H");
  });

  it("reports every problem at once", () => {
    const issues = checkSchedulePolicy({ incremental: "PT5M", fullRefresh: "PT1M" });
    expect(codes(issues)).toEqual([
      "incremental:below-minimum",
      "fullRefresh:below-minimum",
      "incremental:incremental-not-shorter",
    ]);
  });
});
