// 10,000 generated payloads for every server action's input schema (the exact schema each action passes to
// next-safe-action): parsing never throws, never pollutes prototypes, and what it accepts is a request the
// Partner API's own schema accepts.
import fc from "fast-check";
import type { ZodMiniType } from "zod/mini";
import { describe, expect, it } from "vitest";

import { parseIsoDuration } from "@/lib/schedule";
import {
  bulkOperateSchema,
  cacheRefSchema,
  cancelRunSchema,
  updateSchedulesSchema,
} from "@/lib/schemas/cache-operations";
import { createUserSchema, setUserRoleSchema } from "@/lib/schemas/users";
import { applySchedulesSchema, createCachesSchema } from "@/lib/schemas/wizard";
import { planRequest } from "@/lib/wizard/cache-requests";

import { schemaErrors } from "../contract/helpers/openapi-schemas";
import { hostileJson, mostlyShaped, nastyName } from "./support/arbitraries";

const RUNS = 10_000;

const expression = fc.oneof(
  fc.constantFrom("PT6H", "P1D", "P7D", "PT15M", "6h", "P1W", "PT0S", "-PT1H", "", "  PT1H  ", "P1DT", null),
  nastyName,
);
const schedules = fc.record({ incremental: expression, fullRefresh: expression });
const mode = fc.oneof(fc.constantFrom("one-time", "incremental", "full-and-incremental"), nastyName);
const table = fc.record({ catalogId: nastyName, schemaName: nastyName, tableName: nastyName });
const id = fc.oneof(fc.uuid(), nastyName);

const SHAPES: [string, ZodMiniType, fc.Arbitrary<unknown>][] = [
  [
    "createCaches",
    createCachesSchema,
    fc.record({
      projectId: nastyName,
      idempotencyKey: id,
      items: fc.array(fc.record({ table, mode, schedules }), { minLength: 0, maxLength: 3 }),
    }),
  ],
  ["applySchedules", applySchedulesSchema, fc.record({ projectId: nastyName, cacheId: id, schedules })],
  ["updateSchedules", updateSchedulesSchema, fc.record({ projectId: nastyName, cacheId: id, schedules })],
  ["cacheRef (run, pause, resume, delete)", cacheRefSchema, fc.record({ projectId: nastyName, cacheId: id })],
  [
    "cancelRun",
    cancelRunSchema,
    fc.record({
      projectId: nastyName,
      cacheId: id,
      kind: fc.oneof(fc.constantFrom("full", "incremental"), nastyName),
    }),
  ],
  [
    "bulkOperate",
    bulkOperateSchema,
    fc.record({
      projectId: nastyName,
      operation: fc.oneof(fc.constantFrom("run-full", "pause", "delete"), nastyName),
      cacheIds: fc.array(id, { maxLength: 5 }),
    }),
  ],
  [
    "createUser",
    createUserSchema,
    fc.record({
      name: nastyName,
      email: fc.oneof(fc.emailAddress(), nastyName),
      password: nastyName,
      role: fc.oneof(fc.constantFrom("viewer", "operator", "admin"), nastyName),
    }),
  ],
  [
    "setUserRole",
    setUserRoleSchema,
    fc.record({ userId: id, role: fc.oneof(fc.constantFrom("viewer", "admin"), nastyName) }),
  ],
];

describe.each(SHAPES)("%s input", (_name, schema, shape) => {
  it("never throws or pollutes, and returns readable messages for what it refuses", () => {
    fc.assert(
      fc.property(mostlyShaped(shape), fc.anything(), (payload, other) => {
        for (const input of [payload, other, hostileJson]) {
          const result = schema.safeParse(input);
          if (!result.success)
            for (const issue of result.error.issues) expect(issue.message.length).toBeGreaterThan(0);
        }
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
        expect(Object.keys(Object.prototype)).toEqual([]);
      }),
      { numRuns: RUNS },
    );
  });
});

// Mostly well-formed, so that thousands pass the schema and their planned request can be checked.
const plausibleExpression = fc.constantFrom(
  "PT6H",
  "P1D",
  "P7D",
  "PT15M",
  " PT1H ",
  "PT0.5S",
  "P1W",
  "PT0S",
  null,
);
const plausibleItem = fc.record({
  table: fc.record({
    catalogId: fc.oneof(fc.constant("650114255037921460"), nastyName),
    schemaName: nastyName,
    tableName: nastyName,
  }),
  mode: fc.constantFrom("one-time", "incremental", "full-and-incremental"),
  schedules: fc.record({ incremental: plausibleExpression, fullRefresh: plausibleExpression }),
});

describe("createCaches: what the schema accepts is what the Partner API accepts", () => {
  it("plans a vendor-valid CacheRequest (or batch) with positive ISO schedules", () => {
    let accepted = 0;
    fc.assert(
      fc.property(
        fc.record({
          projectId: fc.constantFrom("demoPrj1", "p 1", "ü/ber"),
          idempotencyKey: fc.uuid(),
          items: fc.array(plausibleItem, { minLength: 1, maxLength: 3 }),
        }),
        (input) => {
          const parsed = createCachesSchema.safeParse(input);
          if (!parsed.success) return;
          accepted += 1;
          const request = planRequest(parsed.data.projectId, parsed.data.items);
          const batch = Array.isArray(request.body);
          expect(schemaErrors("CacheRequest", request.body, batch)).toEqual([]);
          for (const body of [request.body].flat()) {
            for (const s of [body.incrementalCacheSchedule, body.fullRefreshCacheSchedule]) {
              if (!s) continue;
              const d = parseIsoDuration(s.expression);
              expect(d.ok && (d.seconds > 0n || d.nanos > 0)).toBe(true);
            }
          }
        },
      ),
      { numRuns: RUNS },
    );
    expect(accepted).toBeGreaterThan(500);
  });
});
