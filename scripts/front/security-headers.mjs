// Response headers every answer carries, and the per-request nonce Next puts on its own scripts.
import { randomBytes } from "node:crypto";

/** @param {{ dev?: boolean }} [options] */
export function contentSecurityPolicy(nonce, options = {}) {
  // Only `npm run dev`: React's development build evaluates code, and hot reload talks over a websocket.
  const dev = options.dev ? { script: " 'unsafe-eval'", connect: " ws: wss:" } : { script: "", connect: "" };
  return [
    "default-src 'self'",
    // 'strict-dynamic': the chunks Next's nonced scripts load are allowed; no inline script without the nonce.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev.script}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    `connect-src 'self'${dev.connect}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
}

export const newNonce = () => randomBytes(16).toString("base64");

/** @param {{ https: boolean, dev?: boolean }} options */
export function securityHeaders(nonce, options) {
  const headers = {
    "Content-Security-Policy": contentSecurityPolicy(nonce, options),
    "X-Frame-Options": "DENY",
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()",
    "Cross-Origin-Opener-Policy": "same-origin",
    "X-Robots-Tag": "noindex, nofollow",
  };
  if (options.https) headers["Strict-Transport-Security"] = "max-age=31536000; includeSubDomains";
  return headers;
}
