// The front's policy: production never allows eval or inline scripts without the nonce; only `npm run dev` relaxes
// what React's development build and hot reload need.
import { describe, expect, it } from "vitest";

import { securityHeaders } from "../../scripts/front/security-headers.mjs";

const directive = (policy: string, name: string) =>
  policy
    .split(";")
    .map((d) => d.trim())
    .find((d) => d.startsWith(`${name} `)) ?? "";

describe("Content-Security-Policy", () => {
  it("in production: scripts only with the nonce, no eval, no websockets, no framing", () => {
    const policy = securityHeaders("abc", { https: false })["Content-Security-Policy"];
    expect(directive(policy, "script-src")).toBe("script-src 'self' 'nonce-abc' 'strict-dynamic'");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self'");
    expect(directive(policy, "frame-ancestors")).toBe("frame-ancestors 'none'");
  });

  it("under npm run dev: eval and the hot-reload websocket, still nonce-only inline scripts", () => {
    const policy = securityHeaders("abc", { https: false, dev: true })["Content-Security-Policy"];
    expect(directive(policy, "script-src")).toBe(
      "script-src 'self' 'nonce-abc' 'strict-dynamic' 'unsafe-eval'",
    );
    expect(directive(policy, "script-src")).not.toContain("unsafe-inline");
    expect(directive(policy, "connect-src")).toBe("connect-src 'self' ws: wss:");
  });
});
