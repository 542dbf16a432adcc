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
          items: fc.oneof(
            {
              weight: 3,
              arbitrary: fc.array(fc.record({ table: a.table, mode: a.mode, schedules: a.schedules }), {
                maxLength: 3,
              }),
            },
            { weight: 1, arbitrary: fc.array(a.wellFormedItem, { minLength: 1, maxLength: 3 }) },
          ),
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
  {
    name: "saveChannel",
    load: async () => (await import("@/lib/actions/alerts/channels")).saveChannelAction,
    payloads: (a) =>
      a.shaped(
        fc.oneof(
          fc.record({
            kind: fc.oneof(fc.constant("webhook"), a.nastyName),
            name: a.nastyName,
            url: fc.oneof(fc.constant("https://hooks.example.com/cache-console"), fc.webUrl(), a.nastyName),
            slack: fc.oneof(fc.boolean(), a.nastyName),
            secret: fc.oneof(fc.constant(undefined), a.nastyName),
            quietStart: fc.oneof(fc.constant(null), fc.constant("22:00"), a.nastyName),
            quietEnd: fc.oneof(fc.constant(null), fc.constant("07:00"), a.nastyName),
            changes: fc.boolean(),
          }),
          fc.record({
            kind: fc.constant("email"),
            name: a.nastyName,
            smtpUrl: fc.oneof(fc.constant("smtp://user:pw@127.0.0.1:1"), a.nastyName),
            emailTo: fc.oneof(fc.constant("ops@example.com"), a.nastyName),
            quietStart: fc.constant(null),
            quietEnd: fc.constant(null),
            changes: fc.boolean(),
          }),
        ),
      ),
    callsPartnerApi: false,
  },
  {
    name: "deleteChannel",
    load: async () => (await import("@/lib/actions/alerts/channels")).deleteChannelAction,
    payloads: (a) => a.shaped(fc.record({ channelId: a.nastyName })),
    callsPartnerApi: false,
  },
  {
    // Unknown channels only: a stored channel's test would call its address.
    name: "sendTest",
    load: async () => (await import("@/lib/actions/alerts/channels")).sendTestAction,
    payloads: (a) => a.shaped(fc.record({ channelId: a.nastyName })),
    callsPartnerApi: false,
  },
  {
    name: "saveRule",
    load: async () => (await import("@/lib/actions/alerts/rules")).saveRuleAction,
    // From hostile parts alone about one payload in fifty passed validation, so 100 over HTTP sometimes had none:
    // one in four is a well-formed rule (with made-up channel ids, which the action refuses after validation).
    payloads: (a) =>
      fc.oneof(
        {
          weight: 3,
          arbitrary: a.shaped(
            fc.record({
              name: a.nastyName,
              scope: fc.oneof(fc.constantFrom("project", "catalog", "caches"), a.nastyName),
              projectId: a.project,
              catalogId: fc.oneof(fc.constant(null), a.nastyName),
              cacheIds: fc.array(a.cacheId, { maxLength: 3 }),
              failures: fc.oneof(fc.constant(null), fc.integer({ min: -2, max: 200 })),
              freshness: fc.oneof(fc.constant(null), fc.constantFrom("warn", "error"), a.nastyName),
              slowFactor: fc.oneof(fc.constant(null), fc.double({ min: 0, max: 200, noNaN: true })),
              reminder: fc.oneof(fc.constant(null), a.expression),
              channelIds: fc.array(a.nastyName, { minLength: 1, maxLength: 3 }),
            }),
          ),
        },
        {
          weight: 1,
          arbitrary: fc.record({
            name: fc.constantFrom("Failures in payments", "Stale data"),
            scope: fc.constant("project"),
            projectId: fc.constantFrom("demoPrj1", "demoPrj2"),
            catalogId: fc.constant(null),
            cacheIds: fc.constant([]),
            failures: fc.integer({ min: 1, max: 100 }),
            freshness: fc.constantFrom(null, "warn", "error"),
            slowFactor: fc.constant(null),
            reminder: fc.constantFrom(null, "PT1H", "P1D"),
            channelIds: fc.array(fc.constantFrom("channel-1", "webhook-ops"), { minLength: 1, maxLength: 2 }),
          }),
        },
      ),
    callsPartnerApi: false,
  },
  {
    name: "deleteRule",
    load: async () => (await import("@/lib/actions/alerts/rules")).deleteRuleAction,
    payloads: (a) => a.shaped(fc.record({ ruleId: a.nastyName })),
    callsPartnerApi: false,
  },
  {
    name: "scheduleMove",
    load: async () => (await import("@/lib/actions/schedule-map/schedule-move")).scheduleMoveAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          cacheId: a.cacheId,
          kind: fc.oneof(fc.constantFrom("full", "incremental"), a.nastyName),
          startAt: fc.oneof(
            fc
              .integer({ min: 60, max: 7 * 24 * 3600 })
              .map((s) => new Date(Date.now() + s * 1000).toISOString()),
            a.nastyName,
          ),
        }),
      ),
    callsPartnerApi: false,
  },
  {
    name: "cancelMove",
    load: async () => (await import("@/lib/actions/schedule-map/cancel-move")).cancelMoveAction,
    payloads: (a) => a.shaped(fc.record({ projectId: a.project, moveId: a.nastyName })),
    callsPartnerApi: false,
  },
  {
    name: "createToken",
    load: async () => (await import("@/lib/actions/tokens/create-token")).createTokenAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          name: a.nastyName,
          role: a.role,
          projectId: fc.oneof(fc.constant(""), a.project),
          expiresInDays: fc.oneof(fc.integer({ min: -5, max: 400 }), a.nastyName),
          userId: fc.oneof(fc.constant(undefined), a.user),
        }),
      ),
    callsPartnerApi: false,
  },
  {
    name: "revokeToken",
    load: async () => (await import("@/lib/actions/tokens/revoke-token")).revokeTokenAction,
    payloads: (a) => a.shaped(fc.record({ tokenId: a.nastyName })),
    callsPartnerApi: false,
  },
  {
    name: "planConfig",
    load: async () => (await import("@/lib/actions/config/plan-config")).planConfigAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          document: fc.oneof(
            a.nastyName,
            fc.string(),
            a.hostileJson.map((v) => JSON.stringify(v ?? null)),
          ),
          fileName: fc.oneof(fc.constant(undefined), a.nastyName),
          prune: fc.oneof(fc.boolean(), a.nastyName),
        }),
      ),
    callsPartnerApi: false,
  },
  {
    // Never pruning: a document naming no caches would delete every cache the other actions aim at.
    name: "applyConfig",
    load: async () => (await import("@/lib/actions/config/apply-config")).applyConfigAction,
    payloads: (a) =>
      a.shaped(
        fc.record({
          projectId: a.project,
          document: fc.oneof(
            a.nastyName,
            fc.string(),
            a.hostileJson.map((v) => JSON.stringify(v ?? null)),
          ),
          fileName: fc.oneof(fc.constant(undefined), a.nastyName),
          prune: fc.constant(false),
        }),
      ),
    callsPartnerApi: false,
  },
];
