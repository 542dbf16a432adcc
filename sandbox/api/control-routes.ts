import { type Auth, type Deps } from "../deps";
import { requirePartner } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { readJsonBody } from "../http/respond";
import { type Router } from "../http/router";
import { type CacheMode } from "../seed/source-db";
import { requireObject, requireString } from "./body";

const MODES: readonly CacheMode[] = ["FULL_REFRESH", "INCREMENTAL"];
const MAX_MESSAGE = 500;

// Sandbox-only controls, outside /api/v1 so nobody mistakes them for Peaka's API; a Partner key is required.
export function addControlRoutes(router: Router<Auth>, deps: Deps): void {
  router.add("POST", "/fail-next-run", async (ctx, auth) => {
    requirePartner(auth);
    const what = "The fail-next-run request";
    const body = requireObject(await readJsonBody(ctx.req), what);
    const table = {
      projectId: requireString(body, "projectId", what),
      catalogId: requireString(body, "catalogId", what),
      schemaName: requireString(body, "schemaName", what),
      tableName: requireString(body, "tableName", what),
    };
    const mode = body.mode ?? null;
    if (mode !== null && !MODES.includes(mode as CacheMode))
      throw badRequest(
        "INVALID_BODY",
        `${what}.mode must be "FULL_REFRESH", "INCREMENTAL" or left out (either).`,
      );
    const message = body.message ?? "Injected failure: the sandbox was told to fail this run.";
    if (typeof message !== "string" || message.length === 0 || message.length > MAX_MESSAGE)
      throw badRequest("INVALID_BODY", `${what}.message must be a string of 1 to ${MAX_MESSAGE} characters.`);
    const catalog = deps.registry.find(table.projectId, table.catalogId);
    if (!catalog?.table(table.schemaName, table.tableName))
      throw notFound(
        "TABLE_NOT_FOUND",
        `There is no table ${table.schemaName}.${table.tableName} in catalog "${table.catalogId}" of project "${table.projectId}".`,
      );
    const armed = deps.failures.arm(table, mode as CacheMode | null, message);
    return { body: { ...table, mode: armed.mode, error: armed.error } };
  });

  // What reached the API, for a test that must prove every call it made was one it saw leave (tests/fuzz/).
  router.add("GET", "/requests", (ctx, auth) => {
    requirePartner(auth);
    if (!deps.requests)
      throw notFound(
        "REQUEST_LOG_OFF",
        "The request log is off: start the sandbox with SANDBOX_REQUEST_LOG=1.",
      );
    const from = Number(ctx.query.get("from") ?? "0");
    if (!Number.isInteger(from) || from < 0)
      throw badRequest(
        "INVALID_QUERY",
        "from must be a non-negative integer: the number of entries already read.",
      );
    return { body: deps.requests.slice(from) };
  });
}
