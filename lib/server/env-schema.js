// Plain JS so that next.config.js can import it: a bad value stops `next build` and `next start`.
import { isIP } from "node:net";

import { z } from "zod";

export const ZONE_BASE_URLS = {
  us: "https://partner.peaka.studio/api/v1",
  eu: "https://partner.eu.peaka.studio/api/v1",
};
export const SANDBOX_BASE_URL = "http://127.0.0.1:4010/api/v1";

function trustedProxiesValid(text) {
  return text
    .split(/[\s,]+/)
    .filter(Boolean)
    .every((entry) => {
      const [address, prefix, extra] = entry.split("/");
      const family = isIP(address);
      const max = family === 4 ? 32 : 128;
      return (
        family !== 0 &&
        extra === undefined &&
        (prefix === undefined || (/^\d+$/.test(prefix) && Number(prefix) <= max))
      );
    });
}

const optionalText = z.string().trim().min(1).optional();

const ISO_INTERVAL = /^P(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d+)?)S)?)?$/;

/**
 * Seconds of a plain ISO-8601 duration (days, hours, minutes, seconds), or null. Plain JS and a narrow grammar,
 * because next.config.js imports this file; lib/schedule parses everything Peaka accepts.
 * @param {string} text
 */
export function isoIntervalSeconds(text) {
  const upper = text.trim().toUpperCase();
  const match = ISO_INTERVAL.exec(upper);
  if (!match || upper === "P" || upper.endsWith("T")) return null;
  const [, d = "0", h = "0", m = "0", s = "0"] = match;
  return Number(d) * 86400 + Number(h) * 3600 + Number(m) * 60 + Number(s);
}

const MAX_MIN_INTERVAL_SECONDS = 7 * 86400;

const url = (what) =>
  z
    .string()
    .trim()
    .url({ message: `must be an absolute URL such as ${what}` })
    .refine((v) => /^https?:\/\//.test(v), { message: "must start with http:// or https://" });

/** An ISO-8601 duration (PT30S) or plain seconds (30), between `min` and `max` seconds. */
const seconds = (fallback, min, max, example) =>
  z
    .string()
    .trim()
    .default(fallback)
    .refine(
      (v) => {
        const s = /^\d+(\.\d+)?$/.test(v) ? Number(v) : isoIntervalSeconds(v);
        return s !== null && s >= min && s <= max;
      },
      {
        message: `must be an ISO-8601 duration or a number of seconds from ${min} to ${max}, such as ${example}`,
      },
    );

const onOff = (fallback) => z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default(fallback);

export const envSchema = z.object({
  PEAKA_ZONE: z
    .enum(["us", "eu"], { message: 'must be "us" or "eu" (or leave it empty and set PEAKA_API_BASE_URL)' })
    .optional(),
  PEAKA_API_BASE_URL: url(SANDBOX_BASE_URL).optional(),
  PEAKA_API_KEY: optionalText,
  PEAKA_PROJECT_ID: optionalText,
  PEAKA_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds, such as 15000" })
    .int()
    .min(100, { message: "must be at least 100 ms" })
    .max(120000, { message: "must be at most 120000 ms" })
    .default(15000),
  DATABASE_URL: optionalText.refine((v) => v === undefined || /^(postgres(ql)?:\/\/|file:)/.test(v), {
    message:
      "must start with postgres:// (PostgreSQL) or file: (a SQLite file); leave it empty for the default SQLite file",
  }),
  BETTER_AUTH_SECRET: optionalText.refine((v) => v === undefined || v.length >= 32, {
    message: "must be at least 32 characters (generate one with: openssl rand -base64 32)",
  }),
  BETTER_AUTH_URL: url("http://localhost:3000").optional(),
  OIDC_ISSUER: url("https://login.example.com").optional(),
  OIDC_CLIENT_ID: optionalText,
  OIDC_CLIENT_SECRET: optionalText,
  LOG_LEVEL: z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"]).default("info"),
  LOG_FILE: optionalText,
  CONSOLE_DATA_DIR: optionalText,
  CONSOLE_SEED_DEMO_USERS: z.enum(["0", "1"], { message: 'must be "1" (seed demo users) or "0"' }).optional(),
  CONSOLE_DEMO_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 10, {
    message: "must be at least 10 characters",
  }),
  CONSOLE_ADMIN_EMAIL: z.string().trim().email({ message: "must be an email address" }).optional(),
  CONSOLE_ADMIN_PASSWORD: optionalText.refine((v) => v === undefined || v.length >= 10, {
    message: "must be at least 10 characters",
  }),
  AUTH_RATE_LIMIT: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("on"),
  CONSOLE_TRUSTED_PROXIES: optionalText.refine((v) => v === undefined || trustedProxiesValid(v), {
    message:
      "must list addresses or CIDR ranges, such as 10.0.0.5, 10.1.0.0/16 (empty: trust no forwarding header)",
  }),
  CONSOLE_IMPERSONATION: z.enum(["on", "off"], { message: 'must be "on" or "off"' }).default("off"),
  CONSOLE_READ_WINDOW_MS: z.coerce
    .number({ message: "must be a number of milliseconds, such as 250 (0 turns read sharing off)" })
    .int()
    .min(0, { message: "must be 0 or more" })
    .max(1000, { message: "must be at most 1000 ms, so polling clients still see fresh state" })
    .default(250),
  CONSOLE_API_RATE_LIMIT: z.coerce
    .number({ message: "must be a number of calls a minute per token, such as 120" })
    .int()
    .min(1, { message: "must be at least 1" })
    .max(100_000, { message: "must be at most 100000" })
    .default(120),
  CONSOLE_MIN_INTERVAL: z
    .string()
    .trim()
    .default("PT15M")
    .refine(
      (v) => {
        const seconds = isoIntervalSeconds(v);
        return seconds !== null && seconds >= 1 && seconds <= MAX_MIN_INTERVAL_SECONDS;
      },
      { message: "must be an ISO-8601 duration from PT1S to P7D, such as PT15M (15 minutes) or PT1H" },
    ),
  CONSOLE_ALERTS: onOff("on"),
  CONSOLE_ALERT_INTERVAL: seconds("PT30S", 0.2, 3600, "PT30S"),
  CONSOLE_ALERT_RETRY_BASE: seconds("PT10S", 0.05, 3600, "PT10S"),
  CONSOLE_ALERT_GIVE_UP: seconds("P1D", 1, 7 * 86400, "P1D"),
  CONSOLE_ALERT_TIMEOUT_MS: z.coerce
    .number({ message: "must be a number of milliseconds, such as 10000" })
    .int()
    .min(100, { message: "must be at least 100 ms" })
    .max(60000, { message: "must be at most 60000 ms" })
    .default(10000),
  CONSOLE_ALERT_WEBHOOK_URL: url("https://hooks.example.com/cache-console").optional(),
  CONSOLE_ALERT_WEBHOOK_SECRET: optionalText,
  CONSOLE_ALERT_SMTP_URL: optionalText.refine((v) => v === undefined || /^smtps?:\/\/[^/]+/.test(v), {
    message: "must be an SMTP URL such as smtp://user:password@mail.example.com:587 (smtps:// for TLS)",
  }),
  CONSOLE_ALERT_EMAIL_TO: optionalText.refine(
    (v) =>
      v === undefined ||
      v
        .split(/[\s,;]+/)
        .filter(Boolean)
        .every((a) => /^[^\s@]+@[^\s@]+$/.test(a)),
    { message: "must list email addresses separated by commas" },
  ),
  CONSOLE_ALERT_EMAIL_FROM: optionalText,
});

/** @param {string} v a value `seconds()` accepted */
function durationSettingMs(v) {
  return Math.round(
    (/^\d+(\.\d+)?$/.test(v) ? Number(v) : /** @type {number} */ (isoIntervalSeconds(v))) * 1000,
  );
}

// The one file under lib/server/ without `import "server-only"`: next.config.js runs in plain Node, where that
// package throws on import. It holds no secret itself and reads only the object it is given; lib/server/env.ts
// (server-only) is the console's way in.
/**
 * @param {Record<string, string | undefined>} source
 * @param {{ requireRuntime?: boolean }} [options]
 */
export function loadEnv(source, options = {}) {
  const forbidden = Object.keys(source).filter(
    (k) => k.startsWith("NEXT_PUBLIC_") && /PEAKA|KEY|SECRET/i.test(k),
  );
  // An empty value means "not set", as in a copied .env.example.
  const present = Object.fromEntries(
    Object.entries(source).filter(([, v]) => v !== undefined && v.trim() !== ""),
  );
  const parsed = envSchema.safeParse(present);
  const problems = parsed.success
    ? []
    : parsed.error.issues.map((i) => `  - ${i.path.join(".")}: ${i.message}`);
  for (const name of forbidden)
    problems.push(`  - ${name}: secrets must never use a NEXT_PUBLIC_ name (they are sent to browsers)`);
  if (parsed.success && !!parsed.data.CONSOLE_ALERT_SMTP_URL !== !!parsed.data.CONSOLE_ALERT_EMAIL_TO)
    problems.push(
      "  - CONSOLE_ALERT_SMTP_URL / CONSOLE_ALERT_EMAIL_TO: set both (the mail server and who gets the alerts), or neither",
    );
  if (parsed.success && options.requireRuntime) {
    if (!parsed.data.PEAKA_API_KEY)
      problems.push(
        "  - PEAKA_API_KEY: is required; set it to a Peaka partner or project API key (npm run demo sets the sandbox key for you)",
      );
    if (!parsed.data.BETTER_AUTH_SECRET && process.env.NODE_ENV === "production")
      problems.push(
        "  - BETTER_AUTH_SECRET: is required in production; generate one with: openssl rand -base64 32",
      );
  }
  if (problems.length > 0) {
    throw new Error(
      `Invalid Cache Console configuration:\n${problems.join("\n")}\nSee .env.example for every variable.`,
    );
  }
  const env = /** @type {z.infer<typeof envSchema>} */ (parsed.data);
  return {
    ...env,
    /** The shortest schedule interval the console's actions accept. */
    minIntervalSeconds: /** @type {number} */ (isoIntervalSeconds(env.CONSOLE_MIN_INTERVAL)),
    alertIntervalMs: durationSettingMs(env.CONSOLE_ALERT_INTERVAL),
    alertRetryBaseMs: durationSettingMs(env.CONSOLE_ALERT_RETRY_BASE),
    alertGiveUpMs: durationSettingMs(env.CONSOLE_ALERT_GIVE_UP),
    peakaBaseUrl: (
      env.PEAKA_API_BASE_URL ?? (env.PEAKA_ZONE ? ZONE_BASE_URLS[env.PEAKA_ZONE] : SANDBOX_BASE_URL)
    ).replace(/\/+$/, ""),
  };
}
