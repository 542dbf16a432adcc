import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

import type * as TokenRate from "@/lib/server/api/token-rate";

// The per-token window of CONSOLE_API_RATE_LIMIT calls a minute (lib/server/api/token-rate.ts).
describe("tokenRateRetryAfter", () => {
  let rate: typeof TokenRate;
  beforeAll(async () => {
    vi.resetModules();
    Object.assign(process.env, {
      PEAKA_API_KEY: "rate-suite.not-a-key",
      CONSOLE_API_RATE_LIMIT: "3",
      LOG_LEVEL: "silent",
    });
    rate = await import("@/lib/server/api/token-rate");
  });
  afterAll(() => {
    delete process.env.CONSOLE_API_RATE_LIMIT;
  });

  it("lets the limit through, then says how long to wait, per token, until the minute is over", () => {
    const t0 = 1_000_000;
    expect([1, 2, 3].map((i) => rate.tokenRateRetryAfter("tok_a", t0 + i))).toEqual([null, null, null]);
    expect(rate.tokenRateRetryAfter("tok_a", t0 + 10_000)).toBe(51);
    expect(rate.tokenRateRetryAfter("tok_b", t0 + 10_000)).toBeNull();
    expect(rate.tokenRateRetryAfter("tok_a", t0 + 60_001)).toBeNull();
  });
});
