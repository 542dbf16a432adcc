import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type * as MemoModule from "@/lib/server/cache-settings-memo";

import { scriptedServer } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof scriptedServer>>;
let memo: typeof MemoModule;

beforeAll(async () => {
  server = await scriptedServer([
    (req, res) => {
      const id = decodeURIComponent(req.url.split("/").pop() ?? "");
      res.writeHead(200, { "content-type": "application/json" });
      res.end(
        JSON.stringify({
          id,
          catalogId: "9",
          schemaName: "s",
          tableName: id,
          incrementalCacheSchedule: { type: "BASIC", expression: "PT1H" },
        }),
      );
    },
  ]);
  // lib/server/env.ts reads process.env once, so configure it before the first import.
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: server.baseUrl,
    PEAKA_API_KEY: "unit.memo-key",
    LOG_LEVEL: "silent",
  });
  memo = await import("@/lib/server/cache-settings-memo");
});
afterAll(() => server.close());

const ids = (prefix: string, n: number) => Array.from({ length: n }, (_, i) => `${prefix}${i}`);

describe("settingsFor", () => {
  it("reads a handful of unknown caches before answering, then serves them from memory", async () => {
    const first = await memo.settingsFor("p1", ids("small", 5));
    expect(first.map((s) => s?.schedules.incremental)).toEqual(Array(5).fill("PT1H"));
    const requests = server.seen.length;
    await memo.settingsFor("p1", ids("small", 5));
    expect(server.seen.length).toBe(requests);
  });

  it("answers at once for thousands of unknown caches and fills them in the background", async () => {
    const many = ids("big", 300);
    const first = await memo.settingsFor("p2", many);
    expect(first.filter((s) => s !== null).length).toBeLessThan(300);
    await expect
      .poll(async () => (await memo.settingsFor("p2", many)).every((s) => s !== null), { timeout: 15_000 })
      .toBe(true);
  });

  it("forgets a cache so the next read asks Peaka again", async () => {
    await memo.settingsFor("p3", ["one"]);
    const before = server.seen.length;
    memo.forgetCacheSettings("p3", "one");
    await memo.settingsFor("p3", ["one"]);
    expect(server.seen.length).toBe(before + 1);
  });
});
