import { createServer, type Server } from "node:http";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { createPeakaApi } from "@/lib/server/peaka/api";
import { isPeakaApiError } from "@/lib/server/peaka/errors";

import { startFaultProxy } from "../support/fault-proxy";
import { peakaAt, quietLogger, TEST_KEY } from "./support/peaka-under-test";

describe("a Partner API that stops answering", () => {
  let upstream: Server;
  let proxy: Awaited<ReturnType<typeof startFaultProxy>>;

  beforeAll(async () => {
    upstream = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "application/json" });
      res.end("[]");
    });
    await new Promise<void>((resolve) => upstream.listen(0, "127.0.0.1", () => resolve()));
    const { port } = upstream.address() as { port: number };
    proxy = await startFaultProxy({ target: `http://127.0.0.1:${port}` });
  });

  afterAll(async () => {
    await proxy.stop();
    await new Promise<void>((resolve) => upstream.close(() => resolve()));
  });

  // Each hung call must end at the deadline, however many came before it.
  it("times out every call, again and again, and recovers when it answers", async () => {
    const peaka = peakaAt(`${proxy.url}/api/v1`, { timeoutMs: 300 });
    for (let round = 0; round < 3; round++) {
      await proxy.setFault({ kind: "hang" });
      const error: unknown = await peaka.listCacheStatuses("demoPrj1").catch((e: unknown) => e);
      expect(isPeakaApiError(error) && error.kind).toBe("timeout");
    }
    await proxy.setFault(null);
    await expect(peaka.listCacheStatuses("demoPrj1")).resolves.toEqual([]);
  });

  // A deadline left running after the answer aborted every answered call again later, and held its signal,
  // listeners and promises until then: under load, tens of thousands at once.
  it("drops a call's deadline once it has answered", async () => {
    const signals: AbortSignal[] = [];
    const peaka = createPeakaApi({
      baseUrl: `${proxy.url}/api/v1`,
      apiKey: TEST_KEY,
      timeoutMs: 150,
      logger: quietLogger,
      // The real fetch, watched: which signal each call went out with.
      fetchImpl: (input, init) => {
        if (init?.signal) signals.push(init.signal);
        return fetch(input, init);
      },
    });
    await proxy.setFault(null);
    await expect(peaka.listCacheStatuses("demoPrj1")).resolves.toEqual([]);
    await expect(peaka.listCacheStatuses("demoPrj1")).resolves.toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 400));
    // Two or more: a keep-alive socket the proxy closed after the hung calls above may cost a GET one retry.
    expect(signals.length).toBeGreaterThanOrEqual(2);
    expect(signals.filter((signal) => signal.aborted)).toEqual([]);
  });
});
