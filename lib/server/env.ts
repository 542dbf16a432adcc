import "server-only";

import { loadEnv } from "./env-schema.js";

export const env = loadEnv(process.env, {
  requireRuntime: process.env.NEXT_PHASE !== "phase-production-build",
});
export type Env = typeof env;
