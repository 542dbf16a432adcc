// zod/mini like every schema the forms share. The actions validate with these; the forms show the same messages.
import * as z from "zod/mini";

import { parseIsoDuration } from "@/lib/schedule";

import { isPositiveDuration } from "./schedules";

const id = z.string().check(z.minLength(1), z.maxLength(100));
const name = z
  .string()
  .check(z.trim(), z.minLength(1, "Give it a name."), z.maxLength(80, "Use at most 80 characters."));
const clock = z.nullable(
  z.string().check(z.regex(/^([01]\d|2[0-3]):[0-5]\d$/, "Use a 24-hour UTC time such as 22:00.")),
);
const httpUrl = (example: string) =>
  z.string().check(
    z.trim(),
    z.maxLength(2000, "Use a shorter URL."),
    z.refine(
      (v) => URL.canParse(v) && /^https?:$/.test(new URL(v).protocol),
      `Enter an http(s) URL such as ${example}.`,
    ),
  );
const smtpUrl = z.string().check(
  z.trim(),
  z.maxLength(2000, "Use a shorter URL."),
  z.refine(
    (v) => URL.canParse(v) && /^smtps?:$/.test(new URL(v).protocol),
    "Enter an SMTP URL such as smtp://user:password@mail.example.com:587 (smtps:// for TLS from the start).",
  ),
);
const emails = z.string().check(
  z.trim(),
  z.maxLength(1000, "List fewer addresses."),
  z.refine(
    (v) =>
      v.split(/[\s,;]+/).filter(Boolean).length > 0 &&
      v
        .split(/[\s,;]+/)
        .filter(Boolean)
        .every((a) => /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(a)),
    "Enter one or more email addresses, separated by commas.",
  ),
);
/** Empty: keep the stored secret (the form never shows it); text: replace it. */
const secret = z.optional(z.string().check(z.maxLength(500, "Use at most 500 characters.")));

const quiet = { quietStart: clock, quietEnd: clock, changes: z.boolean() };
type Quiet = { quietStart: string | null; quietEnd: string | null };
const quietBoth = z.refine<Quiet>((c) => (c.quietStart === null) === (c.quietEnd === null), {
  path: ["quietEnd"],
  error: "Give both ends of the quiet period, or neither.",
});

export const webhookChannelSchema = z
  .object({
    id: z.optional(id),
    kind: z.literal("webhook"),
    name,
    url: httpUrl("https://hooks.example.com/cache-console"),
    slack: z.boolean(),
    secret,
    ...quiet,
  })
  .check(quietBoth);

export const emailChannelSchema = z
  .object({
    id: z.optional(id),
    kind: z.literal("email"),
    name,
    smtpUrl,
    emailTo: emails,
    /** Replaces the password in smtpUrl when given, so the form can leave the stored one in place. */
    secret,
    ...quiet,
  })
  .check(quietBoth);

export const saveChannelSchema = z.discriminatedUnion("kind", [webhookChannelSchema, emailChannelSchema]);
export type SaveChannelInput = z.infer<typeof saveChannelSchema>;

export const channelIdSchema = z.object({ channelId: id });

const reminder = z.nullable(
  z.string().check(
    z.trim(),
    z.maxLength(60, "Use a shorter duration, for example PT1H."),
    z.refine(
      (v) => parseIsoDuration(v).ok && isPositiveDuration(v),
      "Enter a duration such as PT1H (one hour).",
    ),
  ),
);

export const saveRuleSchema = z
  .object({
    id: z.optional(id),
    name,
    scope: z.enum(["project", "catalog", "caches"]),
    projectId: id,
    catalogId: z.nullable(id),
    cacheIds: z
      .array(z.string().check(z.minLength(1), z.maxLength(200)))
      .check(z.maxLength(200, "Choose at most 200 caches.")),
    failures: z.nullable(z.int().check(z.minimum(1, "Use 1 or more."), z.maximum(100, "Use at most 100."))),
    freshness: z.nullable(z.enum(["warn", "error"])),
    slowFactor: z.nullable(
      z.number().check(z.minimum(1.5, "Use at least 1.5."), z.maximum(100, "Use at most 100.")),
    ),
    reminder,
    channelIds: z.array(id).check(z.minLength(1, "Choose at least one channel."), z.maxLength(20)),
  })
  .check(
    z.refine((r) => r.scope !== "catalog" || r.catalogId !== null, {
      path: ["catalogId"],
      error: "Choose a catalog.",
    }),
    z.refine((r) => r.scope !== "caches" || r.cacheIds.length > 0, {
      path: ["cacheIds"],
      error: "Choose at least one cache.",
    }),
    z.refine((r) => r.failures !== null || r.freshness !== null || r.slowFactor !== null, {
      path: ["failures"],
      error: "Turn on at least one event: failed runs, freshness, or slow runs.",
    }),
  );
export type SaveRuleInput = z.infer<typeof saveRuleSchema>;

export const ruleIdSchema = z.object({ ruleId: id });
