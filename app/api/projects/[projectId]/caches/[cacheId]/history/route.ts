import { NextResponse } from "next/server";

import { historyQuerySchema } from "@/lib/schemas/cache-operations";
import { withUser } from "@/lib/server/auth/route-guard";
import { getCacheHistory } from "@/lib/server/caches/detail";
import { logger } from "@/lib/server/logger";
import { toPublicError } from "@/lib/server/peaka";

export const dynamic = "force-dynamic";

type Params = { projectId: string; cacheId: string };

export const GET = withUser<Params>("viewer", async (request, { params }) => {
  const url = new URL(request.url);
  const query = historyQuerySchema.safeParse(Object.fromEntries(url.searchParams));
  if (!query.success) {
    return NextResponse.json(
      { error: { message: "Use limit 1–100 and an offset of 0 or more, for example ?limit=10&offset=0." } },
      { status: 400 },
    );
  }
  try {
    const page = await getCacheHistory(params.projectId, params.cacheId, query.data.limit, query.data.offset);
    if (!page) {
      return NextResponse.json(
        { error: { kind: "not-found", message: "This cache does not exist. It may have been deleted." } },
        { status: 404 },
      );
    }
    return NextResponse.json(page);
  } catch (error) {
    logger.warn({ err: error, ...params }, "cache history failed");
    return NextResponse.json({ error: toPublicError(error) }, { status: 502 });
  }
});
