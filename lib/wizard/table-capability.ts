import { CACHE_MODES, type CacheMode, MODE_REQUIRES } from "@/lib/wizard/table-modes";
import type { WizardTable } from "@/lib/wizard/types";

export function selectable(table: WizardTable): boolean {
  return table.cacheable && !table.cached && !table.dynamic;
}

export function unavailableReason(table: WizardTable): string | null {
  if (table.cached) return "Already cached";
  if (table.dynamic) return "Needs query parameters (_q_ columns), so it cannot be cached";
  if (!table.cacheable) return "Peaka cannot cache this table";
  return null;
}

/** Unknown support (null) is allowed: Peaka decides at create time and the result says so. */
export function supportsMode(table: Pick<WizardTable, "supportedCacheTypes">, mode: CacheMode): boolean {
  const supported = table.supportedCacheTypes;
  if (!supported) return true;
  if (mode === "one-time") return supported.length > 0;
  return MODE_REQUIRES[mode].every((type) => supported.includes(type));
}

export function modesFor(table: Pick<WizardTable, "supportedCacheTypes">): CacheMode[] {
  return CACHE_MODES.filter((mode) => supportsMode(table, mode));
}

export function capabilityLabel(table: WizardTable): string | null {
  const supported = table.supportedCacheTypes;
  if (!supported || !table.cacheable) return null;
  const full = supported.includes("FULL_REFRESH");
  const incremental = supported.includes("INCREMENTAL");
  if (full && !incremental) return "Full refresh only";
  if (incremental && !full) return "Incremental only";
  return null;
}
