import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export type SeenRequest = { method: string; url: string; headers: IncomingMessage["headers"]; body: string };
export type Reply = (req: SeenRequest, res: ServerResponse) => void;

/** A real HTTP server that answers each request with the next scripted reply (the last one repeats). */
export async function scriptedServer(replies: Reply[]) {
  const seen: SeenRequest[] = [];
  const server = createServer((req, res) => {
    let body = "";
    req.on("data", (chunk: Buffer) => (body += chunk.toString()));
    req.on("end", () => {
      const entry = { method: req.method ?? "", url: req.url ?? "", headers: req.headers, body };
      seen.push(entry);
      const reply = replies[Math.min(seen.length - 1, replies.length - 1)];
      reply?.(entry, res);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseUrl: `http://127.0.0.1:${port}/api/v1`,
    seen,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

export const json =
  (status: number, body: unknown, headers: Record<string, string> = {}): Reply =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(JSON.stringify(body));
  };

export const text =
  (status: number, body: string): Reply =>
  (_req, res) => {
    res.writeHead(status, { "content-type": "text/html" });
    res.end(body);
  };

export const hang: Reply = () => undefined;

/** Closes the connection without an answer, as a server does to an idle keep-alive socket a request just used. */
export const reset: Reply = (_req, res) => {
  res.socket?.destroy();
};
