import { describe, expect, it } from "vitest";

import { auditCsv, csvField } from "@/lib/audit/audit-csv";
import { readAuditQuery, toAuditFilter } from "@/lib/audit/audit-query";
import { batchAudit } from "@/lib/wizard/batch-audit";
import type { TableOutcome } from "@/lib/wizard/types";

const outcome = (
  tableName: string,
  status: TableOutcome["status"],
  message: string | null = null,
): TableOutcome => ({
  table: { catalogId: "c1", schemaName: "public", tableName },
  status,
  cacheId: status === "failed" ? null : `id-${tableName}`,
  message,
  label: `payment.public.${tableName}`,
});

describe("batchAudit", () => {
  it("calls a batch that created 4 of 5 caches partial and lists every item by name", () => {
    const result = batchAudit([
      outcome("a", "created"),
      outcome("b", "created"),
      outcome("c", "created"),
      outcome("d", "created"),
      outcome("e", "failed", "The table does not support incremental caching."),
    ]);
    expect(result.outcome).toBe("partial");
    expect(result.detail.split("\n")).toEqual([
      "4 of 5 created.",
      "payment.public.a: created",
      "payment.public.b: created",
      "payment.public.c: created",
      "payment.public.d: created",
      "payment.public.e: failed (The table does not support incremental caching.)",
    ]);
  });

  it("is success when all were created and failure when none were", () => {
    expect(batchAudit([outcome("a", "created")]).outcome).toBe("success");
    expect(
      batchAudit([outcome("a", "exists", "A cache already exists."), outcome("b", "failed")]).outcome,
    ).toBe("failure");
  });
});

describe("audit filters", () => {
  const known = { actors: ["ada@demo.test"], actions: ["cache.create"] };

  it("keeps known values, drops unknown ones and malformed dates, and covers whole UTC days", () => {
    const query = readAuditQuery(
      new URLSearchParams(
        "actor=ada@demo.test&action=drop.tables&target=%20invoices%20&from=2026-12-01&to=yesterday",
      ),
      known,
    );
    expect(query).toEqual({
      actor: "ada@demo.test",
      action: "",
      target: "invoices",
      from: "2026-12-01",
      to: "",
    });
    expect(toAuditFilter({ ...query, to: "2026-12-02" })).toEqual({
      actor: "ada@demo.test",
      action: undefined,
      target: "invoices",
      from: "2026-12-01T00:00:00.000Z",
      to: "2026-12-02T23:59:59.999Z",
    });
  });
});

describe("audit CSV", () => {
  it("quotes commas, quotes and newlines, and defuses spreadsheet formulas", () => {
    expect(csvField('a,"b"\nc')).toBe('"a,""b""\nc"');
    expect(csvField("=HYPERLINK(1)")).toBe("'=HYPERLINK(1)");
    expect(csvField("-1+1")).toBe("'-1+1");
    const csv = auditCsv([
      {
        at: "2026-12-01T06:00:00.000Z",
        actorEmail: "ada@demo.test",
        actorRole: "admin",
        action: "cache.create",
        outcome: "partial",
        projectId: "demoPrj1",
        target: "payment.public.a, payment.public.b",
        detail: "1 of 2 created.\npayment.public.a: created",
        request: '{"x":1}',
      },
    ]);
    const [header, ...rest] = csv.split("\r\n");
    expect(header).toBe("time (UTC),actor,role,action,outcome,project,target,detail,request");
    expect(rest.join("\r\n")).toBe(
      '2026-12-01T06:00:00.000Z,ada@demo.test,admin,cache.create,partial,demoPrj1,"payment.public.a, payment.public.b","1 of 2 created.\npayment.public.a: created","{""x"":1}"\r\n',
    );
  });
});
