// One cached sandbox table whose runs the alert tests fail and fix on purpose, over the sandbox's real HTTP API.
import { createApi } from "../../../contract/helpers/api-client";
import { cachePath, catalogIds, waitForStatus } from "../../../contract/helpers/cache-flow";
import { startSandbox, removeDataDir, type RunningSandbox } from "../../../contract/helpers/sandbox-process";

export const PROJECT = "demoPrj2";

export async function sandboxWithTable() {
  const sandbox: RunningSandbox = await startSandbox();
  const api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  const control = createApi(new URL(sandbox.baseUrl).origin, sandbox.keys.partnerKey);
  const table = {
    projectId: PROJECT,
    catalogId: (await catalogIds(api, PROJECT)).marketing ?? "",
    schemaName: "public",
    tableName: "campaigns",
  };
  const created = await api.post(`/data/projects/${PROJECT}/cache`, table);
  const cacheId = (created.body as { id: string }).id;
  const finished = () =>
    waitForStatus(
      api,
      PROJECT,
      cacheId,
      (s) => s.status === "COMPLETED" || s.status === "FAILED",
      "run end",
      20_000,
    );
  await finished();
  return {
    sandbox,
    cacheId,
    /** Runs a full refresh, failing it when asked, and waits for its end. */
    async run(fail: boolean) {
      if (fail)
        await control.post("/sandbox/control/fail-next-run", {
          ...table,
          message: "Source timed out (test)",
        });
      await api.post(cachePath(PROJECT, cacheId, "/fullRefreshUpdate"));
      const end = await waitForStatus(
        api,
        PROJECT,
        cacheId,
        (s) =>
          s.status === (fail ? "FAILED" : "COMPLETED") && s.lastFullRefreshCacheExecution?.finishedAt != null,
        fail ? "the failed run" : "the successful run",
        20_000,
      );
      return end;
    },
    async stop() {
      await sandbox.stop();
      removeDataDir(sandbox.dataDir);
    },
  };
}
