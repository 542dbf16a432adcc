import { type AddressInfo } from "node:net";
import { join } from "node:path";

import { writePrivateFile } from "@/lib/server/private-files";

import { boot, devKeys } from "./boot";
import { readConfig } from "./config";
import { startScheduler } from "./engine/scheduler";
import { createSandboxServer } from "./server";

const config = readConfig(process.argv.slice(2), process.env);
const { deps, partnerKey, interrupted } = boot(config);
const server = createSandboxServer(deps, (error) => console.error("[sandbox] unexpected error", error));

server.listen(config.port, config.host, () => {
  const { port } = server.address() as AddressInfo;
  const keys = devKeys(deps.state, `http://${config.host}:${port}/api/v1`, partnerKey);
  writePrivateFile(join(config.dataDir, "dev-keys.json"), `${JSON.stringify(keys, null, 2)}\n`);
  const stopScheduler = startScheduler(deps.repo, deps.runner);
  if (!config.quiet) {
    const lines = [
      `Peaka Partner API sandbox listening on ${keys.baseUrl}`,
      `  data dir     ${config.dataDir}`,
      `  partner key  ${keys.partnerKey}`,
      ...keys.projects.map((p) => `  project key  ${p.id} (${p.name})  ${p.apiKey}`),
      `  keys file    ${join(config.dataDir, "dev-keys.json")}`,
    ];
    if (interrupted > 0) lines.push(`  marked ${interrupted} interrupted run(s) as FAILED`);
    console.log(lines.join("\n"));
  }
  const shutdown = (): void => {
    stopScheduler();
    server.close();
    server.closeAllConnections();
    deps.store.db.close();
    deps.state.close();
    process.exit(0);
  };
  process.once("SIGINT", shutdown);
  process.once("SIGTERM", shutdown);
});
