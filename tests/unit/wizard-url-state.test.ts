import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseWizardState, serializeWizardState, type WizardUrlState } from "@/lib/wizard/url-state";

const name = fc.string({ minLength: 1, maxLength: 20 });
const tableArb = fc.record({ catalogId: name, schemaName: name, tableName: name });

const stateArb: fc.Arbitrary<WizardUrlState> = fc
  .record({
    tables: fc.uniqueArray(tableArb, {
      selector: (t) => `${t.catalogId}\u0000${t.schemaName}\u0000${t.tableName}`,
      maxLength: 5,
    }),
    mode: fc.constantFrom(null, "one-time", "incremental", "full-and-incremental" as const),
    schedules: fc.record({
      incremental: fc.constantFrom("", "PT6H", "6 h"),
      fullRefresh: fc.constantFrom("", "P1D"),
    }),
    browse: fc.record({
      catalogId: fc.constantFrom("", "42"),
      schemaName: fc.constantFrom("", "public", "a/b"),
    }),
    requestKey: fc.constantFrom("", "7b3c1f0e-5a2d-4c8b-9e11-2f6a7d9c0b44"),
    target: fc.constantFrom(null, { warnAfter: "PT1H", errorAfter: "PT3H" }, { warnAfter: "", errorAfter: "1 h" }),
  })
  .map((state) => ({
    ...state,
    browse: state.browse.catalogId ? state.browse : { catalogId: "", schemaName: "" },
    overrides: {},
  }));

describe("wizard URL state", () => {
  it("round-trips through the query string, whatever the table names contain", () => {
    fc.assert(
      fc.property(stateArb, (state) => {
        const parsed = parseWizardState(new URLSearchParams(serializeWizardState(state)));
        expect(parsed).toEqual(state);
      }),
    );
  });

  it("keeps a shared link compact: one t= per table", () => {
    const query = serializeWizardState({
      tables: [{ catalogId: "9", schemaName: "public", tableName: "invoices" }],
      mode: "full-and-incremental",
      schedules: { incremental: "PT6H", fullRefresh: "P1D" },
      overrides: {},
      browse: { catalogId: "", schemaName: "" },
      requestKey: "",
      target: null,
    });
    expect(query).toBe("t=9/public/invoices&m=full-and-incremental&i=PT6H&f=P1D");
  });

  it("ignores malformed and duplicate tables and unknown modes", () => {
    const parsed = parseWizardState(
      new URLSearchParams("t=a/b&t=1/s/x&t=1/s/x&t=%E0%A4%A/s/y&m=weekly&o=1/s/x~nope"),
    );
    expect(parsed.tables).toEqual([{ catalogId: "1", schemaName: "s", tableName: "x" }]);
    expect(parsed.mode).toBeNull();
    expect(parsed.overrides).toEqual({});
  });
});
