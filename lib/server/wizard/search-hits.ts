import "server-only";

import { unavailableReason } from "@/lib/wizard/table-capability";
import { tableKey } from "@/lib/wizard/table-modes";
import type { CatalogSummary, SearchResults, TableSummary } from "@/lib/types";
import type { WizardSearchHit } from "@/lib/wizard/types";

import { allEnded } from "../peaka/concurrency";

type ListTables = (catalogId: string, schemaName: string) => Promise<TableSummary[]>;

// A page of 50 hits can span 50 schemas; more reads than this per search would load Peaka for a hint.
const MAX_SCHEMA_READS = 8;

/**
 * Resolves the vendor's name-based hits to catalog ids and says of each table whether it can be cached, from its
 * schema's table list (one read per schema, for the first few schemas on the page). A schema that is not read, or
 * cannot be, leaves its tables unchecked rather than failing the search.
 */
export async function searchHits(
  results: SearchResults,
  catalogs: CatalogSummary[],
  cachedKeys: Set<string>,
  listTables: ListTables,
): Promise<WizardSearchHit[]> {
  const byName = new Map(catalogs.map((catalog) => [catalog.name, catalog]));
  const base = (catalog: string) => {
    const found = byName.get(catalog);
    return found ? { catalogId: found.id, catalogName: found.name } : null;
  };
  const schemas = new Map<string, Promise<Map<string, TableSummary> | null>>();
  const tablesOf = (catalogId: string, schemaName: string) => {
    const key = `${catalogId}/${schemaName}`;
    if (!schemas.has(key) && schemas.size >= MAX_SCHEMA_READS) return Promise.resolve(null);
    if (!schemas.has(key)) {
      schemas.set(
        key,
        listTables(catalogId, schemaName).then(
          (tables) => new Map(tables.map((t) => [t.name, t])),
          () => null,
        ),
      );
    }
    return schemas.get(key) ?? Promise.resolve(null);
  };
  const tables = await allEnded(
    results.tables.map(async (hit): Promise<WizardSearchHit[]> => {
      const at = base(hit.catalog);
      if (!at || !hit.schema || !hit.table) return [];
      const listed = (await tablesOf(at.catalogId, hit.schema))?.get(hit.table);
      const cached = cachedKeys.has(
        tableKey({ catalogId: at.catalogId, schemaName: hit.schema, tableName: hit.table }),
      );
      const unavailable = listed
        ? unavailableReason({ ...listed, cached: listed.cached || cached, cacheId: null })
        : cached
          ? "Already cached"
          : null;
      return [
        {
          kind: "table",
          ...at,
          schemaName: hit.schema,
          tableName: hit.table,
          checked: !!listed,
          unavailable,
        },
      ];
    }),
  );
  const schemaHits = results.schemas.flatMap((hit): WizardSearchHit[] => {
    const at = base(hit.catalog);
    return at && hit.schema
      ? [
          {
            kind: "schema",
            ...at,
            schemaName: hit.schema,
            tableName: null,
            checked: false,
            unavailable: null,
          },
        ]
      : [];
  });
  const catalogHits = results.catalogs.flatMap((hit): WizardSearchHit[] => {
    const at = base(hit.catalog);
    return at
      ? [{ kind: "catalog", ...at, schemaName: null, tableName: null, checked: false, unavailable: null }]
      : [];
  });
  return [...catalogHits, ...schemaHits, ...tables.flat()];
}
