import { describe, expect, it } from "vitest";

import { createSessionCache, sessionCacheKey, type CachedSession } from "@/lib/server/auth/session-cache";

type User = { id: string; role: string };

/** A stand-in for the session table: lookups read whatever it holds at the time they run. */
function sessionStore() {
  const rows = new Map<string, User>();
  let lookups = 0;
  return {
    rows,
    lookups: () => lookups,
    lookup(key: string, expiresAt = new Date(Date.now() + 3_600_000)) {
      return (): Promise<CachedSession<User> | null> => {
        lookups++;
        const user = rows.get(key);
        return Promise.resolve(user ? { user: { ...user }, userId: user.id, expiresAt } : null);
      };
    },
  };
}

function setup(ttlMs = 5_000, maxEntries = 100) {
  let clock = 1_000_000;
  const cache = createSessionCache<User>({ ttlMs, maxEntries, now: () => clock });
  return { cache, store: sessionStore(), advance: (ms: number) => (clock += ms), at: () => clock };
}

describe("session cache", () => {
  it("answers repeated lookups of one cookie from memory until the TTL passes", async () => {
    const { cache, store, advance } = setup();
    store.rows.set("k", { id: "u1", role: "viewer" });
    await cache.get("k", store.lookup("k"));
    await cache.get("k", store.lookup("k"));
    expect(store.lookups()).toBe(1);
    advance(5_000);
    await cache.get("k", store.lookup("k"));
    expect(store.lookups()).toBe(2);
  });

  it("shows a role change on the next request once the user is forgotten", async () => {
    const { cache, store } = setup();
    store.rows.set("k", { id: "u1", role: "viewer" });
    expect(await cache.get("k", store.lookup("k"))).toEqual({ id: "u1", role: "viewer" });
    store.rows.set("k", { id: "u1", role: "operator" });
    cache.forgetUser("u1");
    expect(await cache.get("k", store.lookup("k"))).toEqual({ id: "u1", role: "operator" });
  });

  it("forgets only the named user's sessions", async () => {
    const { cache, store } = setup();
    store.rows.set("a", { id: "u1", role: "viewer" });
    store.rows.set("b", { id: "u2", role: "admin" });
    await cache.get("a", store.lookup("a"));
    await cache.get("b", store.lookup("b"));
    cache.forgetUser("u1");
    await cache.get("b", store.lookup("b"));
    expect(store.lookups()).toBe(2);
    await cache.get("a", store.lookup("a"));
    expect(store.lookups()).toBe(3);
  });

  it("returns null after sign-out once everything is forgotten, and never caches a null", async () => {
    const { cache, store } = setup();
    store.rows.set("k", { id: "u1", role: "viewer" });
    await cache.get("k", store.lookup("k"));
    store.rows.delete("k");
    cache.forgetAll();
    expect(await cache.get("k", store.lookup("k"))).toBeNull();
    expect(await cache.get("k", store.lookup("k"))).toBeNull();
    expect(store.lookups()).toBe(3);
  });

  it("does not store a lookup that was running when its user was forgotten", async () => {
    const { cache, store } = setup();
    store.rows.set("k", { id: "u1", role: "admin" });
    let release: () => void = () => undefined;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const slow = async () => {
      const answer = await store.lookup("k")();
      await gate;
      return answer;
    };
    const inFlight = cache.get("k", slow);
    store.rows.set("k", { id: "u1", role: "viewer" });
    cache.forgetUser("u1");
    release();
    expect(await inFlight).toEqual({ id: "u1", role: "admin" });
    expect(await cache.get("k", store.lookup("k"))).toEqual({ id: "u1", role: "viewer" });
  });

  it("never serves a session past its own expiry", async () => {
    const { cache, store, advance, at } = setup();
    store.rows.set("k", { id: "u1", role: "viewer" });
    await cache.get("k", store.lookup("k", new Date(at() + 1_000)));
    advance(1_000);
    store.rows.delete("k");
    expect(await cache.get("k", store.lookup("k"))).toBeNull();
  });

  it("shares one lookup between concurrent requests with the same cookie", async () => {
    const { cache, store } = setup();
    store.rows.set("k", { id: "u1", role: "viewer" });
    const users = await Promise.all(Array.from({ length: 20 }, () => cache.get("k", store.lookup("k"))));
    expect(users.every((u) => u?.role === "viewer")).toBe(true);
    expect(store.lookups()).toBe(1);
  });

  it("stays within its size bound by dropping the oldest sessions", async () => {
    const { cache, store } = setup(5_000, 3);
    for (const key of ["a", "b", "c", "d"]) {
      store.rows.set(key, { id: key, role: "viewer" });
      await cache.get(key, store.lookup(key));
    }
    expect(cache.size()).toBe(3);
    await cache.get("a", store.lookup("a"));
    expect(store.lookups()).toBe(5);
  });
});

describe("sessionCacheKey", () => {
  const token = "better-auth.session_token=abc.sig";

  it("is null without a better-auth session cookie", () => {
    expect(sessionCacheKey(null)).toBeNull();
    expect(sessionCacheKey("theme=dark; other=1")).toBeNull();
    expect(sessionCacheKey("better-auth.dont_remember=true")).toBeNull();
  });

  it("depends on the signed session cookie and not on unrelated cookies or their order", () => {
    const key = sessionCacheKey(token);
    expect(key).not.toBeNull();
    expect(sessionCacheKey(`theme=dark; ${token}`)).toBe(key);
    expect(sessionCacheKey("better-auth.session_token=abc.other")).not.toBe(key);
    expect(sessionCacheKey(`${token}; better-auth.dont_remember=x`)).not.toBe(key);
    expect(sessionCacheKey(`__Secure-better-auth.session_token=abc.sig`)).not.toBe(key);
  });

  it("does not keep the token itself", () => {
    expect(sessionCacheKey(token)).not.toContain("abc");
  });
});
