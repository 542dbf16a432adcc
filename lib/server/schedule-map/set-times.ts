import "server-only";

import { getConsoleDb } from "../db/database";

/** Audit names of changes that send a cache's schedules (and so re-anchor them, as the console assumes). */
export const SCHEDULE_SETTING_ACTIONS = ["cache.update-schedules", "cache.resume", "cache.move-applied"];

const cacheIdIn = (request: string): string | null => {
  const fromPath = /\/cache\/([^/"?]+)"/.exec(request)?.[1];
  if (fromPath) return decodeURIComponent(fromPath);
  return /"cacheId":"([^"]+)"/.exec(request)?.[1] ?? null;
};

/** When the console itself last set each cache's schedules, from its own audit log (epoch ms). */
export async function lastSetTimes(projectId: string): Promise<Map<string, number>> {
  const rows = await getConsoleDb()
    .db.selectFrom("audit_log")
    .select(["at", "request"])
    .where("project_id", "=", projectId)
    .where("outcome", "=", "success")
    .where("action", "in", SCHEDULE_SETTING_ACTIONS)
    .orderBy("id", "desc")
    .limit(20_000)
    .execute();
  const times = new Map<string, number>();
  for (const row of rows) {
    const cacheId = cacheIdIn(row.request);
    const at = Date.parse(row.at);
    if (cacheId && Number.isFinite(at) && !times.has(cacheId)) times.set(cacheId, at);
  }
  return times;
}
