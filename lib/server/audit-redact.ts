/**
 * What the audit log keeps of a request: secrets replaced, long text cut, deep or wide structures pruned. It runs
 * on every entry, refused calls included, whose input was never validated.
 */
const SECRET_KEY = /pass(word|phrase)?|secret|token|api[-_]?key|authori[sz]ation|cookie|credential|private/i;
export const MAX_TEXT = 200;
const MAX_ITEMS = 20;
const MAX_KEYS = 30;
const MAX_DEPTH = 4;

export const REDACTED = "[redacted]";

export function redactForAudit(value: unknown, depth = 0): unknown {
  if (typeof value === "string") {
    // A password inside a URL (smtp://user:password@host) is a secret whatever the key is called.
    const text = value.replace(/(\/\/[^/\s:@]*):[^/\s@]*@/g, `$1:${REDACTED}@`);
    return text.length > MAX_TEXT ? `${text.slice(0, MAX_TEXT)}…` : text;
  }
  if (value === null || typeof value !== "object") {
    return typeof value === "number" || typeof value === "boolean"
      ? value
      : value === null
        ? null
        : undefined;
  }
  if (depth >= MAX_DEPTH) return "…";
  if (Array.isArray(value)) {
    const items = value.slice(0, MAX_ITEMS).map((item) => redactForAudit(item, depth + 1));
    return value.length > MAX_ITEMS ? [...items, `… ${value.length - MAX_ITEMS} more`] : items;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  const kept = entries
    .slice(0, MAX_KEYS)
    .map(([key, item]) => [
      key.slice(0, MAX_TEXT),
      SECRET_KEY.test(key) ? REDACTED : redactForAudit(item, depth + 1),
    ]);
  if (entries.length > MAX_KEYS) kept.push(["…", `${entries.length - MAX_KEYS} more keys`]);
  return Object.fromEntries(kept);
}
