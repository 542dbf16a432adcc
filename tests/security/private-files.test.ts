// Issue 12: files under the data directories that hold password hashes, sessions or keys are created readable by
// their owner only (0600, folders 0700), even with the usual umask of 022.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { removeDataDir, startSandbox, type RunningSandbox } from "../contract/helpers/sandbox-process";

import { startConsole } from "./support/in-process-console";

const mode = (path: string) => (statSync(path).mode & 0o777).toString(8);

let sandbox: RunningSandbox;
let consoleDir: string;

beforeAll(async () => {
  process.umask(0o022);
  sandbox = await startSandbox({ from: "empty" });
  const c = await startConsole();
  await c.signIn("viewer@demo.test");
  consoleDir = process.env.CONSOLE_DATA_DIR ?? "";
});

afterAll(async () => {
  await sandbox.stop();
  removeDataDir(sandbox.dataDir);
});

describe("private files", () => {
  it("the console database and its WAL files are 0600 in a 0700 folder", () => {
    const files = readdirSync(consoleDir).filter((name) => name.startsWith("console.sqlite"));
    expect(files).toContain("console.sqlite");
    for (const name of files) expect(mode(join(consoleDir, name)), name).toBe("600");
    expect(mode(consoleDir)).toBe("700");
  });

  it("the sandbox's dev-keys.json and databases are 0600 in a 0700 folder", () => {
    const files = readdirSync(sandbox.dataDir).filter((name) => /dev-keys\.json|\.sqlite/.test(name));
    expect(files).toEqual(expect.arrayContaining(["dev-keys.json", "sandbox.sqlite"]));
    for (const name of files) expect(mode(join(sandbox.dataDir, name)), name).toBe("600");
    expect(mode(sandbox.dataDir)).toBe("700");
  });
});
