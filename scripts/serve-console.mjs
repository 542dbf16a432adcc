// Starts the production console (`next start`) on the given port after preparing its database.
import { spawn } from "node:child_process";
import { parseArgs } from "node:util";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    host: { type: "string", default: "127.0.0.1" },
  },
});

const child = spawn(
  process.execPath,
  ["node_modules/next/dist/bin/next", "start", "-H", values.host, "-p", values.port],
  { stdio: "inherit", env: { NEXT_TELEMETRY_DISABLED: "1", ...process.env } },
);
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
