import { randomBytes } from "node:crypto";
import { type IncomingMessage, type ServerResponse } from "node:http";

import { ApiError, badRequest } from "./errors";

const MAX_BODY_BYTES = 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = body === undefined ? "" : JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    "cache-control": "no-store",
  });
  res.end(text);
}

export function sendError(res: ServerResponse, error: ApiError): void {
  sendJson(res, error.status, {
    errorCode: error.errorCode,
    message: error.message,
    traceId: randomBytes(8).toString("hex"),
  });
}

export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const declared = Number(req.headers["content-length"] ?? "0");
  if (declared > MAX_BODY_BYTES) {
    req.resume();
    throw badRequest(
      "PAYLOAD_TOO_LARGE",
      "The request body is larger than 1 MB. Send fewer items per request.",
    );
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    const buffer = chunk as Buffer;
    size += buffer.length;
    if (size > MAX_BODY_BYTES) {
      req.resume();
      throw badRequest(
        "PAYLOAD_TOO_LARGE",
        "The request body is larger than 1 MB. Send fewer items per request.",
      );
    }
    chunks.push(buffer);
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.trim() === "") {
    throw badRequest("INVALID_JSON", "The request body is empty. Send a JSON document.");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const detail = error instanceof Error ? error.message : "parse error";
    throw badRequest("INVALID_JSON", `The request body is not valid JSON (${detail}).`);
  }
}

export function isApiError(error: unknown): error is ApiError {
  return error instanceof ApiError;
}
