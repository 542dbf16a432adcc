import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { afterAll, it } from "vitest";

import { runConsoleDbScenario } from "./support/console-db-scenario";

const dir = mkdtempSync(join(tmpdir(), "cc-sqlite-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

it("migrates, seeds, signs in and keeps an audit log in the default SQLite file", async () => {
  await runConsoleDbScenario({ CONSOLE_DATA_DIR: dir });
});
