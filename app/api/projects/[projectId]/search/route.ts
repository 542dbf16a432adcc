import { z } from "zod";

import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { answer, refuse } from "@/lib/server/route-response";
import type { WizardSearchResults } from "@/lib/wizard/types";

export const dynamic = "force-dynamic";

const searchBody = z.object({ query: z.string().trim().min(2, "Type at least 2 characters.").max(200) });
const LIMIT = 50;

/** Project-wide table search; hits name catalogs by query name, so they are resolved to ids here. */
export const POST = withUser<{ projectId: string }>("viewer", async (request, { params }) => {
  const parsed = searchBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return refuse(400, parsed.error.issues[0]?.message ?? 'Send {"query": "…"}.');
  }
  return answer(async (): Promise<WizardSearchResults> => {
    const peaka = getPeaka();
    const [results, catalogs] = await Promise.all([
      peaka.searchTables(params.projectId, { query: parsed.data.query, limit: LIMIT }),
      peaka.listCatalogs(params.projectId),
    ]);
    const byName = new Map(catalogs.map((catalog) => [catalog.name, catalog]));
    const tables = results.tables.flatMap((hit) => {
      const catalog = byName.get(hit.catalog);
      if (!catalog || !hit.schema || !hit.table) return [];
      return [
        {
          catalogId: catalog.id,
          catalogName: catalog.displayName || catalog.name,
          schemaName: hit.schema,
          tableName: hit.table,
        },
      ];
    });
    return { tables, more: results.nextOffset !== null, raw: { nextOffset: results.nextOffset } };
  });
});
