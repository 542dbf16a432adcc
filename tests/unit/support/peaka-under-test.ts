import { createPeakaApi } from "@/lib/server/peaka/api";

export const TEST_KEY = "TtgGcQFq.unit-test-secret-0123456789";

export const quietLogger = { info: () => undefined, warn: () => undefined };

export function peakaAt(baseUrl: string, overrides: { timeoutMs?: number } = {}) {
  return createPeakaApi({
    baseUrl,
    apiKey: TEST_KEY,
    timeoutMs: overrides.timeoutMs ?? 2_000,
    retry: { baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 2_000 },
    logger: quietLogger,
  });
}
