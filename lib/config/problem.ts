// A config file's problem as every reader shows it (the CLI, the import page, the API); no YAML parser here, so
// the browser bundle stays small.
export type ConfigProblem = { file: string; line: number; column: number; field: string; message: string };

/** `file:line:column: field: message`, the shape editors and CI logs link from. */
export function formatProblem(p: ConfigProblem): string {
  return `${p.file}:${p.line}:${p.column}: ${p.field ? `${p.field}: ` : ""}${p.message}`;
}

/** `caches[2].schedules.incremental` */
export function fieldName(path: readonly PropertyKey[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : `${i === 0 ? "" : "."}${String(part)}`))
    .join("");
}
