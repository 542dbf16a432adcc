// Test runs leave no files behind: Vitest's run folder (tests/support/run-temp-dir.ts) and e2e's
// (e2e/support/run-dir-reporter.ts), each removed when its run ends.
import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterEach, describe, expect, it, vi } from "vitest";

import RunDirReporter from "@/e2e/support/run-dir-reporter";

import setup, { RUN_TEMP_DIR } from "../support/run-temp-dir";

/** A folder with a file two levels down, as a run leaves one. */
function runFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "run-dir-"));
  mkdirSync(join(dir, "sandbox"));
  writeFileSync(join(dir, "sandbox", "sandbox.sqlite"), "data");
  return dir;
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

describe("Vitest's run folder", () => {
  it("holds this worker's temporary files", () => {
    expect(tmpdir()).toMatch(/\/cache-console-vitest-[^/]+$/);
  });

  it("goes at the end of the run, with everything in it, and TMPDIR is as before", () => {
    const before = process.env.TMPDIR;
    // This worker runs inside the run's folder: a new run starts from none.
    vi.stubEnv(RUN_TEMP_DIR, undefined);
    const teardown = setup();
    const root = process.env.TMPDIR ?? "";
    expect(root).not.toBe(before);
    expect(tmpdir()).toBe(root);
    const made = runFolder();
    expect(made.startsWith(`${root}/`)).toBe(true);
    teardown();
    expect(existsSync(root)).toBe(false);
    expect(process.env.TMPDIR).toBe(before);
  });

  it("is made once however many projects run the setup", () => {
    vi.stubEnv(RUN_TEMP_DIR, undefined);
    const teardown = setup();
    const root = process.env.TMPDIR ?? "";
    const again = setup();
    expect(process.env.TMPDIR).toBe(root);
    again();
    expect(existsSync(root)).toBe(true);
    teardown();
    expect(existsSync(root)).toBe(false);
  });
});

describe("e2e's run folder", () => {
  it("goes when every test passed", async () => {
    const dir = runFolder();
    const reporter = new RunDirReporter({ dir });
    reporter.onEnd({ status: "passed" });
    await reporter.onExit();
    expect(existsSync(dir)).toBe(false);
  });

  it.each(["failed", "timedout", "interrupted"] as const)(
    "stays, and says where, when the run %s",
    async (status) => {
      const dir = runFolder();
      const log = vi.spyOn(console, "log").mockImplementation(() => undefined);
      const reporter = new RunDirReporter({ dir });
      reporter.onEnd({ status });
      await reporter.onExit();
      expect(existsSync(join(dir, "sandbox", "sandbox.sqlite"))).toBe(true);
      expect(log).toHaveBeenCalledWith(`e2e: the servers' data and logs are kept in ${dir}`);
    },
  );
});
