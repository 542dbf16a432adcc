import { readFileSync } from "node:fs";
import { join } from "node:path";

import { afterAll, beforeAll, describe, expect, it } from "vitest";

import { type Api, createApi } from "./helpers/api-client";
import { expectError, expectShape } from "./helpers/matchers";
import { type RunningSandbox, startSandbox, removeDataDir } from "./helpers/sandbox-process";

let sandbox: RunningSandbox;
let api: Api;
let p1Key: string;
let p2Key: string;

beforeAll(async () => {
  sandbox = await startSandbox({ partnerKey: "fixedPartner.identity-suite-key" });
  api = createApi(sandbox.baseUrl, sandbox.keys.partnerKey);
  p1Key = sandbox.keys.projects[0]?.apiKey ?? "";
  p2Key = sandbox.keys.projects[1]?.apiKey ?? "";
});
afterAll(async () => {
  await sandbox?.stop();
  if (sandbox) removeDataDir(sandbox.dataDir);
});

describe("sandbox start-up", () => {
  it("serves /healthz without a key", async () => {
    const res = await fetch(new URL("/healthz", sandbox.baseUrl));
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it("writes dev-keys.json with the fixed partner key and two 8-character projects", () => {
    const keys = JSON.parse(
      readFileSync(join(sandbox.dataDir, "dev-keys.json"), "utf8"),
    ) as typeof sandbox.keys;
    expect(keys.partnerKey).toBe("fixedPartner.identity-suite-key");
    expect(keys.baseUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/api\/v1$/);
    expect(keys.projects.map((p) => p.id)).toEqual(["demoPrj1", "demoPrj2"]);
    for (const project of keys.projects) expect(project.apiKey.startsWith(`${project.id}.`)).toBe(true);
  });
});

describe("authentication", () => {
  it("rejects a missing key with 401", async () => {
    expectError(await api.raw("/info", {}), 401, "UNAUTHORIZED");
  });

  it("rejects an unknown or malformed key with 401", async () => {
    expectError(await api.get("/info", "nope.not-a-key"), 401, "UNAUTHORIZED");
    expectError(await api.raw("/info", { headers: { authorization: "Basic abc" } }), 401, "UNAUTHORIZED");
  });

  it("refuses a project key on partner-only paths with 403", async () => {
    expectError(await api.get("/organizations", p1Key), 403, "FORBIDDEN");
  });

  it("refuses a project key on another project's paths with 403", async () => {
    expectError(await api.get("/data/projects/demoPrj2/catalogs", p1Key), 403, "FORBIDDEN");
    expectError(await api.get("/data/projects/demoPrj1/cache/status", p2Key), 403, "FORBIDDEN");
  });

  it("lets a project key reach its own project", async () => {
    expectShape(await api.get("/data/projects/demoPrj2/catalogs", p2Key), "Catalog", { array: true });
  });

  it("answers 404 for an unknown project with a partner key and for unknown routes", async () => {
    expectError(await api.get("/data/projects/nope1234/catalogs"), 404, "PROJECT_NOT_FOUND");
    expectError(await api.get("/data/projects/demoPrj1/nothing-here"), 404);
  });
});

describe("identity and organization endpoints", () => {
  it("GET /info tells project keys from partner keys", async () => {
    const partner = await api.get("/info");
    expect(partner.status).toBe(200);
    expect(partner.body).not.toHaveProperty("projectId");
    const project = await api.get("/info", p1Key);
    expect(project.body).toMatchObject({ projectId: "demoPrj1", projectName: "Payments Demo" });
  });

  it("walks organizations, workspaces and projects with the vendor shapes", async () => {
    const orgs = await api.get("/organizations");
    expectShape(orgs, "Organization", { array: true });
    const orgId = (orgs.body as { id: string }[])[0]?.id ?? "";
    expectShape(await api.get(`/organizations/${orgId}`), "Organization");
    const workspaces = await api.get(`/organizations/${orgId}/workspaces`);
    expectShape(workspaces, "Workspace", { array: true });
    const wsId = (workspaces.body as { id: string }[])[0]?.id ?? "";
    const projects = await api.get(`/organizations/${orgId}/workspaces/${wsId}/projects`);
    expectShape(projects, "Project", { array: true });
    expect((projects.body as { id: string }[]).map((p) => p.id)).toEqual(["demoPrj1", "demoPrj2"]);
    expectShape(await api.get(`/organizations/${orgId}/workspaces/${wsId}/projects/demoPrj2`), "Project");
  });

  it("answers 404 for unknown organizations and workspaces", async () => {
    expectError(await api.get("/organizations/00000000-0000-4000-8000-000000000000/workspaces"), 404);
    const orgId = ((await api.get("/organizations")).body as { id: string }[])[0]?.id ?? "";
    expectError(
      await api.get(`/organizations/${orgId}/workspaces/nope/projects`),
      404,
      "WORKSPACE_NOT_FOUND",
    );
  });

  it("answers 405 with an error body for a wrong method", async () => {
    expectError(await api.del("/organizations"), 405, "METHOD_NOT_ALLOWED");
  });
});
