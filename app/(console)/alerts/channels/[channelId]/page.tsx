import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";

import { SendTestButton } from "@/components/alerts/channel-buttons";
import { ConsoleShell } from "@/components/layout/console-shell";
import { Badge } from "@/components/ui/badge";
import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import type { PageArgs } from "@/lib/next/page-props";
import { getChannel } from "@/lib/server/alerts/channels-store";
import { listAttempts } from "@/lib/server/alerts/deliveries";
import { requirePageUser } from "@/lib/server/auth/session";

export const metadata: Metadata = { title: "Delivery log" };

const COL = {
  at: { label: "At (UTC)" },
  event: { label: "Event" },
  result: { label: "Result" },
  answer: { label: "Answer", wide: true },
  then: { label: "Then" },
} satisfies Record<string, DataColumn>;

const utc = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, "Z");

export default async function DeliveryLogPage({ params }: PageArgs<{ channelId: string }>) {
  const { channelId } = await params;
  const user = await requirePageUser("admin", `/alerts/channels/${channelId}`);
  const channel = await getChannel(channelId);
  if (!channel) notFound();
  const attempts = await listAttempts(channelId);
  return (
    <ConsoleShell user={user}>
      <p className="mb-2 text-sm">
        <Link className="text-primary underline-offset-4 hover:underline" href="/alerts">
          ← Alerts
        </Link>
      </p>
      <div className="mb-6 flex flex-wrap items-end justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold tracking-tight">Delivery log: {channel.name}</h1>
          <p className="mt-1 text-sm break-all text-muted-foreground">
            Every attempt to {channel.target}
            {channel.emailTo ? ` → ${channel.emailTo}` : ""} and the answer it got, newest first (last 100).
          </p>
        </div>
        <SendTestButton channelId={channel.id} name={channel.name} />
      </div>
      {attempts.length === 0 ? (
        <p className="rounded-lg border border-dashed bg-card p-6 text-sm text-muted-foreground">
          Nothing sent yet. “Send test” sends one now.
        </p>
      ) : (
        <DataTable caption={`Delivery attempts of ${channel.name}`} columns={Object.values(COL)}>
          {attempts.map((a, i) => (
            <DataRow key={`${a.deliveryId}-${a.at}-${i}`} data-event-id={a.eventId}>
              <DataCell column={COL.at} className="tabular-nums">
                {utc(a.at)}
              </DataCell>
              <DataCell column={COL.event}>
                {a.type}
                <span className="block font-mono text-xs break-all text-muted-foreground">{a.eventId}</span>
              </DataCell>
              <DataCell column={COL.result}>
                <Badge tone={a.ok ? "success" : "danger"}>{a.ok ? "Delivered" : "Failed"}</Badge>
              </DataCell>
              <DataCell column={COL.answer} className="break-all">
                {a.answer} <span className="text-muted-foreground">({a.ms} ms)</span>
              </DataCell>
              <DataCell column={COL.then}>
                {a.ok
                  ? "—"
                  : a.deliveryStatus === "gave-up"
                    ? "Gave up"
                    : a.nextAttemptAt
                      ? `Retry at ${utc(a.nextAttemptAt)}`
                      : "Retried"}
              </DataCell>
            </DataRow>
          ))}
        </DataTable>
      )}
    </ConsoleShell>
  );
}
