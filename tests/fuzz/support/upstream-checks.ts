import type { ProxyLogEntry } from "../../support/fault-proxy";

/**
 * Every Partner API call must keep each console-supplied value as exactly one path segment:
 * no "." or ".." segments (the URL parser would walk them), and the value at each named position intact.
 */
export function upstreamProblems(entries: ProxyLogEntry[], expected: Record<string, string>): string[] {
  return upstreamProblemsAny(entries, [expected]);
}

/** As upstreamProblems, but an entry may belong to any of `recent` (a late answer from the previous input). */
export function upstreamProblemsAny(entries: ProxyLogEntry[], recent: Record<string, string>[]): string[] {
  return entries.flatMap((entry) => {
    const each = recent.map((expected) => problemsOf([entry], expected));
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
