import type { AlertCondition } from "./types";

export const EVENT_TYPES = [
  "incident.opened",
  "incident.reminder",
  "incident.resolved",
  "cache.changed",
  "test",
] as const;
export type AlertEventType = (typeof EVENT_TYPES)[number];

/** Payload v1 (docs/alerts.md): the JSON body of a webhook and the source of every other rendering. */
export type AlertEvent = {
  version: 1;
  /** The same id on every retry and every channel: receivers use it to drop duplicates. */
  eventId: string;
  type: AlertEventType;
  occurredAt: string;
  summary: string;
  incident: {
    id: string;
    condition: AlertCondition;
    status: "open" | "resolved";
    openedAt: string;
    resolvedAt: string | null;
    rule: { id: string; name: string };
  } | null;
  cache: { projectId: string; cacheId: string; table: string; url: string | null } | null;
};

const TITLES: Record<AlertEventType, string> = {
  "incident.opened": "Alert",
  "incident.reminder": "Still open",
  "incident.resolved": "Resolved",
  "cache.changed": "Cache changed",
  test: "Test",
};

export function eventTitle(event: AlertEvent): string {
  return `[Cache Console] ${TITLES[event.type]}: ${event.summary}`;
}

/** Slack incoming-webhook body (also read by Mattermost, Rocket.Chat and Teams' Slack-compatible hooks). */
export function slackBody(event: AlertEvent): { text: string } {
  const link = event.cache?.url ? ` <${event.cache.url}|Open in Cache Console>` : "";
  const icon =
    event.type === "incident.resolved"
      ? ":white_check_mark:"
      : event.type === "test"
        ? ":wave:"
        : ":rotating_light:";
  return { text: `${icon} *${TITLES[event.type]}*: ${event.summary}${link}` };
}

const escapeHtml = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" })[c] ?? c,
  );

function facts(event: AlertEvent): [string, string][] {
  const rows: [string, string][] = [
    ["Event", event.type],
    ["At (UTC)", event.occurredAt],
  ];
  if (event.cache) rows.push(["Table", event.cache.table], ["Project", event.cache.projectId]);
  if (event.incident) rows.push(["Rule", event.incident.rule.name], ["Opened", event.incident.openedAt]);
  if (event.incident?.resolvedAt) rows.push(["Resolved", event.incident.resolvedAt]);
  rows.push(["Event id", event.eventId]);
  return rows;
}

export function emailBody(event: AlertEvent): { subject: string; text: string; html: string } {
  const rows = facts(event);
  const link = event.cache?.url;
  const text = [
    event.summary,
    "",
    ...rows.map(([k, v]) => `${k}: ${v}`),
    ...(link ? ["", `Open: ${link}`] : []),
  ].join("\n");
  const html = `<!doctype html><html><body style="font-family:sans-serif">
<p>${escapeHtml(event.summary)}</p>
<table>${rows.map(([k, v]) => `<tr><th align="left">${escapeHtml(k)}</th><td>${escapeHtml(v)}</td></tr>`).join("")}</table>
${link ? `<p><a href="${escapeHtml(link)}">Open in Cache Console</a></p>` : ""}
</body></html>`;
  return { subject: eventTitle(event).slice(0, 200), text, html };
}

const RESOLVED: Record<AlertCondition, string> = {
  failing: "a run completed",
  "stale-warn": "the data is fresh again",
  "stale-error": "the data is within its error line again",
  "slow-run": "the slow run ended",
  changed: "noted",
};

export function resolutionSummary(condition: AlertCondition, label: string, gone: boolean): string {
  return gone ? `${label}: the cache is no longer listed.` : `${label}: ${RESOLVED[condition]}.`;
}
