import * as z from "zod/mini";

/** The audit page's filters as they travel in the address; dates are whole UTC days. */
export type AuditQuery = { actor: string; action: string; target: string; from: string; to: string };

export const EMPTY_AUDIT_QUERY: AuditQuery = { actor: "", action: "", target: "", from: "", to: "" };

const day = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

type Params = Record<string, string | string[] | undefined> | URLSearchParams;

function read(params: Params, key: keyof AuditQuery): string {
  const raw = params instanceof URLSearchParams ? params.get(key) : params[key];
  const value = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  return value.trim();
}

const validDay = (value: string) =>
  day.safeParse(value).success && !Number.isNaN(Date.parse(value)) ? value : "";

/** Reads the filters; an unknown actor or action, a malformed date or an over-long text is dropped, not an error. */
export function readAuditQuery(params: Params, known: { actors: string[]; actions: string[] }): AuditQuery {
  const actor = read(params, "actor");
  const action = read(params, "action");
  const target = read(params, "target");
  return {
    actor: known.actors.includes(actor) ? actor : "",
    action: known.actions.includes(action) ? action : "",
    target: target.slice(0, 200),
    from: validDay(read(params, "from")),
    to: validDay(read(params, "to")),
  };
}

/** The store's filter: a day range covers the first to the last millisecond of those UTC days. */
export function toAuditFilter(query: AuditQuery) {
  return {
    actor: query.actor || undefined,
    action: query.action || undefined,
    target: query.target || undefined,
    from: query.from ? `${query.from}T00:00:00.000Z` : undefined,
    to: query.to ? `${query.to}T23:59:59.999Z` : undefined,
  };
}

export function auditQueryString(query: AuditQuery): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  return params.toString();
}

export const isFiltered = (query: AuditQuery): boolean => auditQueryString(query) !== "";
