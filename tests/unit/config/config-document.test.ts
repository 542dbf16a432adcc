import { describe, expect, it } from "vitest";

import { exportConfigDocument } from "@/lib/config/export-document";
import { formatProblem, parseConfigDocument } from "@/lib/config/parse-document";
import { schedulePolicyErrors } from "@/lib/schedule";
import type { ConfigCache } from "@/lib/schemas/config-document";

const orders: ConfigCache = {
  catalog: "payment",
  schema: "public",
  table: "orders",
  schedules: { incremental: "PT1H", fullRefresh: null },
  freshnessTarget: null,
  paused: false,
};
const customers: ConfigCache = {
  catalog: "crm",
  schema: "hubspot",
  table: "contacts",
  schedules: { incremental: null, fullRefresh: "P1D" },
  freshnessTarget: { warnAfter: "PT2H", errorAfter: "PT4H" },
  paused: true,
};

const policy = (s: Parameters<typeof schedulePolicyErrors>[0]) => schedulePolicyErrors(s, 15 * 60);
const parse = (text: string) => parseConfigDocument(text, { file: "prod.yaml", policy });

describe("exportConfigDocument", () => {
  it("writes a stable order with comments on the defaults, and reads back to the same caches", () => {
    const text = exportConfigDocument("demoPrj1", [orders, customers]);
    expect(exportConfigDocument("demoPrj1", [customers, orders])).toBe(text);
    expect(text.indexOf("table: contacts")).toBeLessThan(text.indexOf("table: orders"));
    expect(text).toMatch(/incremental: null # off/);
    expect(text).toMatch(/paused: false # default/);
    expect(text).toMatch(/freshnessTarget: null # default/);
    const parsed = parse(text);
    expect(parsed).toEqual({
      ok: true,
      document: { version: 1, project: "demoPrj1", caches: [customers, orders] },
    });
  });
});

describe("parseConfigDocument", () => {
  const file = (cacheLines: string) =>
    ["version: 1", "caches:", "  - catalog: payment", "    schema: public", cacheLines].join("\n");

  it("names the file, line and field of a bad schedule", () => {
    const parsed = parse(
      file("    table: orders\n    schedules:\n      incremental: every hour\n      fullRefresh: null\n"),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    const [problem] = parsed.problems;
    expect(problem).toMatchObject({
      file: "prod.yaml",
      line: 7,
      column: 20,
      field: "caches[0].schedules.incremental",
    });
    expect(formatProblem(problem!)).toMatch(/^prod\.yaml:7:20: caches\[0\]\.schedules\.incremental: /);
  });

  it("applies the schedule policy at the schedule's own line", () => {
    const parsed = parse(
      file("    table: orders\n    schedules:\n      incremental: PT1M\n      fullRefresh: null\n"),
    );
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems[0]).toMatchObject({ line: 7, field: "caches[0].schedules.incremental" });
    expect(parsed.problems[0]?.message).toMatch(/15 minutes|PT15M/);
  });

  it("points at an unknown field's key and at the map missing a required one", () => {
    const parsed = parse(file("    table: orders\n    schedule:\n      incremental: PT1H\n"));
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    const fields = parsed.problems.map((p) => `${p.line}:${p.field}`);
    expect(fields).toContain("6:caches[0].schedule");
    expect(fields).toContain("3:caches[0].schedules");
    expect(parsed.problems.find((p) => p.field === "caches[0].schedule")?.message).toMatch(
      /Unknown field schedule/,
    );
  });

  it("refuses a table listed twice at the second entry", () => {
    const entry =
      "  - catalog: payment\n    schema: public\n    table: orders\n    schedules: { incremental: PT1H, fullRefresh: null }\n";
    const parsed = parse(`version: 1\ncaches:\n${entry}${entry}`);
    expect(parsed.ok).toBe(false);
    if (parsed.ok) return;
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ line: 9, column: 12, field: "caches[1].table" });
    expect(parsed.problems[0]?.message).toMatch(/listed twice/);
  });

  it("reports YAML syntax errors with their position, and reads JSON as well", () => {
    const broken = parse("version: 1\ncaches:\n  - catalog: [payment\n");
    expect(broken.ok).toBe(false);
    if (!broken.ok) {
      expect(broken.problems[0]).toMatchObject({ file: "prod.yaml", line: 4 });
      expect(broken.problems[0]?.message).toMatch(/not valid YAML/);
    }
    const json = parse(JSON.stringify({ version: 1, caches: [orders] }));
    expect(json).toEqual({ ok: true, document: { version: 1, caches: [orders] } });
  });

  it("says how to start an empty file and which version to write", () => {
    const empty = parse("# nothing\n");
    expect(empty.ok || empty.problems[0]?.message).toMatch(/version: 1/);
    const wrong = parse("version: 2\ncaches: []\n");
    expect(wrong.ok || wrong.problems[0]).toMatchObject({ line: 1, field: "version" });
  });
});
