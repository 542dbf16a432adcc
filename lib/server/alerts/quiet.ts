import "server-only";

import type { ChannelView } from "@/lib/alerts/types";

const minuteOfDay = (hhmm: string) => Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));

/** When a delivery to this channel may go: now, or the end of its daily quiet window (UTC) if now is inside it. */
export function quietUntil(channel: Pick<ChannelView, "quietStart" | "quietEnd">, now: Date): Date {
  if (!channel.quietStart || !channel.quietEnd) return now;
  const start = minuteOfDay(channel.quietStart);
  const end = minuteOfDay(channel.quietEnd);
  const current = now.getUTCHours() * 60 + now.getUTCMinutes();
  const inside = start <= end ? current >= start && current < end : current >= start || current < end;
  if (!inside) return now;
  const until = new Date(now);
  until.setUTCHours(Math.floor(end / 60), end % 60, 0, 0);
  if (until <= now) until.setUTCDate(until.getUTCDate() + 1);
  return until;
}
