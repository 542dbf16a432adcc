type CsvEntry = {
  at: string;
  actorEmail: string;
  actorRole: string;
  action: string;
  outcome: string;
  projectId: string | null;
  target: string;
  detail: string | null;
  request: string;
};

const HEADER = ["time (UTC)", "actor", "role", "action", "outcome", "project", "target", "detail", "request"];

/**
 * One field, quoted when needed. A leading = + - @ (or tab/CR) would run as a formula in a spreadsheet, so such a
 * field is prefixed with an apostrophe (OWASP "CSV injection").
 */
export function csvField(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

export function auditCsv(entries: CsvEntry[]): string {
  const rows = entries.map((e) => [
    e.at,
    e.actorEmail,
    e.actorRole,
    e.action,
    e.outcome,
    e.projectId ?? "",
    e.target,
    e.detail ?? "",
    e.request,
  ]);
  return [HEADER, ...rows].map((row) => row.map(csvField).join(",")).join("\r\n") + "\r\n";
}
