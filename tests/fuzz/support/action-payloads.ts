// Generated arguments for every server action: hostile values (wrong types, megabyte strings, unicode, ../ and %2F,
// prototype-pollution keys) mixed with well-formed ones that name real projects, caches, tables and users, so that
// thousands of inputs pass validation and really reach the Partner API (where their calls are checked).
import fc from "fast-check";

import { hostileJson, mostlyShaped, nastyName } from "./arbitraries";

export type Known = {
  projects: string[];
  cacheIds: string[];
  tables: { catalogId: string; schemaName: string; tableName: string }[];
  userIds: string[];
};

const validExpression = fc.constantFrom("PT6H", "P1D", "P7D", "PT15M", " PT1H ", "PT0.5S", "P1W", null);
const expression = fc.oneof(
  { weight: 3, arbitrary: validExpression },
  { weight: 1, arbitrary: fc.constantFrom("6h", "PT0S", "-PT1H", "", "P1DT", "PT", "P1Y") },
  { weight: 1, arbitrary: nastyName },
);
const schedules = fc.record({ incremental: expression, fullRefresh: expression });
const mode = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom("one-time", "incremental", "full-and-incremental") },
  { weight: 1, arbitrary: nastyName },
);

/** Mostly real, sometimes hostile: `real` values make the input reach the Partner API. */
function realOr<T>(real: T[], weight = 3): fc.Arbitrary<T | string> {
  if (real.length === 0) return nastyName;
  return fc.oneof({ weight, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: nastyName });
}

export function actionCases(known: Known): Record<string, fc.Arbitrary<unknown>> {
  const project = realOr(known.projects);
  const cacheId = realOr(known.cacheIds);
  const ref = fc.record({ projectId: project, cacheId });
  const table = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known.tables) },
    {
      weight: 1,
      arbitrary: fc.record({ catalogId: nastyName, schemaName: nastyName, tableName: nastyName }),
    },
  );
  const create = fc.record({
    projectId: project,
    idempotencyKey: fc.oneof({ weight: 4, arbitrary: fc.uuid() }, { weight: 1, arbitrary: nastyName }),
    items: fc.array(fc.record({ table, mode, schedules }), { minLength: 0, maxLength: 3 }),
  });
  // Password hashing makes every created user cost ~50 ms of CPU: few well-formed ones, many malformed.
  const user = fc.record({
    name: nastyName,
    email: fc.oneof(
      { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([a, b]) => `fuzz.${a}.${b}@example.com`) },
      { weight: 1, arbitrary: fc.emailAddress() },
      { weight: 18, arbitrary: nastyName },
    ),
    password: fc.oneof(fc.constant("long-enough-password-1"), nastyName),
    role: fc.oneof(fc.constantFrom("viewer", "operator", "admin"), nastyName),
  });
  const shaped = (shape: fc.Arbitrary<unknown>) => mostlyShaped(shape);
  return {
    createCaches: shaped(create),
    applySchedules: shaped(fc.record({ projectId: project, cacheId, schedules })),
    updateSchedules: shaped(fc.record({ projectId: project, cacheId, schedules })),
    runFullRefresh: shaped(ref),
    runIncremental: shaped(ref),
    pauseCache: shaped(ref),
    resumeCache: shaped(ref),
    deleteCache: shaped(ref),
    cancelRun: shaped(
      fc.record({
        projectId: project,
        cacheId,
        kind: fc.oneof(fc.constantFrom("full", "incremental"), nastyName),
      }),
    ),
    bulkOperate: shaped(
      fc.record({
        projectId: project,
        operation: fc.oneof(
          {
            weight: 3,
            arbitrary: fc.constantFrom("run-full", "run-incremental", "pause", "resume", "delete"),
          },
          { weight: 1, arbitrary: nastyName },
        ),
        cacheIds: fc.array(cacheId, { maxLength: 5 }),
      }),
    ),
    createUser: fc.oneof({ weight: 4, arbitrary: user }, { weight: 1, arbitrary: hostileJson }),
    setUserRole: shaped(
      fc.record({
        userId: realOr(known.userIds),
        role: fc.oneof(fc.constantFrom("viewer", "operator", "admin"), nastyName),
      }),
    ),
  };
}
