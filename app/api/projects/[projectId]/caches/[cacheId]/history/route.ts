import { historyQuerySchema } from "@/lib/schemas/cache-operations";
import { withUser } from "@/lib/server/auth/route-guard";
import { CACHE_NOT_FOUND, getCacheHistory } from "@/lib/server/caches/detail";
import { answer, refuse } from "@/lib/server/route-response";

export const dynamic = "force-dynamic";

type Params = { projectId: string; cacheId: string };

export const GET = withUser<Params>("viewer", (request, { params }) => {
  const url = new URL(request.url);
  const query = historyQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    return Promise.resolve(
      refuse(400, "Use limit 1–100 and an offset of 0 or more, for example ?limit=10&offset=0."),
    );
  }
  const { limit, offset } = query.data;
  return answer(() => getCacheHistory(params.projectId, params.cacheId, limit, offset), {
    notFound: CACHE_NOT_FOUND,
    context: params,
  });
});
