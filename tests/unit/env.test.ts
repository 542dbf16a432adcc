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
});
