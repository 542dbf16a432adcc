import { type CatalogView, type TableInfo } from "../catalog/types";
import { type Auth, type Deps } from "../deps";
import { requireProject } from "../http/auth";
import { badRequest, notFound } from "../http/errors";
import { readJsonBody } from "../http/respond";
import { type RouteContext, type Router } from "../http/router";
import { optionalInt, requireObject } from "./body";
import { searchCatalogs } from "./search";
import { columnStatistics } from "./statistics";
import { catalogJson, columnJson, tableJson } from "./views";

const P = "/data/projects/{projectId}/catalogs";

export function findCatalog(deps: Deps, projectId: string, catalogId: string): CatalogView {
  const catalog = deps.registry.find(projectId, catalogId);
  if (!catalog)
    throw notFound("CATALOG_NOT_FOUND", `Catalog "${catalogId}" does not exist in project ${projectId}.`);
  return catalog;
}

function findTables(catalog: CatalogView, schema: string): TableInfo[] {
  const tables = catalog.tables(schema);
  if (!tables)
    throw notFound("SCHEMA_NOT_FOUND", `Schema "${schema}" does not exist in catalog "${catalog.row.name}".`);
  return tables;
}

function findTable(catalog: CatalogView, schema: string, table: string): TableInfo {
  const found = findTables(catalog, schema).find((t) => t.tableName === table);
  if (!found) throw notFound("TABLE_NOT_FOUND", `Table "${table}" does not exist in schema "${schema}".`);
  return found;
}

export function addCatalogRoutes(router: Router<Auth>, deps: Deps): void {
  const scoped = (ctx: RouteContext, auth: Auth): { projectId: string; catalog?: CatalogView } => {
    const projectId = ctx.params.projectId ?? "";
    requireProject(deps.state, auth, projectId);
    const catalogId = ctx.params.catalogId;
    return {
      projectId,
      catalog: catalogId === undefined ? undefined : findCatalog(deps, projectId, catalogId),
    };
  };
  const must = (c: CatalogView | undefined): CatalogView => {
    if (!c) throw new Error("route without catalog");
    return c;
  };

  router.add("GET", P, (ctx, auth) => {
    const { projectId } = scoped(ctx, auth);
    return { body: deps.registry.forProject(projectId).map((c) => catalogJson(c.row)) };
  });
  router.add("GET", `${P}/{catalogId}`, (ctx, auth) => ({
    body: catalogJson(must(scoped(ctx, auth).catalog).row),
  }));
  router.add("GET", `${P}/{catalogId}/schemas`, (ctx, auth) => {
    const catalog = must(scoped(ctx, auth).catalog);
    return {
      body: catalog
        .schemaNames()
        .map((s) => ({ catalogId: catalog.row.id, catalogName: catalog.row.name, schemaName: s })),
    };
  });
  router.add("GET", `${P}/{catalogId}/schemas/{schemaName}/tables`, (ctx, auth) => {
    const { projectId, catalog } = scoped(ctx, auth);
    const tables = findTables(must(catalog), ctx.params.schemaName ?? "");
    const cached = deps.repo.cachedTables(projectId, must(catalog).row.id);
    return { body: tables.map((t) => tableJson(t, cached.has(JSON.stringify([t.schemaName, t.tableName])))) };
  });
  router.add("GET", `${P}/{catalogId}/schemas/{schemaName}/tables/{tableName}/columns`, (ctx, auth) => {
    const table = findTable(
      must(scoped(ctx, auth).catalog),
      ctx.params.schemaName ?? "",
      ctx.params.tableName ?? "",
    );
    return { body: table.columns().map(columnJson) };
  });
  router.add("GET", `${P}/{catalogId}/schemas/{schemaName}/tables/{tableName}/isCached`, (ctx, auth) => {
    const { projectId, catalog } = scoped(ctx, auth);
    const table = findTable(must(catalog), ctx.params.schemaName ?? "", ctx.params.tableName ?? "");
    const cache = deps.repo.forTable(projectId, table.catalogId, table.schemaName, table.tableName);
    return {
      body: {
        isCached: cache !== undefined,
        isCacheable: table.modes.length > 0,
        supportedCacheTypes: [...table.modes],
      },
    };
  });
  router.add("GET", `${P}/{catalogId}/schemas/{schemaName}/tables/{tableName}/statistics`, (ctx, auth) => {
    const catalog = must(scoped(ctx, auth).catalog);
    const table = findTable(catalog, ctx.params.schemaName ?? "", ctx.params.tableName ?? "");
    return {
      body: {
        catalogId: table.catalogId,
        schemaName: table.schemaName,
        tableName: table.tableName,
        columnStatistics: columnStatistics(deps.store, table),
      },
    };
  });
  router.add("POST", "/data/projects/{projectId}/search", async (ctx, auth) => {
    const { projectId } = scoped(ctx, auth);
    const body = requireObject(await readJsonBody(ctx.req), "The search request");
    const text = (key: string): string | undefined => {
      const value = body[key];
      if (value === undefined || value === null) return undefined;
      if (typeof value !== "string") throw badRequest("INVALID_BODY", `${key} must be a string.`);
      return value;
    };
    const request = {
      catalog: text("catalog"),
      schema: text("schema"),
      query: text("query") ?? "",
      limit: optionalInt(body.limit, "limit", 100, 1000) || 100,
      offset: optionalInt(body.offset, "offset", 0, Number.MAX_SAFE_INTEGER),
    };
    return { body: searchCatalogs(deps.registry.forProject(projectId), request) };
  });
}
