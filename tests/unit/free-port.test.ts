import { createServer } from "node:net";

import { describe, expect, it } from "vitest";

import { ephemeralRange, freePort, pickRange } from "../../scripts/free-port.mjs";
import { freePortSync } from "../support/free-port";

describe("the test servers' port picker", () => {
  it("picks outside the kernel's ephemeral range, where outgoing sockets could take the port before the bind", async () => {
    const [low, high] = ephemeralRange();
    const [from, to] = pickRange();
    expect(to - from).toBeGreaterThan(4000);
    const ports = [...(await Promise.all(Array.from({ length: 40 }, () => freePort()))), freePortSync()];
    for (const port of ports) {
      expect(port < low || port > high, `${port} is inside ${low}-${high}`).toBe(true);
      expect(port).toBeGreaterThanOrEqual(from);
      expect(port).toBeLessThanOrEqual(to);
    }
  });

  it("hands out neither a port it was told is taken nor one something listens on", async () => {
    const held = createServer();
    const heldPort = await freePort();
    await new Promise<void>((resolve) => held.listen(heldPort, "127.0.0.1", resolve));
    try {
      const open = new Set([
        await freePort([heldPort]),
        await freePort([heldPort]),
        await freePort([heldPort]),
      ]);
      const [from, to] = pickRange();
      const taken = Array.from({ length: to - from + 1 }, (_, i) => from + i).filter(
        (port) => !open.has(port) && port !== heldPort,
      );
      for (let i = 0; i < 10; i++) expect(open).toContain(await freePort(taken));
    } finally {
      await new Promise((resolve) => held.close(resolve));
    }
  });
});
