import { afterEach, describe, expect, it } from "vitest";

import { PeakaApiError, toPublicError, toUserMessage } from "@/lib/server/peaka/errors";

import { peakaAt, TEST_KEY } from "./support/peaka-under-test";
import { json, scriptedServer, text } from "./support/scripted-server";

let server: Awaited<ReturnType<typeof scriptedServer>> | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function failure(promise: Promise<unknown>): Promise<PeakaApiError> {
  const outcome = await promise.then(
    () => new Error("expected the call to fail"),
    (e: unknown) => e,
  );
  expect(outcome).toBeInstanceOf(PeakaApiError);
  return outcome as PeakaApiError;
}

describe("error mapping", () => {
  it.each([
    [400, "validation"],
    [401, "auth"],
    [403, "forbidden"],
    [404, "not-found"],
    [409, "conflict"],
    [500, "upstream"],
  ] as const)("maps HTTP %i to kind %s with the vendor fields", async (status, kind) => {
    server = await scriptedServer([
      json(status, { errorCode: "SOME_CODE", message: "Vendor says no", traceId: "trace-1" }),
    ]);
    const err = await failure(peakaAt(server.baseUrl).getCache("p1", "c1"));
    expect(err).toMatchObject({
      kind,
      status,
      errorCode: "SOME_CODE",
      message: "Vendor says no",
      traceId: "trace-1",
    });
  });

  it("accepts a numeric errorCode and falls back to `reason`", async () => {
    server = await scriptedServer([json(400, { errorCode: 100, reason: "Bad schedule" })]);
    const err = await failure(peakaAt(server.baseUrl).getCache("p1", "c1"));
    expect(err).toMatchObject({ errorCode: "100", message: "Bad schedule", traceId: null });
  });

  it("copes with a non-JSON error body", async () => {
    server = await scriptedServer([text(502, "<html>Bad gateway</html>")]);
    const err = await failure(peakaAt(server.baseUrl).deleteCache("p1", "c1"));
    expect(err).toMatchObject({ kind: "upstream", status: 502 });
  });

  it("reports a success body that is not the expected shape as malformed", async () => {
    server = await scriptedServer([text(200, "<html>login</html>")]);
    const err = await failure(peakaAt(server.baseUrl).getCache("p1", "c1"));
    expect(err.kind).toBe("malformed");
  });
});

describe("tolerant parsing", () => {
  it("maps unknown statuses, nulls and extra fields without failing", async () => {
    server = await scriptedServer([
      json(200, [
        {
          id: "c1",
          status: "SOMETHING_NEW",
          catalogId: 42,
          schemaName: "s",
          tableName: "t",
          extra: { nested: true },
          lastIncrementalCacheExecution: null,
          lastFullRefreshCacheExecution: {
            id: "r1",
            executionMode: "FULL_REFRESH",
            status: "COMPLETED",
            progress: { numberOfCachedRecords: 1200 },
            createdAt: "2026-11-28T10:00:00Z",
            updatedAt: "2026-11-28T10:01:00Z",
            finishedAt: "2026-11-28T10:01:00Z",
          },
        },
        { id: "broken" },
        {
          id: "c2",
          status: "RUNNING",
          catalogId: "9",
          schemaName: "s",
          tableName: "u",
          lastIncrementalCacheExecution: {
            id: "r2",
            status: "FAILED",
            error: { message: "Source timed out" },
            createdAt: "2026-11-28T11:00:00Z",
            updatedAt: "2026-11-28T11:00:00Z",
          },
          lastFullRefreshCacheExecution: { id: "r3", status: "RUNNING", createdAt: "2026-11-28T12:00:00Z" },
        },
      ]),
    ]);
    const [first, second, ...rest] = await peakaAt(server.baseUrl).listCacheStatuses("p1");
    expect(rest).toEqual([]);
    expect(first).toMatchObject({
      id: "c1",
      catalogId: "42",
      status: "unknown",
      rowsCached: 1200,
      lastSyncAt: "2026-11-28T10:01:00Z",
      lastError: null,
      running: [],
    });
    expect(second).toMatchObject({ status: "running", running: ["full"], lastError: null, lastSyncAt: null });
  });

  it("reads a NONE or missing schedule as off", async () => {
    server = await scriptedServer([
      json(200, {
        id: "c1",
        catalogId: "9",
        schemaName: "s",
        tableName: "t",
        incrementalCacheSchedule: { type: "NONE", expression: "PT1H" },
        fullRefreshCacheSchedule: { expression: "P1D" },
      }),
    ]);
    const cache = await peakaAt(server.baseUrl).getCache("p1", "c1");
    expect(cache).toMatchObject({ schedules: { incremental: null, fullRefresh: "P1D" }, projectId: null });
  });
});

describe("toUserMessage", () => {
  it("says what happened and what to do, with the reference, never the key", () => {
    const err = new PeakaApiError({
      kind: "auth",
      status: 401,
      message: `bad key ${TEST_KEY}`,
      traceId: "abc",
    });
    const message = toUserMessage(err);
    expect(message).toContain("rejected the console's API key");
    expect(message).toContain("reference abc");
    expect(message).not.toContain(TEST_KEY);
    expect(toPublicError(err)).toEqual({ kind: "auth", status: 401, message, traceId: "abc" });
  });

  it("includes the vendor's reason for validation failures", () => {
    const err = new PeakaApiError({ kind: "validation", status: 400, message: "Table is not cacheable!" });
    expect(toUserMessage(err)).toBe(
      "Peaka refused the request: Table is not cacheable. Check the values and try again.",
    );
  });

  it("never claims nothing happened when a write's answer was late or unreadable", () => {
    const malformed = (operation: string) =>
      new PeakaApiError({ kind: "malformed", message: "x", operation });
    expect(toUserMessage(malformed("getCacheStatus"))).toMatch(/Try again/);
    for (const write of ["triggerIncremental", "deleteCache", "POST /api/v1/x"]) {
      expect(toUserMessage(malformed(write))).toMatch(/cannot tell whether this was done. Refresh to check/);
    }
    const timeout = new PeakaApiError({ kind: "timeout", message: "x", operation: "PUT /api/v1/x" });
    expect(toUserMessage(timeout)).toMatch(/Refresh to check/);
  });

  it("gives a generic message for errors that are not from Peaka", () => {
    expect(toUserMessage(new Error("secret internals"))).not.toContain("secret internals");
  });
});
