// Writes a project's caches as a config file: a stable order (catalog, schema, table) and a comment on every value
// that is a default, so a reviewer sees what was chosen and what was left alone.
import { Document, isScalar } from "yaml";

import { CONFIG_VERSION, type ConfigCache, type ConfigDocument } from "@/lib/schemas/config-document";

export const compareCaches = (a: ConfigCache, b: ConfigCache): number =>
  compare(a.catalog, b.catalog) || compare(a.schema, b.schema) || compare(a.table, b.table);
// Code-unit order, the same on every machine (localeCompare is not).
const compare = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export function exportConfigDocument(projectId: string, caches: readonly ConfigCache[]): string {
  const sorted = [...caches].sort(compareCaches);
  const value: ConfigDocument = {
    version: CONFIG_VERSION,
    project: projectId,
    caches: sorted.map((c) => ({
      catalog: c.catalog,
      schema: c.schema,
      table: c.table,
      schedules: { incremental: c.schedules.incremental, fullRefresh: c.schedules.fullRefresh },
      freshnessTarget: c.freshnessTarget ?? null,
      paused: c.paused ?? false,
    })),
  };
  const doc = new Document(value);
  doc.commentBefore = [
    ` Cache Console config: the caches of project ${projectId}.`,
    " Check it against a project with `npm run cc -- plan <file> --project <id>`, then `apply`.",
    " Schedules are ISO-8601 durations (PT1H, P1D); null switches a schedule off.",
  ].join("\n");
  const comment = (path: unknown[], text: string) => {
    const node = doc.getIn(path, true);
    if (isScalar(node)) node.comment = ` ${text}`;
  };
  comment(["project"], "where this was exported from; plan and apply take the target project");
  sorted.forEach((c, i) => {
    if (c.schedules.incremental === null) comment(["caches", i, "schedules", "incremental"], "off");
    if (c.schedules.fullRefresh === null) comment(["caches", i, "schedules", "fullRefresh"], "off");
    if (!c.freshnessTarget)
      comment(
        ["caches", i, "freshnessTarget"],
        "default: the project's target, else derived from the schedules",
      );
    if (!c.paused) comment(["caches", i, "paused"], "default");
  });
  return doc.toString({ lineWidth: 0 });
}
