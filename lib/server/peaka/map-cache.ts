import "server-only";

import type { z } from "zod";

import type {
  CacheAction,
  CacheRun,
  CacheSettings,
  CacheStatusInfo,
  CacheStatusValue,
  RunKind,
} from "@/lib/types";

import { copyFromStatus, unfinishedRun } from "./map-copy";
import type { vendorCache, vendorCacheStatus, vendorExecution } from "./vendor-schemas";

type VendorExecution = z.output<typeof vendorExecution>;

const STATUS_MAP: Record<string, CacheStatusValue> = {
  RUNNING: "running",
  COMPLETED: "completed",
  FAILED: "failed",
  CANCELLED: "cancelled",
  CANCELED: "cancelled",
  NOT_INITIALIZED: "not-initialized",
  DELETED: "deleted",
};

export function toStatus(value: string | null): CacheStatusValue {
  if (!value) return "unknown";
  return STATUS_MAP[value.toUpperCase()] ?? "unknown";
}

export function toRunKind(value: string | null): RunKind | "unknown" {
  const v = (value ?? "").toUpperCase();
  if (v.includes("FULL")) return "full";
  if (v.includes("INCREMENTAL")) return "incremental";
  return "unknown";
}

/** Vendor errors are free-form objects; keep the first readable sentence. */
export function readableError(error: unknown): string | null {
  if (error === null || error === undefined || error === "") return null;
  if (typeof error === "string") return error.slice(0, 500);
  if (typeof error === "object") {
    const record = error as Record<string, unknown>;
    for (const key of ["message", "reason", "error", "detail", "description"]) {
      const value = record[key];
      if (typeof value === "string" && value.trim()) return value.trim().slice(0, 500);
    }
    const code = record.errorCode ?? record.code;
    if (typeof code === "string" || typeof code === "number") return `Error ${code}`;
    return JSON.stringify(error).slice(0, 500);
  }
  if (typeof error === "number" || typeof error === "boolean") return `Error ${error}`;
  return "The sync failed without a reason.";
}

export function toRun(raw: VendorExecution, fallbackKind: RunKind | "unknown"): CacheRun {
  const kind = toRunKind(raw.executionMode);
  return {
    id: raw.id,
    kind: kind === "unknown" ? fallbackKind : kind,
    status: toStatus(raw.status),
    startedAt: raw.createdAt,
    updatedAt: raw.updatedAt,
    finishedAt: raw.finishedAt,
    rowsCached: raw.progress?.numberOfCachedRecords ?? null,
    rowsInserted: raw.progress?.numberOfInsertedRecords ?? null,
    rowsUpdated: raw.progress?.numberOfUpdatedRecords ?? null,
    rowsDeleted: raw.progress?.numberOfDeletedRecords ?? null,
    error: readableError(raw.error),
  };
}

export function toCacheStatusInfo(raw: z.output<typeof vendorCacheStatus>): CacheStatusInfo {
  const lastFull = raw.lastFullRefreshCacheExecution
    ? toRun(raw.lastFullRefreshCacheExecution, "full")
    : null;
  const lastIncremental = raw.lastIncrementalCacheExecution
    ? toRun(raw.lastIncrementalCacheExecution, "incremental")
    : null;
  const runs = [lastFull, lastIncremental];
  const running = runs.flatMap((r) => (r && r.status === "running" && r.kind !== "unknown" ? [r.kind] : []));
  const newest = [...runs]
    .filter((r): r is CacheRun => r !== null)
    .sort((a, b) => Date.parse(b.startedAt ?? "") - Date.parse(a.startedAt ?? ""))[0];
  return {
    id: raw.id,
    catalogId: raw.catalogId,
    schemaName: raw.schemaName,
    tableName: raw.tableName,
    status: toStatus(raw.status),
    running,
    lastFull,
    lastIncremental,
    ...copyFromStatus(lastFull, lastIncremental),
    currentRun: unfinishedRun(lastFull, lastIncremental),
    lastError:
      newest?.status === "failed" ? (newest.error ?? "The last sync failed without a reason.") : null,
    actionLog: (raw.cacheActionLogs ?? []).map((a): CacheAction => ({
      at: a.timestamp,
      action: a.action ?? "",
      message: a.message ?? "",
      kind: toRunKind(a.cacheType),
      scheduled: a.isScheduled ?? false,
    })),
  };
}

export function toCacheSettings(raw: z.output<typeof vendorCache>): CacheSettings {
  return {
    id: raw.id,
    projectId: raw.projectId,
    catalogId: raw.catalogId,
    schemaName: raw.schemaName,
    tableName: raw.tableName,
    schedules: { incremental: raw.incrementalCacheSchedule, fullRefresh: raw.fullRefreshCacheSchedule },
  };
}
