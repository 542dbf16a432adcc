import { describe, expect, it } from "vitest";

import { createReadWindow } from "@/lib/server/read-window";

function setup(freshMs = 250) {
  let clock = 0;
  let calls = 0;
  const window = createReadWindow<number>({ freshMs, now: () => clock });
  const load = () => Promise.resolve(++calls);
  return { window, load, calls: () => calls, advance: (ms: number) => (clock += ms) };
}

describe("read window", () => {
  it("shares one read between callers within the window and reads again after it", async () => {
    const { window, load, calls, advance } = setup();
    const answers = await Promise.all([window.read("p", load), window.read("p", load)]);
    advance(249);
    answers.push(await window.read("p", load));
    expect(answers).toEqual([1, 1, 1]);
    advance(1);
    expect(await window.read("p", load)).toBe(2);
    expect(calls()).toBe(2);
  });

  it("keeps projects apart", async () => {
    const { window, load } = setup();
    expect(await window.read("p", load)).toBe(1);
    expect(await window.read("q", load)).toBe(2);
  });

  it("reads anew after forget, even while the older read is still running", async () => {
    const { window } = setup();
    let release: (v: number) => void = () => undefined;
    const slow = new Promise<number>((resolve) => (release = resolve));
    const first = window.read("p", () => slow);
    window.forget("p");
    const second = window.read("p", () => Promise.resolve(42));
    release(7);
    expect(await first).toBe(7);
    expect(await second).toBe(42);
    expect(await window.read("p", () => Promise.resolve(99))).toBe(42);
  });

  it("does not share a failed read with later callers", async () => {
    const { window, load } = setup();
    await expect(window.read("p", () => Promise.reject(new Error("upstream down")))).rejects.toThrow();
    expect(await window.read("p", load)).toBe(1);
  });

  it("reads every time when the window is 0", async () => {
    const { window, load } = setup(0);
    await window.read("p", load);
    expect(await window.read("p", load)).toBe(2);
  });
});
