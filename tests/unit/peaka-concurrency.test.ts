import { describe, expect, it } from "vitest";

import { allEnded, mapLimit } from "@/lib/server/peaka/concurrency";

const after = <T>(ms: number, value: T, log: string[], name: string) =>
  new Promise<T>((resolve) =>
    setTimeout(() => {
      log.push(name);
      resolve(value);
    }, ms),
  );

describe("allEnded", () => {
  it("answers the values in order", async () => {
    const log: string[] = [];
    await expect(allEnded([after(20, 1, log, "a"), after(5, "b", log, "b")])).resolves.toEqual([1, "b"]);
  });

  it("fails with the first failure only once every other promise has ended", async () => {
    const log: string[] = [];
    const failing = Promise.reject(new Error("no such project"));
    await expect(allEnded([failing, after(30, "catalogs", log, "slow read")])).rejects.toThrow(
      "no such project",
    );
    expect(log).toEqual(["slow read"]);
  });
});

describe("mapLimit", () => {
  it("keeps at most `limit` in flight and the results in order", async () => {
    let running = 0;
    let most = 0;
    const results = await mapLimit([30, 10, 20, 5, 15], 2, async (ms) => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, ms));
      running -= 1;
      return ms * 2;
    });
    expect(results).toEqual([60, 20, 40, 10, 30]);
    expect(most).toBe(2);
  });

  it("starts nothing after a failure and fails once the running items have ended", async () => {
    const started: number[] = [];
    const ended: number[] = [];
    await expect(
      mapLimit([0, 1, 2, 3, 4], 2, async (item) => {
        started.push(item);
        if (item === 0) throw new Error("item 0 failed");
        await new Promise((resolve) => setTimeout(resolve, 20));
        ended.push(item);
        return item;
      }),
    ).rejects.toThrow("item 0 failed");
    expect(started).toEqual([0, 1]);
    expect(ended).toEqual([1]);
  });
});
