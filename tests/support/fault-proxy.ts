// A real HTTP proxy between the console and the Partner API that injects faults on demand.
// Control API (separate port, so "refused" can close the data port): POST /fault, DELETE /fault, GET /log (or
// /log?from=N, the entries after the first N), DELETE /log.
import {
  createServer,
  request as httpRequest,
  type IncomingMessage,
  type Server,
  type ServerResponse,
} from "node:http";
import type { Socket } from "node:net";

export type FaultKind =
  "latency" | "hang" | "reset" | "refused" | "status" | "rate-limit" | "malformed-json" | "html" | "mutate";

export type Fault = {
  kind: FaultKind;
  /** Only requests whose "METHOD /path" matches this regular expression are affected (default: all). */
  match?: string;
  /** How many matching requests to affect before passing through again (default: unlimited). */
  times?: number;
  status?: number;
  delayMs?: number;
  retryAfterSeconds?: number;
};

export type ProxyLogEntry = {
  method: string;
  path: string;
  status: number | "reset" | "hang";
  faulted: boolean;
  /** The request reached the target (a write may have been carried out whatever the answer said). */
  forwarded: boolean;
  /** The caller's X-Request-Id (the console sends the id of the request that made the call), if any. */
  requestId: string | null;
};

const requestIdOf = (req: IncomingMessage): string | null => {
  const id = req.headers["x-request-id"];
  return typeof id === "string" ? id : null;
};

type Active = Fault & { remaining: number };

const UNKNOWN_ENUM = "QUANTUM_ENTANGLED";

export function mutateJson(value: unknown, depth = 0): unknown {
  if (Array.isArray(value)) return value.map((v) => mutateJson(v, depth + 1));
  if (value === null || typeof value !== "object") return value;
  const out: Record<string, unknown> = { vendorAddedField: { nested: [1, "two", null] } };
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    if (key === "status" || key === "executionMode" || key === "catalogType") out[key] = UNKNOWN_ENUM;
    else if (typeof v === "number" || (typeof v === "string" && /At$/.test(key))) out[key] = null;
    else out[key] = depth > 6 ? v : mutateJson(v, depth + 1);
  }
  return out;
}

const json = (res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}) => {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(body));
};

/** Collects the target's whole answer, then hands it on. */
const buffered = (up: IncomingMessage, done: (body: Buffer) => void) => {
  const chunks: Buffer[] = [];
  up.on("data", (c: Buffer) => chunks.push(c));
  up.on("end", () => done(Buffer.concat(chunks)));
};

type Reshape = (fault: Active, up: IncomingMessage, res: ServerResponse) => void;

const passThrough: Reshape = (_fault, up, res) => {
  res.writeHead(up.statusCode ?? 502, up.headers);
  up.pipe(res);
};

type Behaviour =
  /** The proxy answers by itself and the target never sees the request; returns the status to log. */
  | { inject: (fault: Active, req: IncomingMessage, res: ServerResponse) => ProxyLogEntry["status"] }
  /** The target carries the request out; only its answer is changed on the way back. */
  | { reshape: Reshape; loggedStatus?: number }
  /** "refused" closes the data port itself (setFault), so a request that still arrives passes through. */
  | null;

const FAULTS: Record<FaultKind, Behaviour> = {
  hang: {
    inject(_fault, req) {
      req.resume();
      return "hang";
    },
  },
  reset: {
    inject(_fault, req) {
      req.socket.destroy();
      return "reset";
    },
  },
  status: {
    inject(fault, _req, res) {
      const status = fault.status ?? 500;
      json(res, status, {
        errorCode: `HTTP_${status}`,
        message: `Injected ${status}`,
        traceId: "proxy-trace",
      });
      return status;
    },
  },
  "rate-limit": {
    inject(fault, _req, res) {
      json(
        res,
        429,
        { errorCode: "RATE_LIMITED", message: "Too many requests" },
        { "retry-after": String(fault.retryAfterSeconds ?? 1) },
      );
      return 429;
    },
  },
  html: {
    inject(fault, _req, res) {
      const status = fault.status ?? 502;
      res.writeHead(status, { "content-type": "text/html" });
      res.end("<html><body><h1>502 Bad Gateway</h1><p>nginx</p></body></html>");
      return status;
    },
  },
  refused: null,
  "malformed-json": {
    // Peaka carried the request out; only its answer arrives cut off.
    loggedStatus: 200,
    reshape(_fault, up, res) {
      up.resume();
      res.writeHead(200, { "content-type": "application/json" });
      res.end('{"id": "abc", "status": ');
    },
  },
  latency: {
    // Peaka carried the request out at once; only its answer arrives late (if the caller still waits).
    reshape(fault, up, res) {
      buffered(up, (body) =>
        setTimeout(() => {
          if (res.destroyed) return;
          res.writeHead(up.statusCode ?? 502, up.headers);
          res.end(body);
        }, fault.delayMs ?? 1000),
      );
    },
  },
  mutate: {
    reshape(_fault, up, res) {
      buffered(up, (raw) => {
        let body = raw.toString("utf8");
        try {
          body = JSON.stringify(mutateJson(JSON.parse(body)));
        } catch {
          // Not JSON: pass it through untouched.
        }
        const headers = { ...up.headers };
        delete headers["content-length"];
        res.writeHead(up.statusCode ?? 200, headers);
        res.end(body);
      });
    },
  },
};

export async function startFaultProxy(options: {
  target: string;
  port?: number;
  controlPort?: number;
  host?: string;
}) {
  const target = new URL(options.target);
  const host = options.host ?? "127.0.0.1";
  let active: Active | null = null;
  const log: ProxyLogEntry[] = [];
  const sockets = new Set<Socket>();
  let dataPort = options.port ?? 0;

  const takeFault = (method: string, path: string): Active | null => {
    if (!active || active.remaining === 0) return null;
    if (active.match && !new RegExp(active.match).test(`${method} ${path}`)) return null;
    active.remaining -= 1;
    return active;
  };

  const forward = (req: IncomingMessage, res: ServerResponse, fault: Active | null) => {
    const reshaped = fault ? FAULTS[fault.kind] : null;
    const answer = reshaped && "reshape" in reshaped ? reshaped : null;
    const upstream = httpRequest(
      {
        host: target.hostname,
        port: target.port,
        method: req.method,
        path: req.url,
        headers: { ...req.headers, host: target.host },
      },
      (up) => {
        log.push({
          method: req.method ?? "GET",
          path: req.url ?? "/",
          status: answer?.loggedStatus ?? up.statusCode ?? 0,
          faulted: !!fault,
          forwarded: true,
          requestId: requestIdOf(req),
        });
        (answer?.reshape ?? passThrough)(fault as Active, up, res);
      },
    );
    upstream.on("error", () => {
      // Logged like any answer: a caller that waits for the log to hold every call it made would otherwise wait
      // for this one forever (the fuzz harness waited out its whole limit after each action).
      if (!res.headersSent)
        log.push({
          method: req.method ?? "GET",
          path: req.url ?? "/",
          status: 502,
          faulted: false,
          forwarded: true,
          requestId: requestIdOf(req),
        });
      if (!res.headersSent) res.writeHead(502, { "content-type": "application/json" });
      res.end(JSON.stringify({ errorCode: "PROXY_UPSTREAM", message: "upstream unreachable" }));
    });
    req.pipe(upstream);
  };

  const handle = (req: IncomingMessage, res: ServerResponse) => {
    const method = req.method ?? "GET";
    const path = req.url ?? "/";
    const fault = takeFault(method, path);
    const behaviour = fault ? FAULTS[fault.kind] : null;
    if (!fault || !behaviour) return forward(req, res, null);
    if ("reshape" in behaviour) return forward(req, res, fault);
    const status = behaviour.inject(fault, req, res);
    log.push({ method, path, status, faulted: true, forwarded: false, requestId: requestIdOf(req) });
  };

  const data: Server = createServer(handle);
  // Idle client connections close after a second, so a new fault reaches fresh connections soon.
  data.keepAliveTimeout = 1000;
  data.on("connection", (s) => {
    sockets.add(s);
    s.on("close", () => sockets.delete(s));
  });
  const listen = () =>
    new Promise<void>((resolve) =>
      data.listen(dataPort, host, () => {
        dataPort = (data.address() as { port: number }).port;
        resolve();
      }),
    );
  const close = () =>
    new Promise<void>((resolve) => {
      for (const s of sockets) s.destroy();
      data.close(() => resolve());
    });
  await listen();

  const setFault = async (fault: Fault | null) => {
    const wasRefused = active?.kind === "refused";
    active = fault ? { ...fault, remaining: fault.times ?? Number.POSITIVE_INFINITY } : null;
    if (fault?.kind === "refused" && !wasRefused) await close();
    if (fault?.kind !== "refused" && wasRefused) await listen();
    // Pooled keep-alive connections would otherwise keep talking to the old behaviour.
    for (const s of sockets) s.destroy();
  };

  const readBody = async (req: IncomingMessage) => {
    let text = "";
    for await (const chunk of req) text += String(chunk);
    return text;
  };

  const control = createServer((req, res) => {
    void (async () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { "content-type": "application/json" });
        res.end(JSON.stringify(body));
      };
      if (req.url === "/fault" && req.method === "POST") {
        await setFault(JSON.parse(await readBody(req)) as Fault);
        return reply(200, { ok: true });
      }
      if (req.url === "/fault" && req.method === "DELETE") {
        await setFault(null);
        return reply(200, { ok: true });
      }
      // `?from=N`: only the entries after the first N, so a reader that keeps its own copy never fetches megabytes.
      const from = /^\/log\?from=(\d+)$/.exec(req.url ?? "")?.[1];
      if (from !== undefined && req.method === "GET") return reply(200, log.slice(Number(from)));
      if (req.url === "/log" && req.method === "GET") return reply(200, log);
      if (req.url === "/log" && req.method === "DELETE") {
        log.length = 0;
        return reply(200, { ok: true });
      }
      if (req.url === "/healthz") return reply(200, { ok: true, dataPort });
      reply(404, { message: "unknown control path" });
    })().catch((error: unknown) => {
      res.writeHead(400, { "content-type": "application/json" });
      res.end(JSON.stringify({ message: String(error) }));
    });
  });
  await new Promise<void>((resolve) => control.listen(options.controlPort ?? 0, host, () => resolve()));
  const controlPort = (control.address() as { port: number }).port;

  return {
    dataPort,
    controlPort,
    url: `http://${host}:${dataPort}`,
    setFault,
    log,
    async stop() {
      await setFault(null);
      await close();
      await new Promise<void>((resolve) => control.close(() => resolve()));
    },
  };
}

if (process.argv[1] && import.meta.url.endsWith(process.argv[1].replace(/.*\//, ""))) {
  const { parseArgs } = await import("node:util");
  const { values } = parseArgs({
    options: {
      port: { type: "string" },
      "control-port": { type: "string" },
      target: { type: "string" },
    },
  });
  if (!values.target) throw new Error("--target is required, e.g. --target http://127.0.0.1:4010");
  const proxy = await startFaultProxy({
    target: values.target,
    port: Number(values.port ?? 0),
    controlPort: Number(values["control-port"] ?? 0),
  });
  console.log(`fault proxy on ${proxy.url} (control on ${proxy.controlPort}) -> ${values.target}`);
}
