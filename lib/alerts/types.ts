/** What the browser may see of alerts: never a webhook secret or an SMTP password. */

export const ALERT_CONDITIONS = ["failing", "stale-warn", "stale-error", "slow-run", "changed"] as const;
export type AlertCondition = (typeof ALERT_CONDITIONS)[number];

export type ChannelKind = "webhook" | "email";

export type ChannelView = {
  id: string;
  name: string;
  kind: ChannelKind;
  /** "env": declared by CONSOLE_ALERT_* settings, read-only in the UI. */
  source: "ui" | "env";
  /** Webhook: the URL without any user:password part; email: the SMTP host and port. */
  target: string;
  emailTo: string | null;
  slack: boolean;
  /** Whether a webhook secret / SMTP password is stored (the value itself never leaves the server). */
  secretSet: boolean;
  /** Daily quiet window in UTC ("22:00"–"07:00"): deliveries wait until it ends. */
  quietStart: string | null;
  quietEnd: string | null;
  /** Also tell this channel when someone deletes or pauses a cache or changes its schedules. */
  changes: boolean;
};

export type RuleScope = "all" | "project" | "catalog" | "caches";

export type RuleView = {
  id: string;
  name: string;
  source: "ui" | "env";
  scope: RuleScope;
  projectId: string | null;
  catalogId: string | null;
  cacheIds: string[];
  /** Open an incident after this many failed runs in a row (1: every failure); null: off. */
  failures: number | null;
  /** Open an incident when the data crosses this freshness line; null: off. */
  freshness: "warn" | "error" | null;
  /** Open an incident when a run takes more than this many times its median duration; null: off. */
  slowFactor: number | null;
  /** Remind at most this often while an incident stays open (ISO-8601 duration); null: never. */
  reminder: string | null;
  channelIds: string[];
};

export type IncidentView = {
  id: string;
  ruleId: string;
  ruleName: string;
  projectId: string;
  cacheId: string;
  cacheLabel: string;
  condition: AlertCondition;
  status: "open" | "resolved";
  summary: string;
  openedAt: string;
  resolvedAt: string | null;
};

export type DeliveryAttemptView = {
  at: string;
  deliveryId: string;
  eventId: string;
  type: string;
  ok: boolean;
  answer: string;
  ms: number;
  /** Of the delivery after this attempt: pending (a retry is scheduled), delivered, or gave-up. */
  deliveryStatus: string;
  nextAttemptAt: string | null;
};
