import { NextResponse } from "next/server";

import { withUser } from "@/lib/server/auth/route-guard";
import { listCacheSummaries } from "@/lib/server/cache-overview";
import { toPublicError } from "@/lib/server/peaka";
import { logger } from "@/lib/server/logger";

export const dynamic = "force-dynamic";

// Gzip costs more time than it saves on a few kilobytes polled over and over; a large project still compresses.
const COMPRESS_FROM_BYTES = 8 * 1024;

export const GET = withUser<{ projectId: string }>("viewer", async (_request, { params }) => {
  try {
    const caches = await listCacheSummaries(params.projectId);
    const body = JSON.stringify({ caches, fetchedAt: new Date().toISOString() });
    const cacheControl =
      body.length < COMPRESS_FROM_BYTES ? "private, no-store, no-transform" : "private, no-store";
    return new NextResponse(body, {
      headers: { "content-type": "application/json", "cache-control": cacheControl },
    });
  } catch (error) {
    const publicError = toPublicError(error);
    logger.warn({ err: error, projectId: params.projectId }, "caches overview failed");
    const status = publicError.kind === "not-found" ? 404 : 502;
    return NextResponse.json({ error: publicError }, { status });
  }
});
