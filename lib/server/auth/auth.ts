import "server-only";

import { betterAuth } from "better-auth";
import { nextCookies } from "better-auth/next-js";
import { admin, genericOAuth } from "better-auth/plugins";
import { createAccessControl } from "better-auth/plugins/access";
import { adminAc, defaultStatements } from "better-auth/plugins/admin/access";

import { env } from "../env";
import { getConsoleDb } from "../db/database";

import { CLIENT_ADDRESS_HEADER } from "@/lib/client-address-header";
import { authSecret } from "./secret";

const ac = createAccessControl(defaultStatements);
// Without CONSOLE_IMPERSONATION=on an admin cannot impersonate, even through better-auth's own API.
const adminStatements = {
  ...adminAc.statements,
  user: adminAc.statements.user.filter((p) => env.CONSOLE_IMPERSONATION === "on" || p !== "impersonate"),
};
const roles = {
  viewer: ac.newRole({ user: [], session: [] }),
  operator: ac.newRole({ user: [], session: [] }),
  admin: ac.newRole(adminStatements),
};

export const OIDC_PROVIDER_ID = "oidc";

export function oidcConfigured(): boolean {
  return Boolean(env.OIDC_ISSUER && env.OIDC_CLIENT_ID && env.OIDC_CLIENT_SECRET);
}

function ssoPlugins() {
  if (!env.OIDC_ISSUER || !env.OIDC_CLIENT_ID || !env.OIDC_CLIENT_SECRET) return [];
  const issuer = env.OIDC_ISSUER.replace(/\/+$/, "");
  return [
    genericOAuth({
      config: [
        {
          providerId: OIDC_PROVIDER_ID,
          clientId: env.OIDC_CLIENT_ID,
          clientSecret: env.OIDC_CLIENT_SECRET,
          discoveryUrl: `${issuer}/.well-known/openid-configuration`,
          scopes: ["openid", "email", "profile"],
          // Only a signed ID token from the discovered issuer, for this client, signs anyone in.
          requireIdTokenVerification: true,
        },
      ],
    }),
  ];
}

/** Loopback hosts are interchangeable in local use; a real deployment names one URL. */
function trustedOrigins(): string[] {
  if (!env.BETTER_AUTH_URL) return [];
  const url = new URL(env.BETTER_AUTH_URL);
  const origins = [url.origin];
  const twin = { "127.0.0.1": "localhost", localhost: "127.0.0.1" }[url.hostname];
  if (twin) origins.push(`${url.protocol}//${twin}${url.port ? `:${url.port}` : ""}`);
  return origins;
}

function createAuth() {
  const { db, kind } = getConsoleDb();
  return betterAuth({
    appName: "Cache Console",
    secret: authSecret(),
    baseURL: env.BETTER_AUTH_URL,
    trustedOrigins: trustedOrigins(),
    database: { db, type: kind },
    emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 10 },
    session: { expiresIn: 60 * 60 * 12, updateAge: 60 * 60 },
    rateLimit: { enabled: env.AUTH_RATE_LIMIT === "on", window: 60, max: 100 },
    // Set by scripts/front/ from the connection (or a trusted proxy); any header a client sends is dropped there.
    advanced: { ipAddress: { ipAddressHeaders: [CLIENT_ADDRESS_HEADER] } },
    plugins: [
      admin({ ac, roles, defaultRole: "viewer", adminRoles: ["admin"] }),
      ...ssoPlugins(),
      nextCookies(),
    ],
  });
}

export type ConsoleAuth = ReturnType<typeof createAuth>;

let instance: ConsoleAuth | undefined;

export function getAuthInstance(): ConsoleAuth {
  instance ??= createAuth();
  return instance;
}
