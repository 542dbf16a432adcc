// Starts the console: Next's request handler behind the front in scripts/front/ (body limits, client address,
// security headers), in one process. `--dev` is `npm run dev`: Next's development server behind the same front.
import { createServer } from "node:http";
import { parseArgs } from "node:util";

import next from "next";

import { loadEnv } from "../lib/server/env-schema.js";

import { parseTrustedProxies } from "./front/client-address.mjs";
import { createFront } from "./front/front.mjs";

const { values } = parseArgs({
  options: {
    port: { type: "string", default: process.env.PORT ?? "3000" },
    host: { type: "string", default: "127.0.0.1" },
    dev: { type: "boolean", default: false },
  },
});
const dev = values.dev;
process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.NODE_ENV = dev ? "development" : "production";

let env;
try {
  env = loadEnv(process.env);
} catch (error) {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
}
const port = Number(values.port);
const app = next({ dev, hostname: values.host, port, dir: process.cwd() });
await app.prepare();
const front = createFront(app.getRequestHandler(), {
  trusted: parseTrustedProxies(env.CONSOLE_TRUSTED_PROXIES),
  https: (env.BETTER_AUTH_URL ?? "").startsWith("https://"),
  dev,
});
const server = createServer(front);
// Hot reload's websocket in development; nothing else upgrades.
if (dev) server.on("upgrade", app.getUpgradeHandler());
server.listen(port, values.host, () => console.log(`Cache Console on http://${values.host}:${port}`));
for (const signal of ["SIGINT", "SIGTERM"]) {
  process.on(signal, () => {
    server.close();
    void app.close().finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
