import { z } from "zod";

import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { allEnded } from "@/lib/server/peaka/concurrency";
import { answer, refuse } from "@/lib/server/route-response";
import { searchHits } from "@/lib/server/wizard/search-hits";
import { tableKey } from "@/lib/wizard/table-modes";
import type { WizardSearchResults } from "@/lib/wizard/types";

export const dynamic = "force-dynamic";

const searchBody = z.object({
  query: z.string().trim().min(2, "Type at least 2 characters.").max(200),
  offset: z.number().int().min(0).max(100_000).optional(),
});
const LIMIT = 50;

/** Project-wide search over catalog, schema and table names, a page of 50 at a time (the vendor's limit/offset). */
export const POST = withUser<{ projectId: string }>("viewer", async (request, { params }) => {
  const parsed = searchBody.safeParse(await request.json().catch(() => null));
  if (!parsed.success) {
    return refuse(400, parsed.error.issues[0]?.message ?? 'Send {"query": "…"}.');
  }
  return answer(async (): Promise<WizardSearchResults> => {
    const peaka = getPeaka();
    const { projectId } = params;
    const [results, catalogs, statuses] = await allEnded([
      peaka.searchTables(projectId, {
        query: parsed.data.query,
        limit: LIMIT,
        offset: parsed.data.offset ?? 0,
      }),
      peaka.listCatalogs(projectId),
      peaka.listCacheStatuses(projectId).catch(() => []),
    ]);
    const cached = new Set(statuses.map((status) => tableKey(status)));
    const hits = await searchHits(results, catalogs, cached, (catalogId, schemaName) =>
      peaka.listTables(projectId, catalogId, schemaName),
    );
    return { hits, nextOffset: results.nextOffset };
  });
});
