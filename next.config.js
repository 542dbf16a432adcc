import { PHASE_DEVELOPMENT_SERVER, PHASE_PRODUCTION_SERVER } from "next/constants.js";

import { loadEnv } from "./lib/server/env-schema.js";

/** @type {(phase: string) => import("next").NextConfig} */
export default function nextConfig(phase) {
  loadEnv(process.env, {
    requireRuntime: phase === PHASE_PRODUCTION_SERVER || phase === PHASE_DEVELOPMENT_SERVER,
  });
  // `npm test` builds once on a clean clone after its own `tsc` step passed: checking the types again and writing
  // Turbopack's build cache (never read again there) cost about a minute of the run's two cores.
  const testBuild = process.env.CONSOLE_TEST_BUILD === "1";
  return {
    reactStrictMode: true,
    typescript: { ignoreBuildErrors: testBuild },
    experimental: { turbopackFileSystemCacheForBuild: !testBuild },
    poweredByHeader: false,
    serverExternalPackages: ["better-sqlite3", "pino"],
    typedRoutes: false,
  };
}
