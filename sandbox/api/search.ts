import { type CatalogView } from "../catalog/types";

export type SearchRequest = {
  catalog?: string;
  schema?: string;
  query: string;
  limit: number;
  offset: number;
};
type Hit = { catalog: string; schema: string | null; table: string | null };

// Case-insensitive "contains" over names; each list is paged with the same limit/offset. NFC first, so "région"
// typed with a combining accent still finds the name stored precomposed (and the other way round).
export function searchCatalogs(catalogs: CatalogView[], req: SearchRequest) {
  // ASCII names (nearly all) skip the normalisation.
  const fold = (text: string): string =>
    (/[^\x00-\x7f]/.test(text) ? text.normalize("NFC") : text).toLowerCase();
  const needle = fold(req.query);
  const matches = (name: string): boolean => fold(name).includes(needle);
  const catalogHits: Hit[] = [];
  const schemaHits: Hit[] = [];
  const tableHits: Hit[] = [];
  for (const catalog of catalogs) {
    const name = catalog.row.name;
    if (req.catalog !== undefined && name !== req.catalog) continue;
    if (matches(name)) catalogHits.push({ catalog: name, schema: null, table: null });
    for (const schema of catalog.schemaNames()) {
      if (req.schema !== undefined && schema !== req.schema) continue;
      if (matches(schema)) schemaHits.push({ catalog: name, schema, table: null });
      for (const table of catalog.tables(schema) ?? []) {
        if (matches(table.tableName)) tableHits.push({ catalog: name, schema, table: table.tableName });
      }
    }
  }
  const end = req.offset + req.limit;
  const more = [catalogHits, schemaHits, tableHits].some((list) => list.length > end);
  const page = <T>(list: T[]): T[] => list.slice(req.offset, end);
  return {
    matchedCatalogs: page(catalogHits),
    matchedSchemas: page(schemaHits),
    matchedTables: page(tableHits),
    meta: {
      page: { limit: req.limit, offset: req.offset, nextOffset: more ? end : null },
      query: { inputQuery: req.query },
    },
  };
}
