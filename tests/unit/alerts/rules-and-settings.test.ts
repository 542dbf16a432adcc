import { describe, expect, it } from "vitest";

import { findings, incidentChanges, type CacheObservation } from "@/lib/alerts/conditions";
import type { RuleView } from "@/lib/alerts/types";
import { redactForAudit } from "@/lib/server/audit-redact";
import { quietUntil } from "@/lib/server/alerts/quiet";
import { loadEnv } from "@/lib/server/env-schema.js";

const rule: RuleView = {
  id: "r1",
  name: "R",
  source: "ui",
  scope: "project",
  projectId: "p",
  catalogId: null,
  cacheIds: [],
  failures: 3,
  freshness: "error",
  slowFactor: null,
  reminder: null,
  channelIds: ["c"],
};
const cache = (over: Partial<CacheObservation>): CacheObservation => ({
  projectId: "p",
  cacheId: "k",
  catalogId: "cat",
  label: "cat.s.t",
  failStreak: 0,
  lastError: null,
  freshness: "fresh",
  ageMs: 0,
  runningMs: null,
  medianMs: null,
  ...over,
});

describe("conditions", () => {
  it("opens after N failures in a row, holds an unknown freshness, and resolves when it clears", () => {
    const two = findings(rule, cache({ failStreak: 2, freshness: null }));
    expect(two).toEqual([
      expect.objectContaining({ condition: "failing", active: false }),
      expect.objectContaining({ condition: "stale-error", active: "held" }),
    ]);
    const three = findings(rule, cache({ failStreak: 3 }));
    const opened = incidentChanges(rule, null, [{ cacheId: "k", label: "x", findings: three }], [], 0);
    expect(opened).toEqual([expect.objectContaining({ kind: "open", key: "r1|k|failing" })]);
    const open = [{ id: "i1", key: "r1|k|failing", lastToldAt: 0 }];
    // Held: an unknown freshness never resolves or opens; still failing: nothing new.
    expect(
      incidentChanges(
        rule,
        null,
        [{ cacheId: "k", label: "x", findings: findings(rule, cache({ failStreak: 4, freshness: null })) }],
        open,
        1,
      ),
    ).toEqual([]);
    expect(
      incidentChanges(
        rule,
        null,
        [{ cacheId: "k", label: "x", findings: findings(rule, cache({})) }],
        open,
        2,
      ),
    ).toEqual([{ kind: "resolve", incidentId: "i1", gone: false }]);
    expect(incidentChanges(rule, null, [], open, 2)).toEqual([
      { kind: "resolve", incidentId: "i1", gone: true },
    ]);
  });
});

describe("quiet period", () => {
  it("holds a delivery inside the window until it ends, across midnight", () => {
    const channel = { quietStart: "22:00", quietEnd: "07:00" };
    expect(quietUntil(channel, new Date("2026-12-01T23:30:00Z")).toISOString()).toBe(
      "2026-12-02T07:00:00.000Z",
    );
    expect(quietUntil(channel, new Date("2026-12-01T06:59:00Z")).toISOString()).toBe(
      "2026-12-01T07:00:00.000Z",
    );
    expect(quietUntil(channel, new Date("2026-12-01T12:00:00Z")).toISOString()).toBe(
      "2026-12-01T12:00:00.000Z",
    );
  });
});

describe("settings and the audit log", () => {
  it("reads the alert interval as ISO or seconds and refuses half an email channel", () => {
    expect(loadEnv({ CONSOLE_ALERT_INTERVAL: "PT1M" }).alertIntervalMs).toBe(60_000);
    expect(loadEnv({ CONSOLE_ALERT_INTERVAL: "2.5" }).alertIntervalMs).toBe(2_500);
    expect(() => loadEnv({ CONSOLE_ALERT_INTERVAL: "soon" })).toThrow(
      /CONSOLE_ALERT_INTERVAL: must be an ISO-8601 duration/,
    );
    expect(() => loadEnv({ CONSOLE_ALERT_SMTP_URL: "smtp://mail.example.com" })).toThrow(/set both/);
  });

  it("keeps a password inside a URL out of the audit log, whatever the field is called", () => {
    expect(redactForAudit({ smtpUrl: "smtp://ops:hunter22@mail.example.com:587" })).toEqual({
      smtpUrl: "smtp://ops:[redacted]@mail.example.com:587",
    });
  });
});

describe("what pages and the audit log see of a channel URL", () => {
  it("drops credentials, the query and the path below the first segment", async () => {
    process.env.PEAKA_API_KEY ??= "unused-in-this-test";
    const { publicUrl } = await import("@/lib/server/alerts/channels-store");
    expect(publicUrl("https://hooks.slack.com/services/T0/B0/xyzSECRET")).toBe(
      "https://hooks.slack.com/services/…",
    );
    expect(publicUrl("https://example.com/hook?token=abc")).toBe("https://example.com/hook/…");
    expect(publicUrl("http://127.0.0.1:4026/hook")).toBe("http://127.0.0.1:4026/hook");
    expect(publicUrl("smtp://ops:pw@mail.example.com:587")).toBe("smtp://mail.example.com:587");
  });
});
