import { join } from "node:path";

import { type StateDb } from "../state/open-state";
import { createLargeCatalog } from "./large-catalog";
import { createBuiltinCatalog } from "./builtin-catalog";
import { createSourceCatalog } from "./source-catalog";
import { type CatalogRow, type CatalogView } from "./types";

export type SourceFile = { alias: string; file: string };

export type CatalogRegistry = {
  forProject(projectId: string): CatalogView[];
  find(projectId: string, catalogId: string): CatalogView | undefined;
  sources: SourceFile[];
};

type CatalogDbRow = {
  id: string;
  project_id: string;
  name: string;
  display_name: string;
  catalog_type: string;
  connection_id: string | null;
  kind: CatalogRow["kind"];
  source_file: string | null;
};

export function loadRegistry(state: StateDb, dataDir: string): CatalogRegistry {
  const rows = state.prepare("SELECT * FROM catalogs ORDER BY project_id, position").all() as CatalogDbRow[];
  const byProject = new Map<string, CatalogView[]>();
  const sources: SourceFile[] = [];
  for (const r of rows) {
    const row: CatalogRow = {
      id: r.id,
      projectId: r.project_id,
      name: r.name,
      displayName: r.display_name,
      catalogType: r.catalog_type,
      connectionId: r.connection_id,
      kind: r.kind,
      sourceFile: r.source_file,
    };
    let view: CatalogView;
    if (row.kind === "source" && row.sourceFile) {
      const alias = `src_${sources.length}`;
      const file = join(dataDir, row.sourceFile);
      sources.push({ alias, file });
      view = createSourceCatalog(row, file, alias);
    } else if (row.kind === "large") view = createLargeCatalog(row);
    else view = createBuiltinCatalog(row);
    const list = byProject.get(row.projectId) ?? [];
    list.push(view);
    byProject.set(row.projectId, list);
  }
  return {
    forProject: (projectId) => byProject.get(projectId) ?? [],
    find: (projectId, catalogId) => byProject.get(projectId)?.find((c) => c.row.id === catalogId),
    sources,
  };
}
