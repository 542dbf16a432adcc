import "server-only";

import { randomUUID } from "node:crypto";

import type { SaveChannelInput } from "@/lib/schemas/alerts";
import type { ChannelKind, ChannelView } from "@/lib/alerts/types";

import { alertDb } from "./alert-db";
import type { AlertChannelTable } from "./tables";

/** A channel as the sender needs it, secret included: server-only, never handed to a page or a log. */
export type Channel = ChannelView & { url: string; secret: string | null };

/** The URL without credentials or tokens (user:password, deeper path, query): the only form shown or audited. */
export function publicUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = "";
    parsed.password = "";
    if (parsed.protocol.startsWith("smtp")) return `${parsed.protocol}//${parsed.host}`;
    // Incoming-webhook URLs carry their token in the path (Slack: /services/T…/B…/secret) or the query.
    const [first, ...rest] = parsed.pathname.split("/").filter(Boolean);
    return `${parsed.origin}/${first ?? ""}${rest.length > 0 || parsed.search ? "/…" : ""}`;
  } catch {
    return "(unreadable URL)";
  }
}

function toChannel(row: AlertChannelTable): Channel {
  return {
    id: row.id,
    name: row.name,
    kind: row.kind as ChannelKind,
    source: row.source === "env" ? "env" : "ui",
    target: publicUrl(row.url),
    emailTo: row.email_to,
    slack: row.slack === 1,
    secretSet: !!row.secret,
    quietStart: row.quiet_start,
    quietEnd: row.quiet_end,
    changes: row.changes === 1,
    url: row.url,
    secret: row.secret,
  };
}

/** What a page may show: the stored secret and the full URL stay here. */
export function channelView(channel: Channel): ChannelView {
  const { url: _url, secret: _secret, ...view } = channel;
  return view;
}

export async function listChannels(): Promise<Channel[]> {
  const db = await alertDb();
  const rows = await db.selectFrom("alert_channel").selectAll().orderBy("created_at").orderBy("id").execute();
  return rows.map(toChannel);
}

export async function getChannel(id: string): Promise<Channel | null> {
  const db = await alertDb();
  const row = await db.selectFrom("alert_channel").selectAll().where("id", "=", id).executeTakeFirst();
  return row ? toChannel(row) : null;
}

/** The SMTP password travels in `secret`; the stored URL keeps no password. */
function splitSmtpUrl(url: string): { url: string; password: string | null } {
  const parsed = new URL(url);
  const password = parsed.password ? decodeURIComponent(parsed.password) : null;
  parsed.password = "";
  return { url: parsed.toString(), password };
}

/** Creates or replaces a channel; an empty secret keeps the stored one. Returns the id. */
export async function saveChannel(input: SaveChannelInput, by: string): Promise<string> {
  const db = await alertDb();
  const existing = input.id ? await getChannel(input.id) : null;
  const id = existing?.id ?? randomUUID();
  let url: string;
  let secret: string | null = input.secret?.trim() ? input.secret.trim() : (existing?.secret ?? null);
  if (input.kind === "email") {
    const split = splitSmtpUrl(input.smtpUrl);
    url = split.url;
    if (split.password && !input.secret?.trim()) secret = split.password;
  } else url = input.url;
  const values = {
    name: input.name,
    kind: input.kind,
    url,
    secret,
    slack: input.kind === "webhook" && input.slack ? 1 : 0,
    email_to: input.kind === "email" ? input.emailTo : null,
    quiet_start: input.quietStart,
    quiet_end: input.quietEnd,
    changes: input.changes ? 1 : 0,
  };
  if (existing) await db.updateTable("alert_channel").set(values).where("id", "=", id).execute();
  else
    await db
      .insertInto("alert_channel")
      .values({ id, source: "ui", created_at: new Date().toISOString(), created_by: by, ...values })
      .execute();
  return id;
}

export async function deleteChannel(id: string): Promise<boolean> {
  const db = await alertDb();
  const result = await db
    .deleteFrom("alert_channel")
    .where("id", "=", id)
    .where("source", "=", "ui")
    .executeTakeFirst();
  return Number(result.numDeletedRows) > 0;
}

/** The channels declared by settings replace the previous ones of their kind (see env-channels.ts). */
export async function putEnvChannel(
  row: Omit<AlertChannelTable, "source" | "created_at" | "created_by">,
): Promise<void> {
  const db = await alertDb();
  const { id, ...rest } = row;
  await db
    .insertInto("alert_channel")
    .values({ ...row, source: "env", created_at: new Date().toISOString(), created_by: "settings" })
    .onConflict((oc) => oc.column("id").doUpdateSet(rest))
    .execute();
  void id;
}

export async function removeEnvChannel(id: string): Promise<void> {
  const db = await alertDb();
  await db.deleteFrom("alert_channel").where("id", "=", id).where("source", "=", "env").execute();
}
