import { withUser } from "@/lib/server/auth/route-guard";
import { CACHE_NOT_FOUND, getCacheDetail } from "@/lib/server/caches/detail";
import { answer } from "@/lib/server/route-response";

export const dynamic = "force-dynamic";

type Params = { projectId: string; cacheId: string };

export const GET = withUser<Params>("viewer", (_request, { params }) =>
  answer(() => getCacheDetail(params.projectId, params.cacheId), {
    notFound: CACHE_NOT_FOUND,
    context: params,
  }),
);
