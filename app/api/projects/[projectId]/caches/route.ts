import { NextResponse } from "next/server";

import { withUser } from "@/lib/server/auth/route-guard";
import { listCacheSummaries } from "@/lib/server/cache-overview";
import { answer } from "@/lib/server/route-response";

export const dynamic = "force-dynamic";

// Gzip costs more time than it saves on a few kilobytes polled over and over; a large project still compresses.
const COMPRESS_FROM_BYTES = 8 * 1024;

export const GET = withUser<{ projectId: string }>("viewer", (_request, { params }) =>
  answer(() => listCacheSummaries(params.projectId), {
    context: { projectId: params.projectId },
    respond: (caches) => {
      const body = JSON.stringify({ caches, fetchedAt: new Date().toISOString() });
      const cacheControl =
        body.length < COMPRESS_FROM_BYTES ? "private, no-store, no-transform" : "private, no-store";
      return new NextResponse(body, {
        headers: { "content-type": "application/json", "cache-control": cacheControl },
      });
    },
  }),
);
