import "server-only";

import { getPeaka } from "./peaka";

const CATALOG_TTL_MS = 60_000;
const memo = new Map<string, { at: number; names: Promise<Map<string, string>> }>();

/**
 * Catalog id → query name (the form every screen names a table by) for a project, shared by the overview and the
 * detail page and read at most once a minute. The names are decoration: when Peaka cannot list them the map is
 * empty (not remembered) and callers show the catalog id.
 */
export function catalogNames(projectId: string): Promise<Map<string, string>> {
  const hit = memo.get(projectId);
  if (hit && Date.now() - hit.at < CATALOG_TTL_MS) return hit.names;
  const names = getPeaka()
    .listCatalogs(projectId)
    .then((catalogs) => new Map(catalogs.map((c) => [c.id, c.name])));
  memo.set(projectId, { at: Date.now(), names });
  return names.catch(() => {
    if (memo.get(projectId)?.names === names) memo.delete(projectId);
    return new Map<string, string>();
  });
}
