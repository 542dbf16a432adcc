import { NextResponse, type NextRequest } from "next/server";

import { ACTION_BODY_LIMIT_BYTES } from "@/lib/action-body-limit";

// Next.js refuses a server action body over its limit only after routing, and that refusal reaches the caller as a
// 500. Refusing here, from the declared length, answers first and plainly. Only action calls run this (see matcher),
// so reads and page loads pay nothing for it.
export function proxy(request: NextRequest) {
  if (request.method !== "POST") return NextResponse.next();
  const declared = request.headers.get("content-length");
  if (declared === null) {
    return plain(
      411,
      "Send this request with a Content-Length header; the console does not read unsized bodies.",
    );
  }
  const length = Number(declared);
  if (!Number.isSafeInteger(length) || length < 0) {
    return plain(
      400,
      "The request's Content-Length is not a number of bytes. Send it again from the console.",
    );
  }
  if (length > ACTION_BODY_LIMIT_BYTES) {
    return plain(
      413,
      "This request is larger than the console accepts (1 MB). Shorten the values you entered and try again.",
    );
  }
  return NextResponse.next();
}

function plain(status: number, message: string) {
  return new NextResponse(message, {
    status,
    headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
  });
}

export const config = {
  matcher: [{ source: "/:path*", has: [{ type: "header", key: "next-action" }] }],
};
