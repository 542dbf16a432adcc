// Issue 12: the numbers behind the throttles, as docs/security.md gives them.
import { describe, expect, it } from "vitest";

import { createRefusalRate, REFUSAL_BURST, REFUSAL_REFILL_MS } from "@/lib/server/audit-refusal-rate";
import { redactForAudit } from "@/lib/server/audit-redact";
import {
  attemptsWithin,
  createPasswordThrottle,
  delayAfter,
  MAX_DELAY_MS,
} from "@/lib/server/auth/password-throttle";

describe("password throttle", () => {
  it("allows about 10 guesses in the first hour at one account, then 4 an hour", () => {
    expect(attemptsWithin(60 * 60_000)).toBe(10);
    expect(attemptsWithin(24 * 60 * 60_000)).toBeLessThanOrEqual(110);
    expect(delayAfter(50)).toBe(MAX_DELAY_MS);
  });

  it("charges parallel attempts before they run, so they cannot slip in under one delay", () => {
    let now = 1_000_000;
    const throttle = createPasswordThrottle(() => now);
    const allowed = Array.from({ length: 50 }, () => throttle.attempt("a@x.test").allowed).filter(Boolean);
    expect(allowed.length).toBe(3);
    now += 30_000;
    expect(throttle.attempt("A@X.test").allowed).toBe(true);
    expect(throttle.attempt("a@x.test").allowed).toBe(false);
  });

  it("never locks out: the wait is at most the current delay", () => {
    let now = 0;
    const throttle = createPasswordThrottle(() => now);
    for (let i = 0; i < 30; i++) {
      const attempt = throttle.attempt("b@x.test");
      if (attempt.allowed) continue;
      expect(attempt.retryAfterMs).toBeLessThanOrEqual(MAX_DELAY_MS);
      now += attempt.retryAfterMs;
      expect(throttle.attempt("b@x.test").allowed).toBe(true);
    }
    // The owner arrives in the middle of a delay: one wait of at most that delay, then in.
    now += 1_000;
    const blocked = throttle.attempt("b@x.test");
    expect(blocked.allowed).toBe(false);
    if (!blocked.allowed) now += blocked.retryAfterMs;
    const owner = throttle.attempt("b@x.test");
    expect(owner.allowed).toBe(true);
    if (owner.allowed) owner.settle(true);
    expect(throttle.attempt("b@x.test").allowed).toBe(true);
  });
});

describe("refusal rate", () => {
  it("records a burst, then one per refill interval", () => {
    let now = 0;
    const rate = createRefusalRate(() => now);
    const first = Array.from({ length: 100 }, () => rate.admit("u1")).filter(Boolean).length;
    expect(first).toBe(REFUSAL_BURST);
    expect(rate.admit("u2")).toBe(true);
    now += REFUSAL_REFILL_MS * 3;
    expect(Array.from({ length: 10 }, () => rate.admit("u1")).filter(Boolean).length).toBe(3);
  });
});

describe("audit redaction", () => {
  it("replaces secret fields at any depth and cuts long or wide input", () => {
    const out = JSON.stringify(
      redactForAudit({
        password: "p",
        newPassword: "p2",
        headers: { Authorization: "Bearer x", Cookie: "c" },
        list: Array.from({ length: 100 }, (_, i) => ({ token: `t${i}` })),
        long: "z".repeat(10_000),
      }),
    );
    expect(out).not.toMatch(/"p"|"p2"|Bearer|"c"|"t\d+"/);
    expect(out.length).toBeLessThan(2_000);
  });
});
