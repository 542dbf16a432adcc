import { describe, expect, it } from "vitest";

import { loadEnv } from "@/lib/server/env-schema.js";

describe("loadEnv", () => {
  it("defaults to the local sandbox", () => {
    expect(loadEnv({}).peakaBaseUrl).toBe("http://127.0.0.1:4010/api/v1");
  });
  it("maps zones to the official base URLs and lets an explicit URL win", () => {
    expect(loadEnv({ PEAKA_ZONE: "eu" }).peakaBaseUrl).toBe("https://partner.eu.peaka.studio/api/v1");
    expect(loadEnv({ PEAKA_ZONE: "us", PEAKA_API_BASE_URL: "http://x.test/api/v1/" }).peakaBaseUrl).toBe(
      "http://x.test/api/v1",
    );
  });
  it("names the variable and says what is expected", () => {
    expect(() => loadEnv({ PEAKA_ZONE: "asia" })).toThrow(/PEAKA_ZONE: must be "us" or "eu"/);
    expect(() => loadEnv({ PEAKA_API_BASE_URL: "not a url" })).toThrow(/PEAKA_API_BASE_URL/);
    expect(() => loadEnv({}, { requireRuntime: true })).toThrow(/PEAKA_API_KEY: is required/);
  });
  it("refuses a secret under a NEXT_PUBLIC_ name", () => {
    expect(() => loadEnv({ NEXT_PUBLIC_PEAKA_API_KEY: "x" })).toThrow(/NEXT_PUBLIC_/);
  });
  it("reads CONSOLE_MIN_INTERVAL as an ISO-8601 duration, PT15M by default", () => {
    expect(loadEnv({}).minIntervalSeconds).toBe(900);
    expect(loadEnv({ CONSOLE_MIN_INTERVAL: "PT1H" }).minIntervalSeconds).toBe(3600);
    expect(loadEnv({ CONSOLE_MIN_INTERVAL: "P1DT30S" }).minIntervalSeconds).toBe(86_430);
    expect(loadEnv({ CONSOLE_MIN_INTERVAL: "" }).minIntervalSeconds).toBe(900);
    for (const bad of ["15m", "PT0S", "PT0.5S", "P1H", "PT", "P8D", "-PT15M"]) {
      expect(() => loadEnv({ CONSOLE_MIN_INTERVAL: bad }), bad).toThrow(
        /CONSOLE_MIN_INTERVAL: must be an ISO-8601 duration from PT1S to P7D, such as PT15M/,
      );
    }
  });
});
