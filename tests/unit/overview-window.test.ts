// The overview's shared reads against a real HTTP Partner API stand-in: polls within the window share one
// call, and every write the console makes shows on the very next read.
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type * as Overview from "@/lib/server/cache-overview";
import type * as Paused from "@/lib/server/caches/paused-schedules";
import type * as Peaka from "@/lib/server/peaka";

import { scriptedServer } from "./support/scripted-server";

const PROJECT = "prj1";
const caches = new Map(
  ["c1", "c2", "c3"].map((id) => [id, { id, catalogId: "9", schemaName: "public", tableName: `t_${id}` }]),
);

let server: Awaited<ReturnType<typeof scriptedServer>>;
let overview: typeof Overview;
let paused: typeof Paused;
let peaka: typeof Peaka;

beforeAll(async () => {
  server = await scriptedServer([
    (req, res) => {
      const path = req.url.split("?")[0] ?? "";
      const id = decodeURIComponent(path.split("/").pop() ?? "");
      let body: unknown = [];
      if (req.method === "DELETE") caches.delete(id);
      else if (path.endsWith("/cache/status"))
        body = [...caches.values()].map((c) => ({ ...c, status: "idle" }));
      else if (caches.has(id)) body = { ...caches.get(id), incrementalCacheSchedule: { type: "NONE" } };
      res.writeHead(200, { "content-type": "application/json" });
      res.end(JSON.stringify(body));
    },
  ]);
  // lib/server/env.ts reads process.env once, so configure it before the first import. The widest window makes
  // a missed invalidation visible.
  Object.assign(process.env, {
    PEAKA_API_BASE_URL: server.baseUrl,
    PEAKA_API_KEY: "unit.window-key",
    CONSOLE_DATA_DIR: mkdtempSync(join(tmpdir(), "console-window-")),
    CONSOLE_READ_WINDOW_MS: "1000",
    LOG_LEVEL: "silent",
  });
  overview = await import("@/lib/server/cache-overview");
  paused = await import("@/lib/server/caches/paused-schedules");
  peaka = await import("@/lib/server/peaka");
});
afterAll(() => server.close());

const statusReads = () =>
  server.seen.filter((r) => r.url.endsWith(`/projects/${PROJECT}/cache/status`)).length;
const ids = (list: { id: string }[]) => list.map((c) => c.id);

describe("overview read window", () => {
  it("answers polls arriving together with one Partner API read", async () => {
    const before = statusReads();
    const answers = await Promise.all(Array.from({ length: 10 }, () => overview.listCacheSummaries(PROJECT)));
    answers.push(await overview.listCacheSummaries(PROJECT));
    expect(statusReads() - before).toBe(1);
    expect(answers.every((a) => a === answers[0])).toBe(true);
    expect(ids(answers[0] ?? [])).toEqual(["c1", "c2", "c3"]);
  });

  it("shows a delete made through the console on the next read", async () => {
    expect(ids(await overview.listCacheSummaries(PROJECT))).toContain("c1");
    await peaka.getPeaka().deleteCache(PROJECT, "c1");
    expect(ids(await overview.listCacheSummaries(PROJECT))).toEqual(["c2", "c3"]);
  });

  it("shows a pause and a resume recorded by the console on the next read", async () => {
    const pausedOf = async (id: string) =>
      (await overview.listCacheSummaries(PROJECT)).find((c) => c.id === id)?.pausedSchedules;
    expect(await pausedOf("c2")).toBeUndefined();
    await paused.rememberPaused(PROJECT, "c2", { incremental: "PT1H", fullRefresh: null }, "unit@test");
    expect(await pausedOf("c2")).toEqual({ incremental: "PT1H", fullRefresh: null });
    await paused.forgetPaused(PROJECT, "c2");
    expect(await pausedOf("c2")).toBeUndefined();
  });

  it("reads again after a schedule change is recorded", async () => {
    await overview.listCacheSummaries(PROJECT);
    const before = statusReads();
    overview.forgetCacheSettings(PROJECT, "c3");
    await overview.listCacheSummaries(PROJECT);
    expect(statusReads() - before).toBe(1);
  });
});
