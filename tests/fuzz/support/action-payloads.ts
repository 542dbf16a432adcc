// Building blocks for the actions' generated arguments: hostile values (wrong types, megabyte strings, unicode, ../
// and %2F, prototype-pollution keys) mixed with well-formed ones that name real projects, caches, tables and users,
// so that thousands of inputs pass validation and really reach the Partner API (where their calls are checked).
// Each action's own payload is one line in tests/fuzz/registry/actions.ts, built from these.
import fc from "fast-check";

import { hostileJson, mostlyShaped, nastyName } from "./arbitraries";

/** Real ids found in the sandbox and the console before the run (support/action-fuzz.ts). */
export type Known = {
  projects: string[];
  cacheIds: string[];
  tables: { catalogId: string; schemaName: string; tableName: string }[];
  /** Every console user, the signed-in admin included (some actions refuse to act on oneself). */
  userIds: string[];
  /** The signed-in admin: an action that ends its sessions would sign the rest of the run out. */
  adminId: string;
  /** Users created for the run, for actions that remove them. */
  removableUserIds: string[];
};

const validExpression = fc.constantFrom("PT6H", "P1D", "P7D", "PT15M", " PT1H ", "PT0.5S", "P1W", null);
const expression = fc.oneof(
  { weight: 3, arbitrary: validExpression },
  { weight: 1, arbitrary: fc.constantFrom("6h", "PT0S", "-PT1H", "", "P1DT", "PT", "P1Y") },
  { weight: 1, arbitrary: nastyName },
);

/** Mostly real, sometimes hostile: `real` values make the input reach the Partner API. */
function realOr<T>(real: T[], weight = 3): fc.Arbitrary<T | string> {
  if (real.length === 0) return nastyName;
  return fc.oneof({ weight, arbitrary: fc.constantFrom(...real) }, { weight: 1, arbitrary: nastyName });
}

/** Real only about once in `odds` (for inputs whose valid form is expensive, such as a password hash). */
function rarelyReal<T>(real: T[], odds: number): fc.Arbitrary<T | string> {
  if (real.length === 0) return nastyName;
  return fc.oneof({ weight: 1, arbitrary: fc.constantFrom(...real) }, { weight: odds, arbitrary: nastyName });
}

export type Arbitraries = ReturnType<typeof arbitraries>;

/** The pieces the registry's payloads are made of, aimed at the ids in `known`. */
export function arbitraries(known: Known) {
  const project = realOr(known.projects);
  const cacheId = realOr(known.cacheIds);
  const table = fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom(...known.tables) },
    {
      weight: 1,
      arbitrary: fc.record({ catalogId: nastyName, schemaName: nastyName, tableName: nastyName }),
    },
  );
  const role = fc.oneof(fc.constantFrom("viewer", "operator", "admin"), nastyName);
  return {
    /** A value shaped like `shape` where every field may be replaced by something hostile. */
    shaped: (shape: fc.Arbitrary<unknown>) => mostlyShaped(shape),
    hostileJson,
    nastyName,
    expression,
    schedules: fc.record({ incremental: expression, fullRefresh: expression }),
    mode: fc.oneof(
      {
        weight: 4,
        arbitrary: fc.constantFrom("one-time", "incremental", "full-and-incremental", "full-only"),
      },
      { weight: 1, arbitrary: nastyName },
    ),
    /**
     * A wizard item every schema accepts: built from hostile parts alone about one create payload in a hundred
     * passed, so 100 of them over HTTP sometimes had none that reached the Partner API.
     */
    wellFormedItem: fc.record({
      table: known.tables.length ? fc.constantFrom(...known.tables) : table,
      mode: fc.constantFrom("one-time", "incremental", "full-and-incremental", "full-only"),
      schedules: fc.constantFrom(
        { incremental: "PT6H", fullRefresh: "P1D" },
        { incremental: "PT1H", fullRefresh: "P7D" },
      ),
    }),
    project,
    cacheId,
    ref: fc.record({ projectId: project, cacheId }),
    table,
    role,
    realOr,
    rarelyReal,
    user: realOr(known.userIds),
    /** Anyone but the signed-in admin, rarely real. */
    otherUserRarely: rarelyReal(
      known.userIds.filter((id) => id !== known.adminId),
      80,
    ),
    removableUser: realOr([...known.removableUserIds, known.adminId].filter(Boolean)),
  };
}
