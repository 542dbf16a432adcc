import { type IncomingMessage } from "node:http";

import { badRequest } from "./errors";

export type RouteContext = {
  req: IncomingMessage;
  params: Record<string, string>;
  query: URLSearchParams;
};

export type RouteHandler<A> = (ctx: RouteContext, auth: A) => Promise<RouteResult> | RouteResult;
export type RouteResult = { status?: number; body: unknown };

type Route<A> = { method: string; parts: string[]; handler: RouteHandler<A> };

export function splitPath(rawPath: string): string[] {
  const segments = rawPath.split("/").filter((s) => s !== "");
  return segments.map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      throw badRequest("INVALID_PATH", `The path segment "${segment}" is not valid percent-encoding.`);
    }
  });
}

export class Router<A> {
  private readonly routes: Route<A>[] = [];

  add(method: string, pattern: string, handler: RouteHandler<A>): void {
    this.routes.push({ method, parts: pattern.split("/").filter((s) => s !== ""), handler });
  }

  match(
    method: string,
    segments: string[],
  ): { handler: RouteHandler<A>; params: Record<string, string> } | "method-not-allowed" | undefined {
    let pathMatched = false;
    for (const route of this.routes) {
      const params = matchParts(route.parts, segments);
      if (!params) continue;
      pathMatched = true;
      if (route.method === method) return { handler: route.handler, params };
    }
    return pathMatched ? "method-not-allowed" : undefined;
  }
}

function matchParts(parts: string[], segments: string[]): Record<string, string> | undefined {
  if (parts.length !== segments.length) return undefined;
  const params: Record<string, string> = {};
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i] ?? "";
    const segment = segments[i] ?? "";
    if (part.startsWith("{") && part.endsWith("}")) params[part.slice(1, -1)] = segment;
    else if (part !== segment) return undefined;
  }
  return params;
}
