import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi, seg } from "./helpers/api-client";
import { expectError, expectShape } from "./helpers/matchers";
import { schemaErrors } from "./helpers/openapi-schemas";
import { sourceDistinct, sourceRowCount } from "./helpers/sandbox-data";
import { type RunningSandbox, startSandbox, removeDataDir } from "./helpers/sandbox-process";

type Catalog = { id: string; name: string; catalogType: string };
type Table = {
  tableName: string;
  isCacheable: boolean;
  isDynamicTable: boolean;
  supportedCacheTypes: string[];
};

const P = "/data/projects/demoPrj1";
let sandbox: RunningSandbox;
let api: Api;
let ids: Record<string, string>;

beforeAll(async () => {
  sandbox = await startSandbox();
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  const catalogs = (await api.get(`${P}/catalogs`)).body as Catalog[];
  ids = Object.fromEntries(catalogs.map((c) => [c.name, c.id]));
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

const tables = async (catalog: string, schema: string): Promise<Table[]> =>
  (await api.get(`${P}/catalogs/${ids[catalog]}/schemas/${seg(schema)}/tables`)).body as Table[];

describe("catalog browsing", () => {
  it("the schema checker itself rejects a wrong shape", () => {
    expect(schemaErrors("Catalog", { id: 7, name: [] })).not.toEqual([]);
  });

  it("lists catalogs including the built-ins internal (1) and query (2)", async () => {
    const res = await api.get(`${P}/catalogs`);
    expectShape(res, "Catalog", { array: true });
    const list = res.body as Catalog[];
    expect(list.find((c) => c.id === "1")?.catalogType).toBe("internal");
    expect(list.find((c) => c.id === "2")?.catalogType).toBe("query");
    expect(list.map((c) => c.name)).toEqual(expect.arrayContaining(["payment", "crm", "warehouse"]));
    expectShape(await api.get(`${P}/catalogs/${ids.payment}`), "Catalog");
  });

  it("lists schemas and tables with caching flags", async () => {
    expectShape(await api.get(`${P}/catalogs/${ids.payment}/schemas`), "Schema", { array: true });
    const res = await api.get(`${P}/catalogs/${ids.payment}/schemas/public/tables`);
    expectShape(res, "Table", { array: true });
    const names = (res.body as Table[]).map((t) => t.tableName);
    expect(names).toEqual(
      expect.arrayContaining(["customers", "charges", "invoices", "refunds", "subscriptions"]),
    );
    const disputes = (res.body as Table[]).find((t) => t.tableName === "disputes_live");
    expect(disputes).toMatchObject({ isCacheable: false, supportedCacheTypes: [] });
    const [balances] = await tables("payment", "reporting");
    expect(balances).toMatchObject({ isCacheable: true, supportedCacheTypes: ["FULL_REFRESH"] });
    const lookup = (await tables("crm", "sales")).find((t) => t.tableName === "contact_lookup");
    expect(lookup?.isDynamicTable).toBe(true);
  });

  it("lists columns, including _q_ parameters of the dynamic table", async () => {
    const res = await api.get(`${P}/catalogs/${ids.crm}/schemas/sales/tables/contact_lookup/columns`);
    expectShape(res, "ColumnDetail", { array: true });
    expect((res.body as { name: string }[]).map((c) => c.name)).toContain("_q_email");
  });

  it("reports isCached for a table", async () => {
    const res = await api.get(`${P}/catalogs/${ids.payment}/schemas/public/tables/refunds/isCached`);
    expectShape(res, "TableCacheResult");
    expect(res.body).toEqual({
      isCached: false,
      isCacheable: true,
      supportedCacheTypes: ["FULL_REFRESH", "INCREMENTAL"],
    });
  });

  it("decodes percent-encoded names with spaces, slashes, quotes and non-Latin letters", async () => {
    const schemas = (await api.get(`${P}/catalogs/${ids.crm}/schemas`)).body as { schemaName: string }[];
    const odd = schemas.map((s) => s.schemaName).find((s) => s.includes("/"));
    expect(odd).toBeDefined();
    const [table] = await tables("crm", odd ?? "");
    expect(table?.tableName).toMatch(/顧客/);
    const columns = await api.get(
      `${P}/catalogs/${ids.crm}/schemas/${seg(odd ?? "")}/tables/${seg(table?.tableName ?? "")}/columns`,
    );
    expectShape(columns, "ColumnDetail", { array: true });
  });

  it("answers 404 for unknown catalogs, schemas and tables", async () => {
    expectError(await api.get(`${P}/catalogs/999`), 404, "CATALOG_NOT_FOUND");
    expectError(await api.get(`${P}/catalogs/${ids.payment}/schemas/nope/tables`), 404, "SCHEMA_NOT_FOUND");
    expectError(
      await api.get(`${P}/catalogs/${ids.payment}/schemas/public/tables/nope/columns`),
      404,
      "TABLE_NOT_FOUND",
    );
    expectError(await api.get(`${P}/catalogs/${ids.payment}/schemas/%E0%A4%A/tables`), 400, "INVALID_PATH");
  });
});

describe("built-in catalogs", () => {
  it("the query catalog (2) holds saved queries as tables and the internal one (1) internal and BI tables", async () => {
    const querySchemas = await api.get(`${P}/catalogs/2/schemas`);
    expectShape(querySchemas, "Schema", { array: true });
    expect((querySchemas.body as { schemaName: string }[]).map((s) => s.schemaName)).toEqual(["query"]);
    const queries = await api.get(`${P}/catalogs/2/schemas/query/tables`);
    expectShape(queries, "Table", { array: true });
    const saved = queries.body as Table[];
    expect(saved.map((t) => t.tableName)).toContain("samplequery");
    expect(saved.every((t) => !t.isCacheable && t.supportedCacheTypes.length === 0)).toBe(true);
    const columns = await api.get(`${P}/catalogs/2/schemas/query/tables/samplequery/columns`);
    expectShape(columns, "ColumnDetail", { array: true });
    expect((columns.body as { name: string }[]).map((c) => c.name)).toContain("amount");
    const internal = (await api.get(`${P}/catalogs/1/schemas`)).body as { schemaName: string }[];
    expect(internal.map((s) => s.schemaName).sort()).toEqual(["bitable", "table"]);
    expect((await api.get(`${P}/catalogs/1/schemas/table/tables`)).body).not.toEqual([]);
  });

  it("refuses to cache a saved query, as it is not cacheable", async () => {
    const body = { catalogId: "2", schemaName: "query", tableName: "samplequery" };
    expectError(await api.post(`${P}/cache`, body), 400, "TABLE_NOT_CACHEABLE");
  });
});

describe("table statistics", () => {
  const path = (catalog: string, schema: string, table: string) =>
    `${P}/catalogs/${catalog}/schemas/${seg(schema)}/tables/${seg(table)}/statistics`;

  it("answers TableStatistics with the vendor's distinctFraction convention, from the source rows", async () => {
    const res = await api.get(path(ids.payment ?? "", "public", "refunds"));
    expectShape(res, "TableStatistics");
    const body = res.body as {
      catalogId: string;
      tableName: string;
      columnStatistics: { columnName: string; distinctFraction: number }[];
    };
    expect(body).toMatchObject({ catalogId: ids.payment, schemaName: "public", tableName: "refunds" });
    const byName = new Map(body.columnStatistics.map((c) => [c.columnName, c.distinctFraction]));
    expect([...byName.keys()]).toEqual([
      "id",
      "refund_ref",
      "charge_id",
      "amount",
      "reason",
      "status",
      "created_at",
    ]);
    expect(byName.get("id")).toBe(-1);
    // Few distinct values: their count (the vendor example's last_update is 1.0); many: minus their share of rows.
    const reasons = sourceDistinct(sandbox.dataDir, "payment", "public", "refunds", "reason");
    expect(reasons).toBeLessThan(100);
    expect(byName.get("reason")).toBe(reasons);
    const charges = sourceDistinct(sandbox.dataDir, "payment", "public", "refunds", "charge_id");
    const rows = sourceRowCount(sandbox.dataDir, "payment", "public", "refunds");
    expect(byName.get("charge_id")).toBeCloseTo(-charges / rows, 3);
  });

  it("answers an empty list for metadata-only tables and 404 for unknown ones", async () => {
    const saved = await api.get(path("2", "query", "samplequery"));
    expectShape(saved, "TableStatistics");
    expect(saved.body).toMatchObject({ columnStatistics: [] });
    expectError(await api.get(path(ids.payment ?? "", "public", "nope")), 404, "TABLE_NOT_FOUND");
    expectError(await api.get(path("999", "public", "refunds")), 404, "CATALOG_NOT_FOUND");
  });
});

describe("connections", () => {
  it("lists the project's connections, one per connected catalog, and reads one", async () => {
    const res = await api.get("/connections/demoPrj1");
    expectShape(res, "Connection", { array: true });
    const list = res.body as { id: string; name: string; type: string }[];
    const catalogs = (await api.get(`${P}/catalogs`)).body as (Catalog & { connectionId: string | null })[];
    const connected = catalogs.filter((c) => c.connectionId !== null);
    expect(list.map((c) => c.id).sort()).toEqual(connected.map((c) => c.connectionId).sort());
    const payment = connected.find((c) => c.name === "payment");
    const one = await api.get(`/connections/demoPrj1/${payment?.connectionId ?? ""}`);
    expectShape(one, "Connection");
    expect(one.body).toMatchObject({ id: payment?.connectionId, type: payment?.catalogType });
  });

  it("keeps projects apart: 404 for another project's connection, 403 for another project's key", async () => {
    const [first] = (await api.get("/connections/demoPrj1")).body as { id: string }[];
    expectError(await api.get(`/connections/demoPrj2/${first?.id ?? ""}`), 404, "CONNECTION_NOT_FOUND");
    const otherKey = sandbox.keys.projects.find((p) => p.id === "demoPrj2")?.apiKey;
    expectError(await api.get("/connections/demoPrj1", otherKey), 403, "FORBIDDEN");
    expectError(await api.get("/connections/nope"), 404, "PROJECT_NOT_FOUND");
  });
});

describe("large catalog and search", () => {
  it("has at least 200 schemas and 20,000 tables, listed in pages by search", async () => {
    const schemas = (await api.get(`${P}/catalogs/${ids.warehouse}/schemas`)).body as unknown[];
    expect(schemas.length).toBeGreaterThanOrEqual(200);
    let offset: number | null = 0;
    let total = 0;
    while (offset !== null) {
      const res = await api.post(`${P}/search`, { catalog: "warehouse", query: "_", limit: 1000, offset });
      expectShape(res, "SearchResult");
      const body = res.body as { matchedTables: unknown[]; meta: { page: { nextOffset: number | null } } };
      total += body.matchedTables.length;
      offset = body.meta.page.nextOffset;
    }
    expect(total).toBeGreaterThanOrEqual(20_000);
  });

  it("matches catalogs, schemas and tables case-insensitively", async () => {
    const res = await api.post(`${P}/search`, { query: "CUSTOM" });
    const body = res.body as { matchedTables: { catalog: string; table: string }[] };
    expect(body.matchedTables).toContainEqual({ catalog: "payment", schema: "public", table: "customers" });
    const catalogs = await api.post(`${P}/search`, { query: "paym", unknownField: true });
    expect((catalogs.body as { matchedCatalogs: { catalog: string }[] }).matchedCatalogs[0]?.catalog).toBe(
      "payment",
    );
  });

  it("rejects a malformed search body with 400", async () => {
    expectError(await api.post(`${P}/search`, { query: 5 }), 400, "INVALID_BODY");
    expectError(await api.post(`${P}/search`, { limit: -1 }), 400, "INVALID_PARAMETER");
  });
});
