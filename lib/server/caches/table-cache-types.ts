import "server-only";

import type { SupportedTypes } from "@/lib/caches/cache-capabilities";

import { getPeaka } from "../peaka";

type TableRef = { catalogId: string; schemaName: string; tableName: string };

// What a table supports does not change with its cache, so it is read once in a while, not on every poll.
const FRESH_MS = 10 * 60_000;
type Memo = Map<string, { at: number; types: SupportedTypes }>;
const shared = globalThis as typeof globalThis & { __tableCacheTypes?: Memo };
const memo: Memo = (shared.__tableCacheTypes ??= new Map() as Memo);

/** The table's supported cache types, or null when Peaka does not say or cannot be asked right now. */
export async function tableCacheTypes(projectId: string, table: TableRef): Promise<SupportedTypes> {
  const key = [projectId, table.catalogId, table.schemaName, table.tableName].join("\u0000");
  const hit = memo.get(key);
  if (hit && Date.now() - hit.at < FRESH_MS) return hit.types;
  try {
    const state = await getPeaka().isTableCached(projectId, table);
    const types = state.supportedCacheTypes ?? null;
    memo.set(key, { at: Date.now(), types });
    return types;
  } catch {
    // Only a hint for which buttons to offer: when unknown, the console lets Peaka decide.
    return null;
  }
}
