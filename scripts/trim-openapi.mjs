// Derives spec/peaka-openapi.trimmed.json from the vendor document: only the operations the console and
// the sandbox use, and only the schemas they reach, with descriptions and examples stripped.
import { readFileSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";

const source = resolve(process.argv[2] ?? "../shared/peaka-openapi.json");
const target = resolve(process.argv[3] ?? "spec/peaka-openapi.trimmed.json");

const P = "/data/projects/{projectId}";
const KEEP = {
  "/organizations": ["get"],
  "/organizations/{organizationId}/workspaces": ["get"],
  "/organizations/{organizationId}/workspaces/{workspaceId}/projects": ["get"],
  [`${P}/catalogs`]: ["get"],
  [`${P}/catalogs/{catalogId}`]: ["get"],
  [`${P}/catalogs/{catalogId}/schemas`]: ["get"],
  [`${P}/catalogs/{catalogId}/schemas/{schemaName}/tables`]: ["get"],
  [`${P}/catalogs/{catalogId}/schemas/{schemaName}/tables/{tableName}/columns`]: ["get"],
  [`${P}/catalogs/{catalogId}/schemas/{schemaName}/tables/{tableName}/isCached`]: ["get"],
  [`${P}/catalogs/{catalogId}/schemas/{schemaName}/tables/{tableName}/statistics`]: ["get"],
  "/connections/{projectId}": ["get"],
  "/connections/{projectId}/{connectionId}": ["get"],
  [`${P}/search`]: ["post"],
  [`${P}/cache`]: ["post"],
  [`${P}/cache/batch`]: ["post"],
  [`${P}/cache/status`]: ["get"],
  [`${P}/catalog/{catalogId}/cache/status`]: ["get"],
  [`${P}/catalog/{catalogId}/schema/{schemaName}/cache/status`]: ["get"],
  [`${P}/cache/{cacheId}`]: ["get", "put", "delete"],
  [`${P}/cache/{cacheId}/status`]: ["get"],
  [`${P}/cache/{cacheId}/fullRefreshUpdate`]: ["post"],
  [`${P}/cache/{cacheId}/incrementalUpdate`]: ["post"],
  [`${P}/cache/{cacheId}/cancelFullRefreshUpdate`]: ["post"],
  [`${P}/cache/{cacheId}/cancelIncrementalUpdate`]: ["post"],
  [`${P}/cache/{cacheId}/executionHistory`]: ["get"],
};
const PROSE = new Set(["description", "summary", "example", "examples", "externalDocs", "x-codeSamples"]);

const doc = JSON.parse(readFileSync(source, "utf8"));

function strip(node) {
  if (Array.isArray(node)) return node.map(strip);
  if (node === null || typeof node !== "object") return node;
  const out = {};
  for (const [key, value] of Object.entries(node)) {
    if (PROSE.has(key) && typeof value !== "object") continue;
    if (key === "examples" || key === "example") continue;
    out[key] = strip(value);
  }
  return out;
}

const paths = {};
for (const [path, methods] of Object.entries(KEEP)) {
  const item = doc.paths[path];
  if (!item) throw new Error(`The vendor document has no path ${path}`);
  paths[path] = {};
  for (const method of methods) {
    if (!item[method]) throw new Error(`The vendor document has no ${method.toUpperCase()} ${path}`);
    paths[path][method] = strip(item[method]);
  }
  if (item.parameters) paths[path].parameters = strip(item.parameters);
}

const reached = new Set();
const visit = (node) => {
  if (Array.isArray(node)) return node.forEach(visit);
  if (node === null || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "$ref" && typeof value === "string") {
      const name = value.replace("#/components/schemas/", "");
      if (!reached.has(name)) {
        reached.add(name);
        visit(doc.components.schemas[name]);
      }
    } else visit(value);
  }
};
visit(paths);

const schemas = {};
for (const name of [...reached].sort()) schemas[name] = strip(doc.components.schemas[name]);

const trimmed = {
  openapi: doc.openapi,
  info: { title: doc.info.title, version: doc.info.version },
  servers: doc.servers.map(({ url }) => ({ url })),
  security: doc.security,
  paths,
  components: {
    schemas,
    securitySchemes: { bearerAuth: { type: "http", scheme: "bearer", bearerFormat: "Api Key" } },
  },
};
writeFileSync(target, JSON.stringify(trimmed, null, 2) + "\n");
console.log(`${Object.keys(paths).length} paths, ${Object.keys(schemas).length} schemas -> ${target}`);
