import "server-only";

import { env } from "../env";

import { putEnvChannel, removeEnvChannel } from "./channels-store";
import { putEnvRule } from "./rules-store";

export const ENV_WEBHOOK_ID = "env-webhook";
export const ENV_EMAIL_ID = "env-email";

const quietOff = { quiet_start: null, quiet_end: null, changes: 0 };

/**
 * The channels CONSOLE_ALERT_* declare, with their rule (failures and error-level staleness in every project).
 * Written on each start, so changing or removing a setting takes effect at the next start.
 */
export async function syncEnvChannels(): Promise<void> {
  const ids: string[] = [];
  if (env.CONSOLE_ALERT_WEBHOOK_URL) {
    await putEnvChannel({
      id: ENV_WEBHOOK_ID,
      name: "Webhook from settings",
      kind: "webhook",
      url: env.CONSOLE_ALERT_WEBHOOK_URL,
      secret: env.CONSOLE_ALERT_WEBHOOK_SECRET ?? null,
      slack: 0,
      email_to: null,
      ...quietOff,
    });
    ids.push(ENV_WEBHOOK_ID);
  } else await removeEnvChannel(ENV_WEBHOOK_ID);
  if (env.CONSOLE_ALERT_SMTP_URL && env.CONSOLE_ALERT_EMAIL_TO) {
    const url = new URL(env.CONSOLE_ALERT_SMTP_URL);
    const password = url.password ? decodeURIComponent(url.password) : null;
    url.password = "";
    await putEnvChannel({
      id: ENV_EMAIL_ID,
      name: "Email from settings",
      kind: "email",
      url: url.toString(),
      secret: password,
      slack: 0,
      email_to: env.CONSOLE_ALERT_EMAIL_TO,
      ...quietOff,
    });
    ids.push(ENV_EMAIL_ID);
  } else await removeEnvChannel(ENV_EMAIL_ID);
  await putEnvRule(ids);
}
