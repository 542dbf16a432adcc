// Reads a config file (YAML, so JSON too) and validates it with the console's own schemas and schedule policy.
// Every problem names the file, the line and column, and the field, so it can be fixed where it is.
import { isMap, isNode, isPair, isScalar, LineCounter, parseDocument, type Document } from "yaml";
import type * as z from "zod/mini";

import type { PolicyErrors, ScheduleExpressions } from "@/lib/schedule";
import { type ConfigDocument, configDocumentSchema, MAX_CONFIG_CHARS } from "@/lib/schemas/config-document";

import { type ConfigProblem, fieldName } from "./problem";

export { type ConfigProblem, fieldName, formatProblem } from "./problem";

export type ParsedConfig = { ok: true; document: ConfigDocument } | { ok: false; problems: ConfigProblem[] };

type Options = {
  file: string;
  /** The schedule policy (the server passes its CONSOLE_MIN_INTERVAL); null when the schedules pass. */
  policy?: (schedules: ScheduleExpressions) => PolicyErrors | null;
};

export function parseConfigDocument(text: string, { file, policy }: Options): ParsedConfig {
  const at = (field: string, message: string, line = 1, column = 1): ConfigProblem => ({
    file,
    line,
    column,
    field,
    message,
  });
  if (text.length > MAX_CONFIG_CHARS)
    return {
      ok: false,
      problems: [at("", `The file is too large: at most ${MAX_CONFIG_CHARS / 1024} KiB.`)],
    };

  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const position = (offset: number) => lineCounter.linePos(offset);
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((error) => {
        const { line, col } = position(error.pos[0]);
        return at("", `This is not valid YAML: ${firstLine(error.message)}`, line, col);
      }),
    };
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: 100 });
  } catch (error) {
    return { ok: false, problems: [at("", `This YAML cannot be read: ${String(error)}`)] };
  }
  if (value === null || value === undefined)
    return { ok: false, problems: [at("", "The file is empty: start with `version: 1` and `caches:`.")] };

  const parsed = configDocumentSchema.safeParse(value);
  const problems: ConfigProblem[] = [];
  const locate = (path: readonly PropertyKey[], field: string, message: string, key?: string) => {
    const offset = offsetOf(doc, path, key);
    const { line, col } = position(offset);
    problems.push(at(field, message, line, col));
  };
  if (!parsed.success) {
    const seen = new Set<string>();
    for (const issue of parsed.error.issues) {
      // One problem per field: a value that is not a duration is not also "not longer than zero".
      const path = fieldName(issue.path);
      if (issue.code !== "unrecognized_keys" && seen.has(path)) continue;
      seen.add(path);
      if (issue.code === "unrecognized_keys") {
        for (const key of issue.keys)
          locate(
            issue.path,
            fieldName([...issue.path, key]),
            `Unknown field ${key}: ${knownFields(issue.path)}`,
            key,
          );
      } else {
        locate(issue.path, fieldName(issue.path), issueMessage(issue));
      }
    }
    return { ok: false, problems };
  }
  if (policy) {
    parsed.data.caches.forEach((cache, index) => {
      const errors = policy(cache.schedules);
      for (const [field, message] of Object.entries(errors ?? {}))
        locate(
          ["caches", index, "schedules", field],
          fieldName(["caches", index, "schedules", field]),
          message,
        );
    });
    if (problems.length > 0) return { ok: false, problems };
  }
  return { ok: true, document: parsed.data };
}

const firstLine = (text: string) => text.split("\n")[0] ?? text;

function issueMessage(issue: z.core.$ZodIssue): string {
  // zod's own wording for a missing field ("expected string, received undefined") says nothing about the fix.
  if (issue.code === "invalid_type" && issue.input === undefined)
    return `This field is required (${issue.expected}).`;
  return issue.message;
}

function knownFields(path: readonly PropertyKey[]): string {
  if (path.length === 0) return "use version, project and caches.";
  if (path.length === 2) return "use catalog, schema, table, schedules, freshnessTarget and paused.";
  return "check the spelling.";
}

/** Where the node at `path` starts (or its key; for a missing field, the nearest parent that exists). */
function offsetOf(doc: Document, path: readonly PropertyKey[], key?: string): number {
  for (let length = path.length; length >= 0; length -= 1) {
    const node = length === 0 ? doc.contents : doc.getIn(path.slice(0, length) as unknown[], true);
    if (!isNode(node)) continue;
    if (key !== undefined && length === path.length && isMap(node)) {
      const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && item.key.value === key);
      if (pair && isNode(pair.key) && pair.key.range) return pair.key.range[0];
    }
    if (node.range) return node.range[0];
  }
  return 0;
}
