import { NextResponse } from "next/server";

import { withUser } from "@/lib/server/auth/route-guard";
import { listCacheSummaries } from "@/lib/server/cache-overview";
import { toPublicError } from "@/lib/server/peaka";
import { logger } from "@/lib/server/logger";

export const dynamic = "force-dynamic";

export const GET = withUser<{ projectId: string }>("viewer", async (_request, { params }) => {
  try {
    const caches = await listCacheSummaries(params.projectId);
    return NextResponse.json({ caches, fetchedAt: new Date().toISOString() });
  } catch (error) {
    const publicError = toPublicError(error);
    logger.warn({ err: error, projectId: params.projectId }, "caches overview failed");
    const status = publicError.kind === "not-found" ? 404 : 502;
    return NextResponse.json({ error: publicError }, { status });
  }
});
