import { type IncomingMessage } from "node:http";

import { type Auth } from "../deps";
import { type StateDb } from "../state/open-state";
import { ApiError } from "./errors";

export function authenticate(state: StateDb, req: IncomingMessage): Auth {
  const header = req.headers.authorization;
  if (!header) {
    throw new ApiError(
      401,
      "UNAUTHORIZED",
      "Missing Authorization header. Send `Authorization: Bearer <API key>`.",
    );
  }
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header);
  if (!match?.[1]) {
    throw new ApiError(
      401,
      "UNAUTHORIZED",
      "Malformed Authorization header. Use `Authorization: Bearer <API key>`.",
    );
  }
  const row = state.prepare("SELECT kind, project_id FROM api_keys WHERE key = ?").get(match[1]) as
    { kind: "partner" | "project"; project_id: string | null } | undefined;
  if (!row)
    throw new ApiError(
      401,
      "UNAUTHORIZED",
      "The API key is not valid. Check dev-keys.json for a working key.",
    );
  return row.kind === "partner" ? { kind: "partner" } : { kind: "project", projectId: row.project_id ?? "" };
}

export function requirePartner(auth: Auth): void {
  if (auth.kind !== "partner") {
    throw new ApiError(
      403,
      "FORBIDDEN",
      "This endpoint needs a Partner API key; a Project API key cannot call it.",
    );
  }
}

export function requireProject(state: StateDb, auth: Auth, projectId: string): void {
  if (auth.kind === "project" && auth.projectId !== projectId) {
    throw new ApiError(
      403,
      "FORBIDDEN",
      `This Project API key belongs to project ${auth.projectId}, not ${projectId}.`,
    );
  }
  const exists = state.prepare("SELECT 1 FROM projects WHERE id = ?").get(projectId);
  if (!exists) throw new ApiError(404, "PROJECT_NOT_FOUND", `Project "${projectId}" does not exist.`);
}
