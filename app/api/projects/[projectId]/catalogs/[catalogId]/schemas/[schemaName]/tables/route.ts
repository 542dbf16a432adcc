import { tableKey } from "@/lib/schemas/wizard";
import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { allEnded } from "@/lib/server/peaka/concurrency";
import { answer } from "@/lib/server/route-response";
import type { WizardTable } from "@/lib/wizard/types";

export const dynamic = "force-dynamic";

type Params = { projectId: string; catalogId: string; schemaName: string };

/** Tables with their caching flags, joined with the cache list so "already cached" can link to the cache. */
export const GET = withUser<Params>("viewer", (_request, { params }) =>
  answer(async (): Promise<WizardTable[]> => {
    const peaka = getPeaka();
    const [tables, statuses] = await allEnded([
      peaka.listTables(params.projectId, params.catalogId, params.schemaName),
      peaka.listCacheStatuses(params.projectId),
    ]);
    const cacheIds = new Map(statuses.map((status) => [tableKey(status), status.id]));
    return tables.map((table) => {
      const cacheId =
        cacheIds.get(
          tableKey({ catalogId: table.catalogId, schemaName: table.schemaName, tableName: table.name }),
        ) ?? null;
      return { ...table, cached: table.cached || cacheId !== null, cacheId };
    });
  }),
);
