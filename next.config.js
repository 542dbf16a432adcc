import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";

import { loadEnv } from "./lib/server/env-schema.js";

/** @type {(phase: string) => import("next").NextConfig} */
export default function nextConfig(phase) {
  loadEnv(process.env, {
    requireRuntime: phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER,
  });
  return {
    reactStrictMode: true,
    poweredByHeader: false,
    serverExternalPackages: ["better-sqlite3", "pino"],
    typedRoutes: false,
  };
}
