// A real OpenID provider (the `oidc-provider` package) on a free port, with one client for the console. Logins and
// consents are answered at once for `nextSubject`; `tamper` re-signs the ID token of the next token response with
// changed claims (as a provider mix-up or a token meant for another client would look), with the provider's own key.
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";

import {
  decodeJwt,
  decodeProtectedHeader,
  exportJWK,
  generateKeyPair,
  importJWK,
  SignJWT,
  type JWK,
} from "jose";
import Provider from "oidc-provider";

export type OpenIdProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  nextSubject: { value: string };
  tamper: { claims: Record<string, unknown> | null };
  stop: () => Promise<void>;
};

export async function startOpenIdProvider(redirectUris: string[]): Promise<OpenIdProvider> {
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const { privateKey } = await generateKeyPair("RS256", { extractable: true });
  const jwk: JWK = { ...(await exportJWK(privateKey)), kid: "test-key", alg: "RS256", use: "sig" };
  const signingKey = await importJWK(jwk, "RS256");
  const clientId = "cache-console";
  const clientSecret = "cache-console-client-secret-0123456789";
  const nextSubject = { value: "sso-user-1" };
  const tamper: OpenIdProvider["tamper"] = { claims: null };

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        redirect_uris: redirectUris,
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    jwks: { keys: [jwk] },
    cookies: { keys: ["openid-provider-test-cookie-key"] },
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: false } },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    pkce: { required: () => false },
    findAccount: (_ctx, sub) => ({
      accountId: sub,
      claims: () => ({ sub, email: `${sub}@sso.test`, email_verified: true, name: `SSO ${sub}` }),
    }),
  });
  provider.use(async (ctx, next) => {
    await next();
    const body = ctx.body as { id_token?: string } | undefined;
    if (ctx.path === "/token" && tamper.claims && body?.id_token) {
      const header = decodeProtectedHeader(body.id_token);
      const payload = { ...decodeJwt(body.id_token), ...tamper.claims };
      body.id_token = await new SignJWT(payload)
        .setProtectedHeader({ alg: "RS256", kid: header.kid })
        .sign(signingKey);
      tamper.claims = null;
    }
  });
  const callback = provider.callback();
  server.on("request", (req, res) => {
    if (!req.url?.startsWith("/interaction/")) return void callback(req, res);
    void (async () => {
      const details = await provider.interactionDetails(req, res);
      if (details.prompt.name === "login") {
        await provider.interactionFinished(req, res, { login: { accountId: nextSubject.value } });
        return;
      }
      const grant = new provider.Grant({
        accountId: details.session?.accountId ?? nextSubject.value,
        clientId: String(details.params.client_id),
      });
      grant.addOIDCScope(String(details.params.scope));
      await provider.interactionFinished(
        req,
        res,
        { consent: { grantId: await grant.save() } },
        { mergeWithLastSubmission: true },
      );
    })().catch((error: unknown) => {
      res.statusCode = 500;
      res.end(String(error));
    });
  });
  return {
    issuer,
    clientId,
    clientSecret,
    nextSubject,
    tamper,
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
