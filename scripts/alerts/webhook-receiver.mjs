// A webhook receiver that checks Cache Console's signature: used by the tests and by `npm run demo` (which shows
// what it received on a small page). It is also the reference for docs/alerts.md's verification snippet.
import { createHmac, timingSafeEqual } from "node:crypto";
import { createServer } from "node:http";

const MAX_BODY = 256 * 1024;

/**
 * `v1=` + hex HMAC-SHA256 of `<timestamp>.<raw body>`; the timestamp must be within `toleranceSeconds` of now.
 * @param {string} secret @param {string | undefined} signature @param {string | undefined} timestamp @param {string} body
 */
export function verifyCacheConsoleSignature(secret, signature, timestamp, body, toleranceSeconds = 300) {
  const seconds = Number(timestamp);
  if (!signature || !Number.isInteger(seconds)) return false;
  if (Math.abs(Date.now() / 1000 - seconds) > toleranceSeconds) return false;
  const expected = Buffer.from(
    `v1=${createHmac("sha256", secret).update(`${seconds}.${body}`).digest("hex")}`,
  );
  const given = Buffer.from(signature);
  return expected.length === given.length && timingSafeEqual(expected, given);
}

/**
 * @typedef {{ at: string, eventId: string | undefined, verified: boolean, status: number, duplicate: boolean, body: string, json: any }} Received
 * @typedef {"ok" | "fail" | "slow"} Mode
 * @param {{ secret?: string, slowMs?: number, port?: number }} [options]
 */
export async function startWebhookReceiver(options = {}) {
  /** @type {Received[]} */
  const received = [];
  /** @type {Mode} */
  let mode = "ok";
  const seen = new Set();
  const server = createServer((req, res) => {
    const chunks = [];
    let size = 0;
    req.on("data", (chunk) => {
      size += chunk.length;
      if (size > MAX_BODY) req.destroy();
      else chunks.push(chunk);
    });
    req.on("end", () => {
      const body = Buffer.concat(chunks).toString("utf8");
      if (req.method === "GET") {
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
        res.end(page(received));
        return;
      }
      const header = (name) => /** @type {string | undefined} */ (req.headers[name]);
      const verified = options.secret
        ? verifyCacheConsoleSignature(
            options.secret,
            header("x-cache-console-signature"),
            header("x-cache-console-timestamp"),
            body,
          )
        : true;
      const id = header("x-cache-console-event-id");
      const answer = (status, text, duplicate = false) => {
        let json = null;
        try {
          json = JSON.parse(body);
        } catch {
          // not JSON
        }
        received.push({
          at: new Date().toISOString(),
          eventId: id,
          verified,
          status,
          duplicate,
          body,
          json,
        });
        res.writeHead(status, { "content-type": "text/plain" });
        res.end(text);
      };
      if (!verified) return answer(401, "bad signature");
      if (mode === "fail") return answer(500, "receiver failing on purpose");
      // Idempotent by event id, as docs/alerts.md asks of receivers: a retry of what was processed is ignored.
      const duplicate = id !== undefined && seen.has(id);
      seen.add(id);
      const text = duplicate ? "duplicate, ignored" : "ok";
      if (mode === "slow") setTimeout(() => answer(200, text, duplicate), options.slowMs ?? 2000);
      else answer(200, text, duplicate);
    });
  });
  const listen = (port) =>
    new Promise((resolve, reject) => {
      server.once("error", reject);
      server.listen(port, "127.0.0.1", () =>
        resolve(/** @type {{ port: number }} */ (server.address()).port),
      );
    });
  let port = await listen(options.port ?? 0);
  return {
    url: `http://127.0.0.1:${port}/hook`,
    received,
    /** What the receiver processed: verified, answered 200, not a duplicate of an event id it had. */
    accepted: () => received.filter((r) => r.status === 200 && r.verified && !r.duplicate),
    /** @param {Mode} next */
    setMode(next) {
      mode = next;
    },
    /** Stops listening (connections are refused) until up(). */
    down: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
    up: async () => {
      port = await listen(port);
    },
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve(undefined));
      }),
  };
}

const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function page(received) {
  const rows = received
    .slice()
    .reverse()
    .map(
      (r) =>
        `<li><p><strong>${esc(r.at)}</strong> · HTTP ${r.status} · signature ${r.verified ? "verified" : "WRONG"} · event ${esc(r.eventId ?? "?")}</p><pre>${esc(JSON.stringify(r.json ?? r.body, null, 2))}</pre></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo webhook receiver</title><meta http-equiv="refresh" content="5"></head><body style="font-family:sans-serif;max-width:60rem;margin:2rem auto"><h1>Demo webhook receiver</h1><p>${received.length} call(s). This page reloads every 5 s.</p><ol>${rows || "<li>Nothing yet.</li>"}</ol></body></html>`;
}
