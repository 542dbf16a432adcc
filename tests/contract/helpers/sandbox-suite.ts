import { afterAll, beforeAll } from "vitest";

import { type Api, createApi } from "./api-client";
import { catalogIds } from "./cache-flow";
import { type RunningSandbox, removeDataDir, startSandbox } from "./sandbox-process";

export type SandboxSuite = { sandbox: RunningSandbox; api: Api; ids: Record<string, string> };

/** One sandbox for a test file: started before its tests with `env`, stopped and removed after them. */
export function sandboxForFile(env: Record<string, string>, projectId = "demoPrj1"): SandboxSuite {
  const suite = {} as SandboxSuite;
  beforeAll(async () => {
    suite.sandbox = await startSandbox({ env });
    suite.api = createApi(suite.sandbox.baseUrl, suite.sandbox.keys.partnerKey);
    suite.ids = await catalogIds(suite.api, projectId);
  });
  afterAll(async () => {
    await suite.sandbox?.stop();
    if (suite.sandbox) removeDataDir(suite.sandbox.dataDir);
  });
  return suite;
}
