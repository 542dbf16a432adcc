import "server-only";

import { NextResponse } from "next/server";

import { isPeakaApiError, toPublicError } from "@/lib/server/peaka";

/** Runs a read and answers JSON; Partner API failures become their plain message with a fitting status. */
export async function jsonRead<T>(read: () => Promise<T>): Promise<Response> {
  try {
    return NextResponse.json(await read(), { headers: { "cache-control": "no-store" } });
  } catch (error) {
    if (!isPeakaApiError(error)) throw error;
    const publicError = toPublicError(error);
    const status = error.kind === "not-found" ? 404 : error.kind === "validation" ? 400 : 502;
    return NextResponse.json({ error: publicError }, { status });
  }
}
