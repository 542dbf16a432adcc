// Issue 12, sign-in throttling by address: the address comes from the connection (each test request picks its own
// loopback source), and forwarding headers count only from CONSOLE_TRUSTED_PROXIES.
import { randomUUID } from "node:crypto";

import { expect, test } from "@playwright/test";

import { rawRequest, securityConsole } from "./security-console";

const PROXY = "127.0.0.50";
const server = securityConsole(PROXY);

test.beforeAll(async () => {
  test.setTimeout(120_000);
  await server.start();
});
test.afterAll(() => server.stop());

/** A wrong sign-in for a fresh, unknown account, so only the per-address limit can answer 429. */
async function guess(from: string, headers: Record<string, string> = {}): Promise<number> {
  const body = JSON.stringify({
    email: `nobody-${randomUUID().slice(0, 8)}@demo.test`,
    password: "wrong-password-1",
  });
  const answer = await rawRequest(`${server.url}/api/auth/sign-in/email`, {
    method: "POST",
    from,
    headers: { "content-type": "application/json", origin: server.publicUrl, ...headers },
    body,
  });
  return answer.status;
}

const statuses = async (count: number, send: (i: number) => Promise<number>) => {
  const seen = [];
  for (let i = 0; i < count; i++) seen.push(await send(i));
  return seen;
};

for (const [index, [name, header]] of (
  [
    ["X-Forwarded-For", (i: number) => ({ "x-forwarded-for": `203.0.113.${i + 1}` })],
    ["X-Real-IP", (i: number) => ({ "x-real-ip": `203.0.113.${i + 1}` })],
    ["Forwarded", (i: number) => ({ forwarded: `for=203.0.113.${i + 1}` })],
    ["CF-Connecting-IP", (i: number) => ({ "cf-connecting-ip": `203.0.113.${i + 1}` })],
  ] as const
).entries()) {
  test(`rotating ${name} from one connection address does not escape the limit`, async () => {
    const from = `127.0.0.${10 + index}`;
    const seen = await statuses(6, (i) => guess(from, header(i)));
    expect(seen.slice(0, 3)).toEqual([401, 401, 401]);
    expect(seen.slice(3)).toEqual([429, 429, 429]);
  });
}

test("naming a colleague's address does not use up their allowance", async () => {
  const colleague = "127.0.0.31";
  const spoofed = await statuses(5, () => guess("127.0.0.30", { "x-forwarded-for": colleague }));
  expect(spoofed.at(-1)).toBe(429);
  expect(await guess(colleague)).toBe(401);
});

test("behind a trusted proxy the forwarded client address counts", async () => {
  const first = await statuses(4, () => guess(PROXY, { "x-forwarded-for": "198.51.100.7" }));
  expect(first).toEqual([401, 401, 401, 429]);
  // Another client behind the same proxy has its own allowance; a spoofed hop in front of the proxy's is ignored.
  expect(await guess(PROXY, { "x-forwarded-for": "198.51.100.8" })).toBe(401);
  expect(await guess(PROXY, { "x-forwarded-for": "10.9.9.9, 198.51.100.7" })).toBe(429);
});

test("a console served over https sends HSTS", async () => {
  const answer = await rawRequest(`${server.url}/sign-in`, {});
  expect(answer.headers["strict-transport-security"]).toMatch(/max-age=\d{7,}/);
});
