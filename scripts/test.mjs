// `npm test`: every layer in order, each starting the processes it needs. Prints one closing tally line.
import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";

// The build sees a canary key; e2e/global-teardown.ts fails the run if it turns up anywhere in .next.
const env = {
  ...process.env,
  NEXT_TELEMETRY_DISABLED: "1",
  BUILD_SECRET_CANARY: `canary.${randomBytes(12).toString("hex")}`,
};
const buildEnv = { ...env, PEAKA_API_KEY: env.BUILD_SECRET_CANARY };

function ensureChromium() {
  if (existsSync("/usr/bin/chromium")) return;
  console.log("· /usr/bin/chromium is missing: installing Debian's chromium package");
  const sudo = process.getuid?.() === 0 ? [] : ["sudo"];
  const run = (args) =>
    spawnSync(sudo[0] ?? args[0], sudo.length ? args : args.slice(1), { stdio: "inherit" });
  run(["apt-get", "update"]);
  run(["apt-get", "install", "-y", "chromium"]);
  if (!existsSync("/usr/bin/chromium")) throw new Error("Could not install chromium with apt-get");
}

const steps = [
  ["lint", "npx", ["eslint", ".", "--max-warnings=0"]],
  ["typecheck", "npx", ["tsc", "--noEmit"]],
  ["unit and contract", "npx", ["vitest", "run"]],
  ["build", "npx", ["next", "build"]],
  ["e2e", "npx", ["playwright", "test"]],
];

const only = process.argv.slice(2);
let passed = 0;
let failed = 0;
for (const [name, cmd, args] of steps) {
  if (only.length > 0 && !only.includes(name.split(" ")[0])) continue;
  if (name === "e2e") ensureChromium();
  const started = Date.now();
  console.log(`\n▶ ${name}: ${cmd} ${args.join(" ")}`);
  const result = spawnSync(cmd, args, { stdio: "inherit", env: name === "build" ? buildEnv : env });
  const seconds = ((Date.now() - started) / 1000).toFixed(1);
  if (result.status === 0) {
    passed += 1;
    console.log(`✔ ${name} (${seconds} s)`);
  } else {
    failed += 1;
    console.log(`✖ ${name} failed (${seconds} s)`);
    break;
  }
}
console.log(`\nsteps: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
