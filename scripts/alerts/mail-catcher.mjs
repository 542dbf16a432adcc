// A local SMTP server that keeps every mail in memory, with a small inbox page: `npm run demo` starts one so alert
// mail needs no mail account, and the tests use it as the real SMTP server nodemailer talks to.
import { createServer } from "node:http";

import { SMTPServer } from "smtp-server";

const MAX_MAIL = 1024 * 1024;

/** @typedef {{ at: string, from: string, to: string[], subject: string, raw: string }} Mail */

/** @param {{ smtpPort?: number, httpPort?: number | null }} [options] */
export async function startMailCatcher(options = {}) {
  /** @type {Mail[]} */
  const inbox = [];
  const smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ["STARTTLS"],
    size: MAX_MAIL,
    logger: false,
    onAuth(_auth, _session, callback) {
      callback(null, { user: "demo" });
    },
    onData(stream, session, callback) {
      const chunks = [];
      stream.on("data", (c) => chunks.push(c));
      stream.on("end", () => {
        const raw = Buffer.concat(chunks).toString("utf8");
        const subject = decodeWords(/^Subject: (.*(?:\r?\n[ \t].*)*)$/im.exec(raw)?.[1] ?? "");
        inbox.push({
          at: new Date().toISOString(),
          from: session.envelope.mailFrom ? session.envelope.mailFrom.address : "",
          to: session.envelope.rcptTo.map((r) => r.address),
          subject,
          raw,
        });
        callback();
      });
    },
  });
  const smtpPort = await new Promise((resolve, reject) => {
    smtp.once("error", reject);
    smtp.listen(options.smtpPort ?? 0, "127.0.0.1", () => resolve(smtp.server.address().port));
  });
  let http = null;
  let inboxUrl = null;
  if (options.httpPort !== null && options.httpPort !== undefined) {
    http = createServer((_req, res) => {
      res.writeHead(200, { "content-type": "text/html; charset=utf-8" });
      res.end(page(inbox));
    });
    const port = await new Promise((resolve) =>
      http.listen(options.httpPort, "127.0.0.1", () => resolve(http.address().port)),
    );
    inboxUrl = `http://127.0.0.1:${port}/`;
  }
  return {
    smtpUrl: `smtp://127.0.0.1:${smtpPort}`,
    inboxUrl,
    inbox,
    close: async () => {
      await new Promise((resolve) => smtp.close(() => resolve(undefined)));
      if (http) await new Promise((resolve) => http.close(() => resolve(undefined)));
    },
  };
}

/** RFC 2047 encoded words (=?UTF-8?Q?…?= / =?UTF-8?B?…?=), as nodemailer writes a subject with brackets. */
function decodeWords(header) {
  return header
    .replace(/\r?\n[ \t]+/g, " ")
    .replace(/\?=\s+=\?/g, "?==?")
    .replace(/=\?([^?]+)\?([QqBb])\?([^?]*)\?=/g, (_m, _charset, enc, text) =>
      enc.toUpperCase() === "B"
        ? Buffer.from(text, "base64").toString("utf8")
        : Buffer.from(
            text
              .replace(/_/g, " ")
              .replace(/=([0-9A-F]{2})/gi, (_x, h) => String.fromCharCode(parseInt(h, 16))),
            "latin1",
          ).toString("utf8"),
    )
    .trim();
}

const esc = (s) =>
  String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);

function page(inbox) {
  const items = inbox
    .slice()
    .reverse()
    .map(
      (m) =>
        `<li><p><strong>${esc(m.subject)}</strong><br>${esc(m.at)} · to ${esc(m.to.join(", "))}</p><details><summary>Message source</summary><pre>${esc(m.raw)}</pre></details></li>`,
    )
    .join("");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Demo mail catcher</title><meta http-equiv="refresh" content="5"></head><body style="font-family:sans-serif;max-width:60rem;margin:2rem auto"><h1>Demo mail catcher</h1><p>${inbox.length} mail(s). This page reloads every 5 s.</p><ol>${items || "<li>No mail yet.</li>"}</ol></body></html>`;
}
