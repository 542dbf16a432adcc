// The sandbox's request log (SANDBOX_REQUEST_LOG=1), which the fuzz compares with the calls the console made: it
// must hold every API request exactly as it arrived, refused ones included, and nothing of the sandbox's own.
import { request } from "node:http";

import { describe, expect, it } from "vitest";

import { createApi } from "./helpers/api-client";
import { expectError } from "./helpers/matchers";
import { sandboxForFile } from "./helpers/sandbox-suite";

const LOG = "/sandbox/control/requests";
const logged = sandboxForFile({ SANDBOX_REQUEST_LOG: "1" });
const unlogged = sandboxForFile({});

/** A request whose path goes out byte for byte (fetch would resolve the dot segments first). */
function rawGet(baseUrl: string, path: string): Promise<number> {
  const { hostname, port } = new URL(baseUrl);
  return new Promise((resolve, reject) => {
    const req = request({ hostname, port, path, method: "GET" }, (res) => {
      res.resume();
      res.on("end", () => resolve(res.statusCode ?? 0));
    });
    req.on("error", reject);
    req.end();
  });
}

describe("GET /sandbox/control/requests", () => {
  it("lists every API request in arrival order, raw, refused ones too, and none of the sandbox's own", async () => {
    const { sandbox, api } = logged;
    const control = createApi(new URL(sandbox.baseUrl).origin, sandbox.keys.partnerKey);
    const before = (await control.get(LOG)).body as unknown[];
    expect(before.every((e) => typeof e === "object")).toBe(true);

    await api.get("/data/projects/demoPrj1/cache/status?name=x%2Fy");
    await api.put("/data/projects/demoPrj1/cache/no-such-cache", {});
    expect(await rawGet(sandbox.baseUrl, "/api/v1/data/projects/../../sandbox/control/requests")).toBe(404);
    expect(await rawGet(sandbox.baseUrl, "/api/v1/data/projects/%E0%A4%A")).toBe(400);
    await fetch(`${new URL(sandbox.baseUrl).origin}/healthz`);

    const fresh = await control.get(`${LOG}?from=${before.length}`);
    expect(fresh.status).toBe(200);
    expect(fresh.body).toEqual([
      { method: "GET", path: "/api/v1/data/projects/demoPrj1/cache/status?name=x%2Fy" },
      { method: "PUT", path: "/api/v1/data/projects/demoPrj1/cache/no-such-cache" },
      { method: "GET", path: "/api/v1/data/projects/../../sandbox/control/requests" },
      { method: "GET", path: "/api/v1/data/projects/%E0%A4%A" },
    ]);
    const all = (await control.get(LOG)).body as unknown[];
    expect(all.slice(before.length)).toEqual(fresh.body);
  });

  it("needs the Partner key and a whole number, and is off unless asked for", async () => {
    const { sandbox } = logged;
    const control = createApi(new URL(sandbox.baseUrl).origin, sandbox.keys.partnerKey);
    const projectKey = sandbox.keys.projects[0]?.apiKey;
    expectError(await control.get(LOG, projectKey), 403, "FORBIDDEN");
    expectError(await control.get(`${LOG}?from=-1`), 400, "INVALID_QUERY");
    expectError(await control.get(`${LOG}?from=1.5`), 400, "INVALID_QUERY");

    const off = unlogged.sandbox;
    const offControl = createApi(new URL(off.baseUrl).origin, off.keys.partnerKey);
    expectError(await offControl.get(LOG), 404, "REQUEST_LOG_OFF");
  });
});
