// The console's front door, in the same process as Next: it checks what must be checked before Next reads
// anything (body size, client address, forwarding headers) and adds the security headers to every answer.
import { checkBody, limitStreamedBody, tooLargeMessage } from "./body-limit.mjs";
import { CLIENT_ADDRESS_HEADER, FORWARDING_HEADERS, clientAddress } from "./client-address.mjs";
import { newNonce, securityHeaders } from "./security-headers.mjs";

const PROXY_HOST_HEADERS = ["x-forwarded-host", "x-forwarded-proto", "x-forwarded-port"];

// Pages whose status the app router cannot set itself.
const STATUS_BY_PATH = { "/forbidden": 403 };

function plain(res, status, message) {
  res.writeHead(status, {
    "Content-Type": "text/plain; charset=utf-8",
    "Content-Length": Buffer.byteLength(message),
    // The rest of an oversized body is never read, so this connection cannot carry another request.
    Connection: "close",
  });
  res.end(message);
}

/**
 * @param {(req: import("node:http").IncomingMessage, res: import("node:http").ServerResponse) => unknown} handle
 * @param {{ trusted: { has: (address: string) => boolean }, https: boolean, dev?: boolean }} options
 */
export function createFront(handle, options) {
  return function front(req, res) {
    const nonce = newNonce();
    for (const [name, value] of Object.entries(securityHeaders(nonce, options))) res.setHeader(name, value);
    const pathname = (req.url ?? "/").split("?")[0];
    const refused = checkBody(req.method ?? "GET", pathname, req.headers);
    if (refused) {
      plain(res, refused.status, refused.message);
      res.on("finish", () => req.socket.destroySoon?.());
      return;
    }
    if (req.headers["content-length"] === undefined && req.headers["transfer-encoding"] !== undefined) {
      limitStreamedBody(req, pathname, () => {
        if (!res.headersSent) plain(res, 413, tooLargeMessage(pathname));
        req.socket.destroySoon?.();
      });
    }
    const peer = req.socket.remoteAddress ?? "";
    const address = clientAddress(peer, req.headers, options.trusted);
    // A trusted proxy may still tell Next the public host and scheme; nobody else may.
    const kept = options.trusted.has(peer) ? PROXY_HOST_HEADERS : [];
    for (const name of [...FORWARDING_HEADERS, CLIENT_ADDRESS_HEADER, "x-nonce", "content-security-policy"]) {
      if (!kept.includes(name)) delete req.headers[name];
    }
    req.headers[CLIENT_ADDRESS_HEADER] = address;
    // Next reads the nonce from the request's policy and puts it on every script it renders.
    req.headers["content-security-policy"] = res.getHeader("Content-Security-Policy");
    req.headers["x-nonce"] = nonce;
    const status = STATUS_BY_PATH[pathname];
    if (status) {
      const writeHead = res.writeHead.bind(res);
      res.writeHead = (code, ...rest) => writeHead(code === 200 ? status : code, ...rest);
    }
    return handle(req, res);
  };
}
