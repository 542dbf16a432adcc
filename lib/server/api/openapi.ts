import "server-only";

import { toJSONSchema } from "zod";
import type * as z from "zod/mini";

import { ROLES } from "@/lib/auth/roles";
import { CACHE_ACTIONS, OPERATION_ACTIONS } from "@/lib/schemas/cache-operations";
import { configDocumentSchema } from "@/lib/schemas/config-document";
import {
  API_OPERATIONS,
  cancelRunBodySchema,
  configBodySchema,
  createCachesBodySchema,
  freshnessTargetBodySchema,
  incidentsQuerySchema,
  updateSchedulesBodySchema,
} from "@/lib/schemas/console-api";

// The OpenAPI document of /api/v1, generated from the very zod schemas the handlers validate with, so it cannot
// drift from them. Refinements (duration syntax, the schedule policy) are not expressible in JSON Schema; the
// descriptions say so and the 400 answers name the field.

const schema = (s: z.ZodMiniType) => {
  const { $schema: _drop, ...rest } = toJSONSchema(s, { io: "input", unrepresentable: "any" });
  return rest;
};
const json = (s: z.ZodMiniType) => ({
  required: true,
  content: { "application/json": { schema: schema(s) } },
});
const error = { $ref: "#/components/responses/Error" };
const errors = {
  "400": error,
  "401": error,
  "403": error,
  "404": error,
  "409": error,
  "429": error,
  "502": error,
};
const ok = (description: string) => ({
  description,
  content: { "application/json": { schema: { type: "object" } } },
});
const role = (r: string, audit?: string) =>
  `Needs the ${r} role (the lower of the token's and its user's).${audit ? ` Audited as \`${audit}\` with the token id.` : ""}`;
const path = (name: string) => ({
  name,
  in: "path",
  required: true,
  schema: { type: "string", maxLength: 500 },
});
const project = [path("projectId")];
/** A query schema's fields as query parameters (strings on the wire). */
const queryParameters = (s: z.ZodMiniType) =>
  Object.entries((schema(s) as { properties?: Record<string, object> }).properties ?? {}).map(
    ([name, value]) => ({
      name,
      in: "query",
      required: false,
      schema: value,
    }),
  );
const cache = [path("projectId"), path("cacheId")];

export function openApiDocument(serverUrl: string) {
  const config = (verb: string, meta: { role: string; audit: string }) => ({
    summary: verb,
    description: `${role(meta.role)} Body: the file's text (YAML or JSON) as \`document\`. Problems name file, line and field.`,
    parameters: project,
    requestBody: json(configBodySchema),
    responses: { "200": ok(verb), ...errors },
  });
  return {
    openapi: "3.1.0",
    info: {
      title: "Cache Console API",
      version: "1",
      description:
        "Personal access tokens only (`Authorization: Bearer cc_…`); session cookies are refused. Rate-limited per token (429 with Retry-After).",
    },
    servers: [{ url: `${serverUrl}/api/v1` }],
    security: [{ token: [] }],
    components: {
      securitySchemes: {
        token: { type: "http", scheme: "bearer", description: `Roles: ${ROLES.join(", ")}.` },
      },
      responses: {
        Error: {
          description: "`{ error: { kind?, message, problems?: [{ field, message, line?, column? }] } }`",
          content: {
            "application/json": { schema: { type: "object", properties: { error: { type: "object" } } } },
          },
        },
      },
      schemas: { ConfigDocument: schema(configDocumentSchema) },
    },
    paths: {
      "/projects/{projectId}/caches": {
        get: {
          summary: "List caches with their freshness",
          description: role("viewer"),
          parameters: project,
          responses: { "200": ok("`{ caches: [...] }`"), ...errors },
        },
        post: {
          summary: "Create caches (one table or a batch)",
          description: `${role(CACHE_ACTIONS.createCaches.role, CACHE_ACTIONS.createCaches.audit)} Tables cached already come back as \`exists\`.`,
          parameters: project,
          requestBody: json(createCachesBodySchema),
          responses: { "200": ok("`{ outcomes: [...] }`, one per table"), ...errors },
        },
      },
      "/projects/{projectId}/caches/{cacheId}": {
        get: {
          summary: "Read one cache",
          description: role("viewer"),
          parameters: cache,
          responses: { "200": ok("The cache"), ...errors },
        },
        delete: {
          summary: "Delete a cache",
          description: role(OPERATION_ACTIONS.delete.stricter.role, OPERATION_ACTIONS.delete.audit),
          parameters: cache,
          responses: { "200": ok("`{ message }`"), ...errors },
        },
      },
      "/projects/{projectId}/caches/{cacheId}/schedules": {
        put: {
          summary: "Replace both schedules (null is off); ends a pause",
          description: `${role(CACHE_ACTIONS.updateSchedules.role, CACHE_ACTIONS.updateSchedules.audit)} ISO-8601 durations, checked against the console's schedule policy.`,
          parameters: cache,
          requestBody: json(updateSchedulesBodySchema),
          responses: { "200": ok("`{ message }`"), ...errors },
        },
      },
      "/projects/{projectId}/caches/{cacheId}/freshness-target": {
        put: {
          summary: "Set or clear (null) a cache's freshness target",
          description: role(CACHE_ACTIONS.setFreshnessTarget.role, CACHE_ACTIONS.setFreshnessTarget.audit),
          parameters: cache,
          requestBody: json(freshnessTargetBodySchema),
          responses: { "200": ok("`{ target }`"), ...errors },
        },
      },
      "/projects/{projectId}/freshness-target": {
        put: {
          summary: "Set or clear the project's default freshness target",
          description: role(CACHE_ACTIONS.setFreshnessTarget.role, CACHE_ACTIONS.setFreshnessTarget.audit),
          parameters: project,
          requestBody: json(freshnessTargetBodySchema),
          responses: { "200": ok("`{ target }`"), ...errors },
        },
      },
      "/projects/{projectId}/caches/{cacheId}/{operation}": {
        post: {
          summary: `Run an operation: ${API_OPERATIONS.join(", ")}`,
          description: `${role("operator")} Each is audited under its server action's name. \`cancel\` takes a body.`,
          parameters: [
            ...cache,
            { name: "operation", in: "path", required: true, schema: { enum: [...API_OPERATIONS] } },
          ],
          requestBody: { ...json(cancelRunBodySchema), required: false },
          responses: { "200": ok("`{ message }`"), ...errors },
        },
      },
      "/projects/{projectId}/incidents": {
        get: {
          summary: "List alert incidents, open ones first",
          description: role("viewer"),
          parameters: [...project, ...queryParameters(incidentsQuerySchema)],
          responses: { "200": ok("`{ incidents: [...] }`, open ones first, then the newest"), ...errors },
        },
      },
      "/projects/{projectId}/config": {
        get: {
          summary: "Export the project's caches as a YAML config file",
          description: role("viewer"),
          parameters: project,
          responses: {
            "200": {
              description: "YAML",
              content: { "application/yaml": { schema: { $ref: "#/components/schemas/ConfigDocument" } } },
            },
            ...errors,
          },
        },
      },
      "/projects/{projectId}/config/plan": {
        post: config("Plan a config file against the project (changes nothing)", CACHE_ACTIONS.planConfig),
      },
      "/projects/{projectId}/config/apply": {
        post: config("Apply a config file, with a result per item", CACHE_ACTIONS.applyConfig),
      },
    },
  };
}
