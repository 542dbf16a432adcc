// The config-as-code document: a project's caches as a reviewable file. Built from the same schemas as the forms
// and actions (schedules, freshness target), so a file is refused for exactly what the UI would refuse.
import * as z from "zod/mini";

import { freshnessTargetSchema } from "./freshness";
import { schedulesSchema } from "./schedules";

export const CONFIG_VERSION = 1;
/** A config file larger than this is refused before it is parsed; sent as a JSON string (escapes may double it) it stays under the front's 1 MiB body bound. */
export const MAX_CONFIG_CHARS = 256 * 1024;
export const MAX_CONFIG_CACHES = 500;

const name = (what: string, max: number) =>
  z.string(`Give the ${what} as text.`).check(z.minLength(1, `The ${what} is empty.`), z.maxLength(max));

export const configCacheSchema = z.strictObject({
  catalog: name("catalog's query name", 200),
  schema: name("schema name", 500),
  table: name("table name", 500),
  schedules: schedulesSchema,
  /** null or absent: the project default, else derived from the schedules. */
  freshnessTarget: z.optional(z.nullable(freshnessTargetSchema)),
  /** true: the schedules are remembered by the console and switched off in Peaka. */
  paused: z.optional(z.boolean("Write paused as true or false.")),
});
export type ConfigCache = z.infer<typeof configCacheSchema>;

export const configKey = (c: Pick<ConfigCache, "catalog" | "schema" | "table">): string =>
  `${c.catalog}.${c.schema}.${c.table}`;

export const configDocumentSchema = z.strictObject({
  version: z.literal(CONFIG_VERSION, `Write version: ${CONFIG_VERSION} (the only version so far).`),
  /** Where the file was exported from; plan and apply take the target project separately. */
  project: z.optional(z.string().check(z.maxLength(100))),
  caches: z.array(configCacheSchema).check(
    z.maxLength(MAX_CONFIG_CACHES, `At most ${MAX_CONFIG_CACHES} caches per file.`),
    z.superRefine((caches, ctx) => {
      const seen = new Set<string>();
      caches.forEach((cache, index) => {
        const key = configKey(cache);
        if (seen.has(key))
          ctx.addIssue({
            code: "custom",
            path: [index, "table"],
            message: `${key} is listed twice: keep one entry per table.`,
          });
        seen.add(key);
      });
    }),
  ),
});
export type ConfigDocument = z.infer<typeof configDocumentSchema>;

const projectId = z.string().check(z.minLength(1), z.maxLength(100));

/** What plan and apply take: the file's text (YAML or JSON), its name for messages, and whether to prune. */
export const configRequestSchema = z.object({
  projectId,
  document: z.string().check(
    z.minLength(1, "The file is empty."),
    z.maxLength(MAX_CONFIG_CHARS, `The file is too large: at most ${MAX_CONFIG_CHARS / 1024} KiB.`),
  ),
  fileName: z._default(z.string().check(z.maxLength(200)), "config.yaml"),
  prune: z._default(z.boolean(), false),
});
export type ConfigRequest = z.infer<typeof configRequestSchema>;
