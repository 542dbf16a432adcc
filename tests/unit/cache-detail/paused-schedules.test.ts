import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, beforeAll, expect, it, vi } from "vitest";

const dir = mkdtempSync(join(tmpdir(), "cc-paused-"));

beforeAll(() => {
  Object.assign(process.env, {
    PEAKA_API_KEY: "unit.test-key",
    BETTER_AUTH_SECRET: "unit-test-secret-unit-test-secret-0123",
    CONSOLE_DATA_DIR: dir,
    LOG_LEVEL: "silent",
  });
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("remembers paused schedules across a console restart and keeps the first memory", async () => {
  const first = await import("@/lib/server/caches/paused-schedules");
  await first.rememberPaused("p1", "c1", { incremental: "PT6H", fullRefresh: "P1D" }, "otto@demo.test");
  // A second pause must not overwrite the real schedules with the already-off ones.
  await first.rememberPaused("p1", "c1", { incremental: null, fullRefresh: null }, "otto@demo.test");

  vi.resetModules();
  const restarted = await import("@/lib/server/caches/paused-schedules");
  const paused = await restarted.readPaused("p1", "c1");
  expect(paused).toMatchObject({ incremental: "PT6H", fullRefresh: "P1D", pausedBy: "otto@demo.test" });
  expect(await restarted.readPaused("p1", "other")).toBeNull();

  await restarted.forgetPaused("p1", "c1");
  expect(await restarted.readPaused("p1", "c1")).toBeNull();
});
