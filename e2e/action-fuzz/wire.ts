// Server actions over HTTP exactly as React's client calls them: POST to a page that imports the action, with the
// action's id in `Next-Action` and the arguments encoded by encodeReply (a JSON array; strings that begin with "$"
// get one more "$", which decodeReply strips again).
import { readFileSync } from "node:fs";

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
};

export type WireAction = { id: string; page: string };

/** Each action's id and a console page that serves it, from the production build's manifest. */
export function actionsFromBuild(fill: Record<string, string>): Map<string, WireAction> {
  const manifest = JSON.parse(
    readFileSync(".next/server/server-reference-manifest.json", "utf8"),
  ) as Manifest;
  const actions = new Map<string, WireAction>();
  for (const [id, entry] of Object.entries(manifest.node)) {
    const worker = Object.keys(entry.workers)[0];
    if (!worker || !entry.filename.startsWith("lib/actions/")) continue;
    const page = worker
      .replace(/^app/, "")
      .replace(/\/page$/, "")
      .replace(/\/\([^)]+\)/g, "")
      .replace(/\[(\w+)\]/g, (_match, name: string) => encodeURIComponent(fill[name] ?? name));
    actions.set(entry.exportedName.replace(/Action$/, ""), { id, page: page || "/" });
  }
  return actions;
}

function escapeDollars(value: unknown): unknown {
  if (typeof value === "string") return value.startsWith("$") ? `$${value}` : value;
  if (Array.isArray(value)) return value.map(escapeDollars);
  if (value === null || typeof value !== "object") return value;
  return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, escapeDollars(v)]));
}

export function encodeArgs(payload: unknown): string {
  return JSON.stringify([escapeDollars(payload)]);
}

export type ActionAnswer = { data?: unknown; serverError?: unknown; validationErrors?: unknown };

/** The action's return value from the RSC payload (row 1; row 0 is the router's envelope). */
export function readAnswer(text: string): ActionAnswer | null {
  const row = text.split("\n").find((line) => line.startsWith("1:"));
  if (!row) return null;
  try {
    return JSON.parse(row.slice(2)) as ActionAnswer;
  } catch {
    return null;
  }
}
