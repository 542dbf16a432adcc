import { NextResponse } from "next/server";

import { withUser } from "@/lib/server/auth/route-guard";
import { getCacheDetail } from "@/lib/server/caches/detail";
import { logger } from "@/lib/server/logger";
import { toPublicError } from "@/lib/server/peaka";

export const dynamic = "force-dynamic";

type Params = { projectId: string; cacheId: string };

export const GET = withUser<Params>("viewer", async (_request, { params }) => {
  try {
    const detail = await getCacheDetail(params.projectId, params.cacheId);
    if (!detail) {
      return NextResponse.json(
        { error: { kind: "not-found", message: "This cache does not exist. It may have been deleted." } },
        { status: 404 },
      );
    }
    return NextResponse.json(detail);
  } catch (error) {
    logger.warn({ err: error, ...params }, "cache detail failed");
    return NextResponse.json({ error: toPublicError(error) }, { status: 502 });
  }
});
