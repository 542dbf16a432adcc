import "server-only";

import type { Generated, Kysely } from "kysely";

/** Booleans are 0/1 integers and times ISO-8601 text, so one schema serves SQLite and PostgreSQL. */
export type AlertChannelTable = {
  id: string;
  name: string;
  kind: string;
  source: string;
  /** Webhook URL or SMTP URL (the SMTP password is kept in `secret`, not here). */
  url: string;
  secret: string | null;
  slack: number;
  email_to: string | null;
  quiet_start: string | null;
  quiet_end: string | null;
  changes: number;
  created_at: string;
  created_by: string;
};

export type AlertRuleTable = {
  id: string;
  name: string;
  source: string;
  scope: string;
  project_id: string | null;
  catalog_id: string | null;
  /** JSON array. */
  cache_ids: string;
  failures: number | null;
  freshness: string | null;
  slow_factor: number | null;
  reminder: string | null;
  /** JSON array. */
  channel_ids: string;
  created_at: string;
  created_by: string;
};

export type AlertIncidentTable = {
  id: string;
  rule_id: string;
  rule_name: string;
  project_id: string;
  cache_id: string;
  cache_label: string;
  condition: string;
  /** rule + cache + condition while open, null once resolved: the unique index keeps one open incident per key. */
  open_key: string | null;
  status: string;
  summary: string;
  opened_at: string;
  resolved_at: string | null;
  last_told_at: string;
};

export type AlertCacheStateTable = {
  project_id: string;
  cache_id: string;
  /** The newest run seen: its id when it did not complete, "ok:<end>" when it did. */
  newest_run: string;
  fail_streak: number;
  updated_at: string;
};

export type AlertDeliveryTable = {
  id: string;
  event_id: string;
  incident_id: string | null;
  channel_id: string;
  type: string;
  /** The event (payload v1) as JSON; rendered per channel when sent. */
  event: string;
  status: string;
  attempts: number;
  next_attempt_at: string;
  created_at: string;
  delivered_at: string | null;
};

export type AlertAttemptTable = {
  id: Generated<number>;
  delivery_id: string;
  channel_id: string;
  at: string;
  ok: number;
  answer: string;
  ms: number;
};

export type AlertMetaTable = { key: string; value: string };

export type AlertTables = {
  alert_channel: AlertChannelTable;
  alert_rule: AlertRuleTable;
  alert_incident: AlertIncidentTable;
  alert_cache_state: AlertCacheStateTable;
  alert_delivery: AlertDeliveryTable;
  alert_attempt: AlertAttemptTable;
  alert_meta: AlertMetaTable;
};

export type AlertDb = Kysely<AlertTables>;
