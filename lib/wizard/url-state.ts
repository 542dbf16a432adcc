import {
  CACHE_MODES,
  type CacheMode,
  type Schedules,
  type TableRef,
  tableKey,
} from "@/lib/wizard/table-modes";

/** Everything the wizard knows lives in the URL so back/forward, reload and sharing all work. */
export type WizardUrlState = {
  tables: TableRef[];
  mode: CacheMode | null;
  schedules: { incremental: string; fullRefresh: string };
  /** Per-table mode overrides, keyed by tableKey. */
  overrides: Record<string, CacheMode>;
  /** Where the table browser is, so a reload or shared link opens the same schema. */
  browse: { catalogId: string; schemaName: string };
  /** Idempotency key of the submission; cleared whenever the plan changes. */
  requestKey: string;
  /** The freshness target the new caches get (as typed; checked by the create action), or none. */
  target: { warnAfter: string; errorAfter: string } | null;
};

const enc = encodeURIComponent;

function decodeTable(value: string): TableRef | null {
  const parts = value.split("/");
  if (parts.length !== 3) return null;
  try {
    const [catalogId, schemaName, tableName] = parts.map((part) => decodeURIComponent(part));
    if (!catalogId || !schemaName || !tableName) return null;
    return { catalogId, schemaName, tableName };
  } catch {
    return null;
  }
}

function isMode(value: string | null): value is CacheMode {
  return value !== null && (CACHE_MODES as readonly string[]).includes(value);
}

export function encodeTable(table: TableRef): string {
  return `${enc(table.catalogId)}/${enc(table.schemaName)}/${enc(table.tableName)}`;
}

/** URLSearchParams decodes once before decodeTable decodes each segment, so escape the escapes. */
const asParam = (value: string) => value.replaceAll("%", "%25");

export function parseWizardState(params: URLSearchParams): WizardUrlState {
  const seen = new Set<string>();
  const tables: TableRef[] = [];
  for (const raw of params.getAll("t")) {
    const table = decodeTable(raw);
    if (!table || seen.has(tableKey(table))) continue;
    seen.add(tableKey(table));
    tables.push(table);
  }
  const overrides: Record<string, CacheMode> = {};
  for (const raw of params.getAll("o")) {
    const at = raw.lastIndexOf("~");
    const table = decodeTable(raw.slice(0, at));
    const mode = raw.slice(at + 1);
    if (at > 0 && table && isMode(mode)) overrides[tableKey(table)] = mode;
  }
  const mode = params.get("m");
  return {
    tables,
    mode: isMode(mode) ? mode : null,
    schedules: { incremental: params.get("i") ?? "", fullRefresh: params.get("f") ?? "" },
    overrides,
    browse: { catalogId: params.get("c") ?? "", schemaName: params.get("s") ?? "" },
    requestKey: params.get("k") ?? "",
    target: params.has("w") ? { warnAfter: params.get("w") ?? "", errorAfter: params.get("e") ?? "" } : null,
  };
}

export function serializeWizardState(state: WizardUrlState): string {
  const parts: string[] = state.tables.map((table) => `t=${asParam(encodeTable(table))}`);
  if (state.mode) parts.push(`m=${state.mode}`);
  if (state.schedules.incremental) parts.push(`i=${enc(state.schedules.incremental)}`);
  if (state.schedules.fullRefresh) parts.push(`f=${enc(state.schedules.fullRefresh)}`);
  const keys = new Set(state.tables.map(tableKey));
  for (const table of state.tables) {
    const override = state.overrides[tableKey(table)];
    if (override && keys.has(tableKey(table))) parts.push(`o=${asParam(encodeTable(table))}~${override}`);
  }
  if (state.browse.catalogId) parts.push(`c=${enc(state.browse.catalogId)}`);
  if (state.browse.catalogId && state.browse.schemaName) parts.push(`s=${enc(state.browse.schemaName)}`);
  if (state.requestKey) parts.push(`k=${enc(state.requestKey)}`);
  if (state.target) parts.push(`w=${enc(state.target.warnAfter)}`, `e=${enc(state.target.errorAfter)}`);
  return parts.join("&");
}

export function modeFor(
  state: Pick<WizardUrlState, "mode" | "overrides">,
  table: TableRef,
): CacheMode | null {
  return state.overrides[tableKey(table)] ?? state.mode;
}

export function schedulesOf(state: WizardUrlState): Schedules {
  return {
    incremental: state.schedules.incremental || null,
    fullRefresh: state.schedules.fullRefresh || null,
  };
}
