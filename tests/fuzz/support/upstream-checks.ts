import { parseIsoDuration } from "@/lib/schedule";

import { schemaErrors } from "../../contract/helpers/openapi-schemas";

type ProxyLogEntry = { path: string };

/**
 * Every Partner API call must keep each console-supplied value as exactly one path segment:
 * no "." or ".." segments (the URL parser would walk them), and the value at each named position intact.
 */
export function upstreamProblems(entries: ProxyLogEntry[], expected: Record<string, string>): string[] {
  return upstreamProblemsAny(entries, [expected]);
}

/** As upstreamProblems, but an entry may match any of `candidates` (a bulk action names several caches). */
export function upstreamProblemsAny(
  entries: ProxyLogEntry[],
  candidates: Record<string, string>[],
): string[] {
  return entries.flatMap((entry) => {
    if (candidates.length === 0) return [`no input could have made ${entry.path}`];
    const each = candidates.map((expected) => problemsOf([entry], expected));
    return each.some((p) => p.length === 0) ? [] : (each[0] ?? []);
  });
}

function problemsOf(entries: ProxyLogEntry[], expected: Record<string, string>): string[] {
  const problems: string[] = [];
  for (const entry of entries) {
    const raw = entry.path.split("?")[0] ?? "";
    const segments = raw.split("/").slice(1);
    let decoded: string[];
    try {
      decoded = segments.map((s) => decodeURIComponent(s));
    } catch {
      problems.push(`undecodable path ${entry.path}`);
      continue;
    }
    if (segments.some((s) => s === "." || s === "..")) problems.push(`dot segment in ${entry.path}`);
    if (decoded.slice(0, 4).join("/") !== "api/v1/data/projects") {
      if (!/^\/api\/v1\/(organizations|info|workspaces)/.test(raw))
        problems.push(`outside the API: ${entry.path}`);
      continue;
    }
    const at = (name: string) => {
      const i = decoded.indexOf(name, 4);
      return i === -1 ? undefined : decoded[i + 1];
    };
    if (expected.projectId !== undefined && decoded[4] !== expected.projectId)
      problems.push(`project segment changed in ${entry.path}`);
    if (
      expected.catalogId !== undefined &&
      at("catalogs") !== undefined &&
      at("catalogs") !== expected.catalogId
    )
      problems.push(`catalog segment changed in ${entry.path}`);
    if (
      expected.schemaName !== undefined &&
      at("schemas") !== undefined &&
      at("schemas") !== expected.schemaName
    )
      problems.push(`schema segment changed in ${entry.path}`);
    if (expected.cacheId !== undefined && decoded[5] === "cache" && decoded.length > 6) {
      const id = decoded[6];
      if (id !== "status" && id !== "batch" && id !== expected.cacheId)
        problems.push(`cache segment changed in ${entry.path}`);
    }
  }
  return problems;
}

const BODY_SCHEMAS: [RegExp, string, boolean][] = [
  [/^POST \/api\/v1\/data\/projects\/[^/]+\/cache$/, "CacheRequest", false],
  [/^POST \/api\/v1\/data\/projects\/[^/]+\/cache\/batch$/, "CacheRequest", true],
  [/^PUT \/api\/v1\/data\/projects\/[^/]+\/cache\/[^/]+$/, "CacheSettingsUpdateRequest", false],
  [/^POST \/api\/v1\/data\/projects\/[^/]+\/search$/, "SearchRequest", false],
];

/** A body must match the vendor schema of its operation, and every schedule in it must be a positive duration. */
export function bodyProblems(call: { method: string; path: string; body: string | null }): string[] {
  const key = `${call.method} ${call.path.split("?")[0]}`;
  const rule = BODY_SCHEMAS.find(([pattern]) => pattern.test(key));
  if (!rule) return call.body ? [`unexpected body on ${key}`] : [];
  let body: unknown;
  try {
    body = JSON.parse(call.body ?? "");
  } catch {
    return [`body of ${key} is not JSON`];
  }
  const problems = schemaErrors(rule[1], body, rule[2]).map(
    (e) => `${key}: ${e.instancePath} ${e.message ?? "invalid"}`,
  );
  for (const item of [body].flat() as Record<string, unknown>[]) {
    for (const field of ["incrementalCacheSchedule", "fullRefreshCacheSchedule"]) {
      const expression = (item?.[field] as { expression?: unknown } | null | undefined)?.expression;
      if (expression === undefined || expression === null) continue;
      const parsed = typeof expression === "string" ? parseIsoDuration(expression) : null;
      if (!parsed?.ok || (parsed.seconds <= 0n && parsed.nanos === 0))
        problems.push(`${key}: ${field} ${JSON.stringify(expression)} is not a positive duration`);
    }
  }
  return problems;
}

/** The path segments an action's payload may put into Partner API calls (a payload naming caches: any of them). */
export function expectedSegments(payload: unknown): Record<string, string>[] {
  const p = (payload ?? {}) as { projectId?: unknown; cacheId?: unknown; cacheIds?: unknown };
  // No caches named (a project-wide call, such as a freshness target's project default): the project alone.
  const cacheIds: unknown[] = Array.isArray(p.cacheIds) && p.cacheIds.length > 0 ? p.cacheIds : [p.cacheId];
  return cacheIds.map(
    (cacheId) =>
      Object.fromEntries(
        Object.entries({ projectId: p.projectId, cacheId }).filter(([, v]) => typeof v === "string"),
      ) as Record<string, string>,
  );
}
