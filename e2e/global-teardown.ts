// After the whole e2e run: no Partner API key in any server log or anywhere in the build output.
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";

import { stack } from "./stack";

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    const stat = statSync(path);
    if (stat.isDirectory()) return name === "cache" ? [] : filesUnder(path);
    return stat.size < 20_000_000 ? [path] : [];
  });
}

function projectKeys(dataDir: string): string[] {
  const file = join(dataDir, "dev-keys.json");
  if (!existsSync(file)) return [];
  const parsed = JSON.parse(readFileSync(file, "utf8")) as { projects?: { apiKey?: string }[] };
  return (parsed.projects ?? []).flatMap((p) => (p.apiKey ? [p.apiKey] : []));
}

export default function scanForSecrets(): void {
  // scripts/test.mjs builds with a canary key, so a key inlined at build time would show up in .next.
  const canary = process.env.BUILD_SECRET_CANARY;
  const secrets = [
    stack.partnerKey,
    ...projectKeys(stack.sandboxDataDir),
    ...projectKeys(stack.faultSandboxDataDir),
    ...projectKeys(stack.faultB.sandboxDataDir),
    ...projectKeys(join(stack.runDir, "slow-sandbox")),
    ...(canary ? [canary] : []),
  ];
  // Each stack this run started (the throttled one of e2e/throttled-stack.ts included) left its console's log.
  const logs = [
    stack.logFile,
    stack.faultLogFile,
    stack.faultB.logFile,
    join(stack.runDir, "slow-console.log"),
  ].filter((file) => existsSync(file));
  const build = filesUnder(join(process.cwd(), ".next"));
  if (build.length === 0) throw new Error("secret scan: no build output under .next to scan");
  const leaks: string[] = [];
  for (const file of [...logs, ...build]) {
    const text = readFileSync(file, "latin1");
    for (const secret of secrets) if (text.includes(secret)) leaks.push(file);
  }
  if (leaks.length > 0) throw new Error(`A Partner API key was found in:\n${[...new Set(leaks)].join("\n")}`);
  console.log(`secret scan: ${logs.length} server logs and ${build.length} build files are clean`);
}
