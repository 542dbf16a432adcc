// Server actions over HTTP exactly as React's client calls them: POST with the action's id in `Next-Action` and the
// arguments encoded by encodeReply (a JSON array; strings that begin with "$" get one more "$", which decodeReply
// strips again). Ids come from the production build's manifest, so a script could do the same.
import { readFileSync } from "node:fs";
import { join } from "node:path";

import type { APIRequestContext } from "@playwright/test";

type Manifest = {
  node: Record<string, { workers: Record<string, unknown>; filename: string; exportedName: string }>;
};

export type BuildAction = {
  id: string;
  /** Source file and export, e.g. `lib/actions/users/create-user.ts#createUserAction`. */
  name: string;
  file: string;
  /** The export without its `Action` suffix, e.g. `createUser`. */
  short: string;
  /** A console page that imports the action, its dynamic segments filled from `fill`. */
  page: string;
};

/** Every action under lib/actions/ in the build. */
export function buildActions(fill: Record<string, string> = {}): BuildAction[] {
  const manifest = JSON.parse(
    readFileSync(join(process.cwd(), ".next/server/server-reference-manifest.json"), "utf8"),
  ) as Manifest;
  return Object.entries(manifest.node)
    .filter(([, entry]) => entry.filename?.startsWith("lib/actions/"))
    .map(([id, entry]) => {
      const worker = Object.keys(entry.workers)[0] ?? "app/page";
      const page = worker
        .replace(/^app/, "")
        .replace(/\/page$/, "")
        .replace(/\/\([^)]+\)/g, "")
        .replace(/\[(\w+)\]/g, (_match, name: string) => encodeURIComponent(fill[name] ?? name));
      return {
        id,
        name: `${entry.filename}#${entry.exportedName}`,
        file: entry.filename,
        short: entry.exportedName.replace(/Action$/, ""),
        page: page || "/",
      };
    });
}

/** The action defined in `file` (e.g. `lib/actions/caches/delete-cache.ts`). */
function actionInFile(file: string): BuildAction {
  const action = buildActions().find((a) => a.file === file);
  if (!action) throw new Error(`no server action from ${file} in the build's server-reference manifest`);
  return action;
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

export type ActionReply = { status: number; body: string };

/**
 * Calls one action with one argument, bypassing the UI, with the request's cookies (its session, if any). `at` is
 * the page the POST goes to ("/" unless told: the id alone selects the action); `origin` the console's own.
 */
export async function callAction(
  request: APIRequestContext,
  action: BuildAction | string,
  payload: unknown,
  { origin, at = "/", body }: { origin: string; at?: string; body?: string },
): Promise<ActionReply> {
  const { id } = typeof action === "string" ? actionInFile(action) : action;
  const response = await request.post(at, {
    headers: {
      "next-action": id,
      accept: "text/x-component",
      "content-type": "text/plain;charset=UTF-8",
      origin,
    },
    data: body ?? encodeArgs(payload),
  });
  return { status: response.status(), body: await response.text() };
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
