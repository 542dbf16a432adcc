import { createServer, type Server } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { mutateJson, startFaultProxy } from "../support/fault-proxy";

let upstream: Server;
let proxy: Awaited<ReturnType<typeof startFaultProxy>>;

beforeAll(async () => {
  upstream = createServer((req, res) => {
    res.writeHead(200, { "content-type": "application/json" });
    res.end(
      JSON.stringify({
        id: "c1",
        status: "COMPLETED",
        createdAt: "2026-01-01T00:00:00Z",
        rows: 5,
        path: req.url,
      }),
    );
  });
  await new Promise<void>((r) => upstream.listen(0, "127.0.0.1", () => r()));
  const { port } = upstream.address() as { port: number };
  proxy = await startFaultProxy({ target: `http://127.0.0.1:${port}` });
});

afterAll(async () => {
  await proxy.stop();
  await new Promise<void>((r) => upstream.close(() => r()));
});

describe("fault proxy", () => {
  it("passes requests through when no fault is set", async () => {
    const res = await fetch(`${proxy.url}/api/v1/x`);
    expect(res.status).toBe(200);
    expect(((await res.json()) as { path: string }).path).toBe("/api/v1/x");
  });

  it("injects a status for a limited number of matching requests, then recovers", async () => {
    await proxy.setFault({ kind: "status", status: 503, match: "^GET /a", times: 1 });
    expect((await fetch(`${proxy.url}/b`)).status).toBe(200);
    expect((await fetch(`${proxy.url}/a`)).status).toBe(503);
    expect((await fetch(`${proxy.url}/a`)).status).toBe(200);
  });

  it("sends Retry-After with 429", async () => {
    await proxy.setFault({ kind: "rate-limit", retryAfterSeconds: 2 });
    const res = await fetch(`${proxy.url}/z`);
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("2");
  });

  it("returns malformed JSON and HTML pages", async () => {
    await proxy.setFault({ kind: "malformed-json" });
    await expect((await fetch(`${proxy.url}/m`)).json()).rejects.toThrow();
    await proxy.setFault({ kind: "html" });
    expect(await (await fetch(`${proxy.url}/h`)).text()).toContain("Bad Gateway");
  });

  it("carries out a request whose answer it garbles, and logs which requests reached the target", async () => {
    await proxy.setFault({ kind: "malformed-json" });
    await expect((await fetch(`${proxy.url}/g`)).json()).rejects.toThrow();
    expect(proxy.log.at(-1)).toMatchObject({ path: "/g", status: 200, forwarded: true });
    await proxy.setFault({ kind: "status", status: 500 });
    await fetch(`${proxy.url}/s`);
    expect(proxy.log.at(-1)).toMatchObject({ path: "/s", status: 500, forwarded: false });
  });

  it("resets connections and refuses them", async () => {
    await proxy.setFault({ kind: "reset" });
    await expect(fetch(`${proxy.url}/r`)).rejects.toThrow();
    await proxy.setFault({ kind: "refused" });
    await expect(fetch(`${proxy.url}/r`)).rejects.toThrow();
    await proxy.setFault(null);
    expect((await fetch(`${proxy.url}/r`)).status).toBe(200);
  });

  it("mutates JSON: unknown fields, nulls and unknown enum values", async () => {
    await proxy.setFault({ kind: "mutate" });
    const body = (await (await fetch(`${proxy.url}/j`)).json()) as Record<string, unknown>;
    expect(body).toMatchObject({ status: "QUANTUM_ENTANGLED", rows: null, createdAt: null, id: "c1" });
    expect(body).toHaveProperty("vendorAddedField");
    expect(mutateJson([{ status: "RUNNING" }])).toEqual([
      { status: "QUANTUM_ENTANGLED", vendorAddedField: expect.anything() as unknown },
    ]);
  });

  it("delays responses", async () => {
    await proxy.setFault({ kind: "latency", delayMs: 150 });
    const started = Date.now();
    await fetch(`${proxy.url}/slow`);
    expect(Date.now() - started).toBeGreaterThanOrEqual(140);
    await proxy.setFault(null);
  });
  it("answers the log whole, or only the entries after the first N", async () => {
    const control = `http://127.0.0.1:${proxy.controlPort}`;
    await fetch(`${control}/log`, { method: "DELETE" });
    for (const path of ["/one", "/two", "/three"]) await fetch(`${proxy.url}${path}`);
    const paths = async (query: string) =>
      ((await (await fetch(`${control}/log${query}`)).json()) as { path: string }[]).map((e) => e.path);
    expect(await paths("")).toEqual(["/one", "/two", "/three"]);
    expect(await paths("?from=1")).toEqual(["/two", "/three"]);
    expect(await paths("?from=3")).toEqual([]);
    expect(await paths("?from=9")).toEqual([]);
  });

  it("logs a call its target never answered, with the 502 it gave", async () => {
    const closed = createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", () => r()));
    const { port } = closed.address() as { port: number };
    await new Promise<void>((r) => closed.close(() => r()));
    const orphan = await startFaultProxy({ target: `http://127.0.0.1:${port}` });
    try {
      const response = await fetch(`${orphan.url}/api/v1/nowhere`, { headers: { "x-request-id": "req-1" } });
      expect(response.status).toBe(502);
      await fetch(`${orphan.url}/api/v1/nowhere`);
      const log = (await (await fetch(`http://127.0.0.1:${orphan.controlPort}/log`)).json()) as unknown[];
      expect(log).toEqual([
        {
          method: "GET",
          path: "/api/v1/nowhere",
          status: 502,
          faulted: false,
          forwarded: true,
          requestId: "req-1",
        },
        {
          method: "GET",
          path: "/api/v1/nowhere",
          status: 502,
          faulted: false,
          forwarded: true,
          requestId: null,
        },
      ]);
    } finally {
      await orphan.stop();
    }
  });
});
