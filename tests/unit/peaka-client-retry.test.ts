import { afterEach, describe, expect, it } from "vitest";

import { PeakaApiError } from "@/lib/server/peaka/errors";
import { withRequestId } from "@/lib/server/request-context";
import { backoffDelay, DEFAULT_RETRY, parseRetryAfter } from "@/lib/server/peaka/retry";

import { peakaAt, TEST_KEY } from "./support/peaka-under-test";
import { hang, json, reset, scriptedServer } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const OK_STATUSES = json(200, []);

async function failure(promise: Promise<unknown>): Promise<PeakaApiError> {
  const outcome = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(PeakaApiError);
  return outcome as PeakaApiError;
}

describe("retries of idempotent reads", () => {
  it.each([429, 502, 503, 504])("retries a GET answered with %i and then succeeds", async (status) => {
    server = await scriptedServer([json(status, { message: "busy" }), OK_STATUSES]);
    await expect(peakaAt(server.baseUrl).listCacheStatuses("p1")).resolves.toEqual([]);
    expect(server.seen).toHaveLength(2);
  });

  it("gives up after three attempts and reports the last status", async () => {
    server = await scriptedServer([json(503, { message: "down", traceId: "t-9" })]);
    const err = await failure(peakaAt(server.baseUrl).listCatalogs("p1"));
    expect(server.seen).toHaveLength(3);
    expect(err).toMatchObject({ kind: "upstream", status: 503, traceId: "t-9" });
  });

  it("honours a short Retry-After and fails fast on one longer than the bound", async () => {
    server = await scriptedServer([json(429, {}, { "Retry-After": "0" }), OK_STATUSES]);
    await expect(peakaAt(server.baseUrl).listCacheStatuses("p1")).resolves.toEqual([]);
    await server.close();

    server = await scriptedServer([json(429, { message: "slow down" }, { "Retry-After": "3600" })]);
    const err = await failure(peakaAt(server.baseUrl).listCacheStatuses("p1"));
    expect(err.kind).toBe("rate-limited");
    expect(server.seen).toHaveLength(1);
  });

  it("does not retry a 500", async () => {
    server = await scriptedServer([json(500, { message: "boom" })]);
    await failure(peakaAt(server.baseUrl).listCacheStatuses("p1"));
    expect(server.seen).toHaveLength(1);
  });

  it("retries a GET after a timeout and then reports kind timeout", async () => {
    server = await scriptedServer([hang]);
    const err = await failure(peakaAt(server.baseUrl, { timeoutMs: 150 }).listCacheStatuses("p1"));
    expect(err.kind).toBe("timeout");
    expect(server.seen).toHaveLength(3);
  });

  it("retries a GET whose connection closed without an answer", async () => {
    server = await scriptedServer([reset, OK_STATUSES]);
    await expect(peakaAt(server.baseUrl).listCacheStatuses("p1")).resolves.toEqual([]);
    expect(server.seen).toHaveLength(2);
  });

  it.each([
    ["a closed connection", reset],
    ["a 503", json(503, { message: "busy" })],
  ])("retries the search, a POST that changes nothing, after %s and then succeeds", async (_, first) => {
    const found = { matchedTables: [{ catalog: "c", schema: "s", table: "orders" }] };
    server = await scriptedServer([first, json(200, found)]);
    const result = await peakaAt(server.baseUrl).searchTables("p1", { query: "ord" });
    expect(result.tables).toEqual(found.matchedTables);
    expect(server.seen.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /api/v1/data/projects/p1/search",
      "POST /api/v1/data/projects/p1/search",
    ]);
    expect(JSON.parse(server.seen[1]?.body ?? "")).toEqual({ query: "ord" });
  });

  it("reports a refused connection as kind network", async () => {
    server = await scriptedServer([OK_STATUSES]);
    const baseUrl = server.baseUrl;
    await server.close();
    server = undefined;
    const err = await failure(peakaAt(baseUrl).listCacheStatuses("p1"));
    expect(err.kind).toBe("network");
  });
});

describe("no blind retry of writes", () => {
  it.each([429, 503])("sends a POST answered with %i exactly once", async (status) => {
    server = await scriptedServer([json(status, { message: "busy" })]);
    const api = peakaAt(server.baseUrl);
    await failure(api.triggerFullRefresh("p1", "c1"));
    await failure(
      api.createCache("p1", {
        catalogId: "9",
        schemaName: "s",
        tableName: "t",
        schedules: { incremental: null, fullRefresh: null },
      }),
    );
    expect(server.seen.map((r) => r.method)).toEqual(["POST", "POST"]);
  });

  it("sends a POST whose connection closed without an answer exactly once", async () => {
    server = await scriptedServer([reset]);
    const err = await failure(peakaAt(server.baseUrl).triggerFullRefresh("p1", "c1"));
    expect(err.kind).toBe("network");
    expect(server.seen.map((r) => r.method)).toEqual(["POST"]);
  });

  it("sends a timed-out PUT and DELETE once each", async () => {
    server = await scriptedServer([hang]);
    const api = peakaAt(server.baseUrl, { timeoutMs: 150 });
    const put = await failure(
      api.updateCacheSchedules("p1", "c1", { incremental: "PT1H", fullRefresh: null }),
    );
    await failure(api.deleteCache("p1", "c1"));
    expect(put.kind).toBe("timeout");
    expect(server.seen.map((r) => r.method)).toEqual(["PUT", "DELETE"]);
  });
});

describe("request shape", () => {
  it("sets the bearer key and percent-encodes every path segment", async () => {
    server = await scriptedServer([json(200, [])]);
    await peakaAt(server.baseUrl).listTables("p/1", "cat 1", "my schema/x?");
    const [req] = server.seen;
    expect(req?.headers.authorization).toBe(`Bearer ${TEST_KEY}`);
    expect(req?.headers["x-request-id"]).toMatch(/^[0-9a-f-]{36}$/);
    expect(req?.url).toBe("/api/v1/data/projects/p%2F1/catalogs/cat%201/schemas/my%20schema%2Fx%3F/tables");
  });

  it("forwards the console request id so one id follows a request through both logs", async () => {
    server = await scriptedServer([json(200, [])]);
    await withRequestId(() => peakaAt(server?.baseUrl ?? "").listCatalogs("p1"), "req-1234");
    expect(server.seen[0]?.headers["x-request-id"]).toBe("req-1234");
  });

  it("always sends both schedules on update, NONE for an off schedule", async () => {
    server = await scriptedServer([
      json(200, {
        id: "c1",
        catalogId: "9",
        schemaName: "s",
        tableName: "t",
        incrementalCacheSchedule: null,
      }),
    ]);
    await peakaAt(server.baseUrl).updateCacheSchedules("p1", "c1", {
      incremental: "PT6H",
      fullRefresh: null,
    });
    expect(JSON.parse(server.seen[0]?.body ?? "")).toEqual({
      incrementalCacheSchedule: { type: "BASIC", expression: "PT6H" },
      fullRefreshCacheSchedule: { type: "NONE" },
    });
  });
});

describe("backoff maths", () => {
  it("keeps jittered delays under an exponential, capped ceiling", () => {
    expect(backoffDelay(1, DEFAULT_RETRY, () => 1)).toBe(300);
    expect(backoffDelay(3, DEFAULT_RETRY, () => 1)).toBe(1200);
    expect(backoffDelay(10, DEFAULT_RETRY, () => 1)).toBe(4000);
    expect(backoffDelay(2, DEFAULT_RETRY, () => 0)).toBe(0);
  });

  it("reads Retry-After as seconds or as an HTTP date", () => {
    expect(parseRetryAfter("2")).toBe(2000);
    expect(parseRetryAfter("Thu, 01 Jan 1970 00:00:10 GMT", 4_000)).toBe(6_000);
    expect(parseRetryAfter("soon")).toBeNull();
    expect(parseRetryAfter(null)).toBeNull();
  });
});
