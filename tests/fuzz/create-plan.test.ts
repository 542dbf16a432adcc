// What the create schema accepts is a request the Partner API's own schema accepts, over 10,000 mostly well-formed
// payloads. (Hostile payloads against every action's schema run through the real actions in actions-a/-b.test.ts.)
import fc from "fast-check";
import { describe, expect, it } from "vitest";

import { parseIsoDuration } from "@/lib/schedule";
import { createCachesSchema } from "@/lib/schemas/wizard";
import { planRequest } from "@/lib/wizard/cache-requests";

import { schemaErrors } from "../contract/helpers/openapi-schemas";
import { nastyName } from "./support/arbitraries";

const RUNS = 10_000;
// Like the other fuzz files: it runs first in `npm test`, beside lint, typecheck and the build, and on two busy
// cores its 10,000 payloads took 35 s once (over Vitest's 30 s default; the payloads all passed).
const TIMEOUT = 300_000;

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
  it(
    "plans a vendor-valid CacheRequest (or batch) with positive ISO schedules",
    () => {
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
    },
    TIMEOUT,
  );
});
