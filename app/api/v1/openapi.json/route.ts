import { NextResponse } from "next/server";

import { openApiDocument } from "@/lib/server/api/openapi";

/** Public: it describes the API and holds nothing secret; every operation it lists needs a token. */
export function GET(request: Request): Response {
  return NextResponse.json(openApiDocument(new URL(request.url).origin), {
    headers: { "cache-control": "no-store" },
  });
}

export const dynamic = "force-dynamic";
