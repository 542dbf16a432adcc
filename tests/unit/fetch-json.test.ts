import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { FetchJsonError, fetchJson, isNotFound } from "@/lib/queries/fetch-json";

// A real server answering like lib/server/route-response.ts does; the browser-side reader keeps the kind.
let server: Server;
let base = "";
const ANSWERS: Record<string, [number, unknown]> = {
  "/gone": [
    404,
    { error: { kind: "not-found", message: "This cache does not exist. It may have been deleted." } },
  ],
  "/peaka-down": [502, { error: { kind: "upstream", status: 503, message: "Peaka is not answering." } }],
  "/odd-kind": [502, { error: { kind: "made-up", message: "Odd." } }],
  "/html": [500, "<html>oops</html>"],
  "/ok": [200, { fine: true }],
};

beforeAll(async () => {
  server = createServer((request, response) => {
    const [status, body] = ANSWERS[request.url ?? ""] ?? [404, null];
    response.writeHead(status, {
      "content-type": typeof body === "string" ? "text/html" : "application/json",
    });
    response.end(typeof body === "string" ? body : JSON.stringify(body));
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const failureOf = (path: string) =>
  fetchJson(`${base}${path}`).then(
    () => null,
    (error: unknown) => error,
  );

describe("fetchJson", () => {
  it("keeps the handler's kind and message, so no caller matches error text", async () => {
    const gone = await failureOf("/gone");
    expect(gone).toBeInstanceOf(FetchJsonError);
    expect(gone).toMatchObject({ kind: "not-found", status: 404 });
    expect(isNotFound(gone)).toBe(true);
    const down = await failureOf("/peaka-down");
    expect(down).toMatchObject({ kind: "upstream", status: 502, message: "Peaka is not answering." });
    expect(isNotFound(down)).toBe(false);
  });

  it("gives no kind for an unknown one or a body that is not ours, with a message that still helps", async () => {
    expect(await failureOf("/odd-kind")).toMatchObject({ kind: null, message: "Odd." });
    expect(await failureOf("/html")).toMatchObject({
      kind: null,
      message: "The console could not load this (HTTP 500). Try again.",
    });
    expect(await fetchJson(`${base}/ok`)).toEqual({ fine: true });
  });
});
