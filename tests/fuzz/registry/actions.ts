// Every server action the fuzz runs, 10,000 generated payloads each (tests/fuzz/actions-*.test.ts). Adding an
// action is one entry here: its name, how to load it and what to generate (docs/fuzzing.md).
import fc from "fast-check";

import type { ActionAnswer } from "../support/action-results";
import type { Arbitraries } from "../support/action-payloads";

export type Action = (input: never) => Promise<ActionAnswer | undefined>;

export type ActionTarget = {
  name: string;
  load: () => Promise<Action>;
  payloads: (a: Arbitraries) => fc.Arbitrary<unknown>;
  /** Runs before each input, attributed to no input and not checked (e.g. resume first needs a paused cache). */
  prepare?: (payload: unknown) => Promise<unknown>;
  /** At least this share of the inputs must pass validation (default 1 in 100), or the checks hold vacuously. */
  minValid?: number;
  /** Accepted inputs reach the Partner API: more than 1 in 100 inputs' worth of calls is required. */
  callsPartnerApi: boolean;
  /**
   * The action's input schema, for an action that can also answer validation errors after Peaka answered (Peaka's
   * refusal of a schedule lands on that field): then an input counts as refused, and must make no Partner API
   * call, when this schema refuses it. Without it, any validation error counts as the schema's refusal.
   */
  schema?: () => Promise<{ safeParseAsync: (value: unknown) => Promise<{ success: boolean }> }>;
};

async function pauseFirst(payload: unknown) {
  const { pauseCacheAction } = await import("@/lib/actions/caches/pause-cache");
  return pauseCacheAction(payload as never);
}

// Each valid new user or new password costs a password hash (~50 ms of CPU): such payloads are made rare (about
// 1 in 100), and their floor sits well below that expectation instead of on it.
const HASHED = 1 / 400;

export const ACTION_TARGETS: ActionTarget[] = [
  {
    name: "createCaches",
    load: async () => (await import("@/lib/actions/caches/create-caches")).createCachesAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          idempotencyKey: fc.oneof(
            { weight: 4, arbitrary: fc.uuid() },
            { weight: 1, arbitrary: a.nastyName },
          ),
          items: fc.array(fc.record({ table: a.table, mode: a.mode, schedules: a.schedules }), {
            maxLength: 3,
          }),
        }),
      ),
    callsPartnerApi: true,
  },
  {
    name: "applySchedules",
    load: async () => (await import("@/lib/actions/caches/apply-schedules")).applySchedulesAction,
    payloads: (a) =>
      a.shaped(fc.record({ projectId: a.project, cacheId: a.cacheId, schedules: a.schedules })),
    callsPartnerApi: true,
  },
  {
    name: "updateSchedules",
    load: async () => (await import("@/lib/actions/caches/update-schedules")).updateSchedulesAction,
    schema: async () => (await import("@/lib/schemas/cache-operations")).updateSchedulesSchema,
    payloads: (a) =>
      a.shaped(fc.record({ projectId: a.project, cacheId: a.cacheId, schedules: a.schedules })),
    callsPartnerApi: true,
  },
  {
    name: "runFullRefresh",
    load: async () => (await import("@/lib/actions/caches/run-full-refresh")).runFullRefreshAction,
    payloads: (a) => a.shaped(a.ref),
    callsPartnerApi: true,
  },
  {
    name: "runIncremental",
    load: async () => (await import("@/lib/actions/caches/run-incremental")).runIncrementalAction,
    payloads: (a) => a.shaped(a.ref),
    callsPartnerApi: true,
  },
  {
    name: "pauseCache",
    load: async () => (await import("@/lib/actions/caches/pause-cache")).pauseCacheAction,
    payloads: (a) => a.shaped(a.ref),
    callsPartnerApi: true,
  },
  {
    // Resume acts only on a cache the console paused: each input first pauses its target.
    name: "resumeCache",
    load: async () => (await import("@/lib/actions/caches/resume-cache")).resumeCacheAction,
    payloads: (a) => a.shaped(a.ref),
    prepare: pauseFirst,
    callsPartnerApi: true,
  },
  {
    name: "cancelRun",
    load: async () => (await import("@/lib/actions/caches/cancel-run")).cancelRunAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          cacheId: a.cacheId,
          kind: fc.oneof(fc.constantFrom("full", "incremental"), a.nastyName),
        }),
      ),
    callsPartnerApi: true,
  },
  {
    name: "bulkOperate",
    load: async () => (await import("@/lib/actions/caches/bulk-operate")).bulkOperateAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          operation: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.constantFrom("run-full", "run-incremental", "pause", "resume", "delete"),
            },
            { weight: 1, arbitrary: a.nastyName },
          ),
          cacheIds: fc.array(a.cacheId, { maxLength: 5 }),
        }),
      ),
    callsPartnerApi: true,
  },
  {
    name: "deleteCache",
    load: async () => (await import("@/lib/actions/caches/delete-cache")).deleteCacheAction,
    payloads: (a) => a.shaped(a.ref),
    callsPartnerApi: true,
  },
  {
    name: "setFreshnessTarget",
    load: async () => (await import("@/lib/actions/freshness/set-freshness-target")).setFreshnessTargetAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          cacheIds: fc.array(a.cacheId, { maxLength: 4 }),
          target: fc.oneof(
            fc.constant(null),
            fc.record({ warnAfter: a.expression, errorAfter: a.expression }),
          ),
        }),
      ),
    callsPartnerApi: true,
  },
  {
    name: "createUser",
    load: async () => (await import("@/lib/actions/users/create-user")).createUserAction,
    payloads: (a) =>
      fc.oneof(
        {
          weight: 4,
          arbitrary: fc.record({
            name: a.nastyName,
            email: fc.oneof(
              {
                weight: 1,
                arbitrary: fc.tuple(fc.nat(), fc.nat()).map(([x, y]) => `fuzz.${x}.${y}@example.com`),
              },
              { weight: 1, arbitrary: fc.emailAddress() },
              { weight: 18, arbitrary: a.nastyName },
            ),
            password: fc.oneof(fc.constant("long-enough-password-1"), a.nastyName),
            role: a.role,
          }),
        },
        { weight: 1, arbitrary: a.hostileJson },
      ),
    minValid: HASHED,
    callsPartnerApi: false,
  },
  {
    name: "setUserRole",
    load: async () => (await import("@/lib/actions/users/set-user-role")).setUserRoleAction,
    payloads: (a) => a.shaped(fc.record({ userId: a.user, role: a.role })),
    callsPartnerApi: false,
  },
  {
    name: "disableUser",
    load: async () => (await import("@/lib/actions/users/manage-user")).disableUserAction,
    payloads: (a) => a.shaped(fc.record({ userId: a.user })),
    callsPartnerApi: false,
  },
  {
    name: "enableUser",
    load: async () => (await import("@/lib/actions/users/manage-user")).enableUserAction,
    payloads: (a) => a.shaped(fc.record({ userId: a.user })),
    callsPartnerApi: false,
  },
  {
    // Never the signed-in admin: a new password ends that user's sessions, and the run would be signed out.
    name: "resetPassword",
    load: async () => (await import("@/lib/actions/users/manage-user")).resetPasswordAction,
    payloads: (a) => a.shaped(fc.record({ userId: a.otherUserRarely })),
    minValid: HASHED,
    callsPartnerApi: false,
  },
  {
    // Users created for the run (and the admin, who may not remove themself).
    name: "removeUser",
    load: async () => (await import("@/lib/actions/users/manage-user")).removeUserAction,
    payloads: (a) => a.shaped(fc.record({ userId: a.removableUser })),
    callsPartnerApi: false,
  },
];
