import { readFileSync } from "node:fs";

import { Ajv, type ErrorObject } from "ajv";
import addFormats from "ajv-formats";

type Json = Record<string, unknown>;

const spec = JSON.parse(readFileSync("spec/peaka-openapi.trimmed.json", "utf8")) as {
  components: { schemas: Record<string, Json> };
};

// springdoc omits `nullable` on Java object fields (the vendor's own examples carry nulls), and maps
// Map<String,Object> to additionalProperties {type: object} although any JSON value is allowed there.
function adapt(node: unknown): unknown {
  if (Array.isArray(node)) return node.map((n) => adapt(n));
  if (typeof node !== "object" || node === null) return node;
  const out: Json = {};
  for (const [key, value] of Object.entries(node as Json)) {
    if (key === "$ref" && typeof value === "string")
      out[key] = value.replace("#/components/schemas/", "#/definitions/");
    else if (key === "properties" && typeof value === "object" && value !== null) {
      out[key] = Object.fromEntries(
        Object.entries(value as Json).map(([name, prop]) => [
          name,
          { anyOf: [adapt(prop), { type: "null" }] },
        ]),
      );
    } else if (key === "additionalProperties" && (value as Json)?.type === "object") out[key] = {};
    else out[key] = adapt(value);
  }
  return out;
}

const ajv = new Ajv({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addFormat("int32", {
  type: "number",
  validate: (n: number) => Number.isInteger(n) && Math.abs(n) <= 2 ** 31,
});
ajv.addFormat("int64", { type: "number", validate: (n: number) => Number.isInteger(n) });
const definitions = adapt(spec.components.schemas) as Json;

function validatorFor(name: string, array: boolean) {
  const ref = { $ref: `#/definitions/${name}` };
  return ajv.compile({ definitions, ...(array ? { type: "array", items: ref } : ref) });
}

const cache = new Map<string, ReturnType<typeof validatorFor>>();

export function schemaErrors(name: string, body: unknown, array = false): ErrorObject[] {
  const key = `${name}:${array}`;
  const validate = cache.get(key) ?? validatorFor(name, array);
  cache.set(key, validate);
  return validate(body) ? [] : (validate.errors ?? []);
}

export function schemaNames(): string[] {
  return Object.keys(spec.components.schemas);
}
