import "server-only";

import { env } from "../env";
import { logger } from "../logger";
import { forgetOverview } from "../overview-window";

import { createPeakaApi, type PeakaApi } from "./api";

let instance: PeakaApi | undefined;

/** The console's one Partner API client, configured from the validated env. */
export function getPeaka(): PeakaApi {
  instance ??= createPeakaApi({
    baseUrl: env.peakaBaseUrl,
    apiKey: env.PEAKA_API_KEY ?? "",
    timeoutMs: env.PEAKA_TIMEOUT_MS,
    logger: logger.child({ component: "peaka" }),
    onWrite: forgetOverview,
  });
  return instance;
}

export { PeakaApiError, isPeakaApiError, toPublicError, toUserMessage } from "./errors";
export type { PeakaApi } from "./api";
