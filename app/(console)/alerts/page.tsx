import type { Metadata } from "next";
import Link from "next/link";

import { ChannelForm } from "@/components/alerts/channel-form";
import { DeleteButton, SendTestButton } from "@/components/alerts/channel-buttons";
import { RuleForm } from "@/components/alerts/rule-form";
import { ConsoleShell } from "@/components/layout/console-shell";
import { Badge } from "@/components/ui/badge";
import { DataCell, DataRow, DataTable, type DataColumn } from "@/components/ui/data-table";
import type { ChannelView, RuleView } from "@/lib/alerts/types";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { channelView, listChannels } from "@/lib/server/alerts/channels-store";
import { listRules } from "@/lib/server/alerts/rules-store";
import { requirePageUser } from "@/lib/server/auth/session";
import { projectFromQuery } from "@/lib/server/current-project";
import { getProjectAccess } from "@/lib/server/projects";

export const metadata: Metadata = { title: "Alerts" };

const CH = {
  channel: { label: "Channel" },
  target: { label: "Sends to", wide: true },
  secret: { label: "Secret" },
  quiet: { label: "Quiet (UTC)" },
  actions: { label: "Actions", wide: true },
} satisfies Record<string, DataColumn>;
const RU = {
  rule: { label: "Rule" },
  scope: { label: "Watches" },
  events: { label: "Events", wide: true },
  tells: { label: "Tells" },
  actions: { label: "Actions" },
} satisfies Record<string, DataColumn>;

function events(rule: RuleView): string {
  const parts = [];
  if (rule.failures !== null)
    parts.push(rule.failures === 1 ? "a failed run" : `${rule.failures} failed runs in a row`);
  if (rule.freshness) parts.push(`data past its ${rule.freshness} line`);
  if (rule.slowFactor !== null) parts.push(`a run over ${rule.slowFactor}× its median`);
  return `${parts.join(", ")}${rule.reminder ? `; reminds every ${rule.reminder}` : ""}`;
}

function scopeText(rule: RuleView): string {
  if (rule.scope === "all") return "Every project";
  if (rule.scope === "catalog") return `Catalog ${rule.catalogId} in ${rule.projectId}`;
  if (rule.scope === "caches") return `${rule.cacheIds.length} cache(s) in ${rule.projectId}`;
  return `Project ${rule.projectId}`;
}

function ChannelRow({ channel }: { channel: ChannelView }) {
  return (
    <DataRow>
      <DataCell column={CH.channel}>
        <span className="font-medium">{channel.name}</span>{" "}
        <Badge tone={channel.kind === "webhook" ? "info" : "accent"}>
          {channel.kind === "webhook" ? (channel.slack ? "Slack" : "Webhook") : "Email"}
        </Badge>
        {channel.source === "env" ? <Badge className="ml-1">from settings</Badge> : null}
      </DataCell>
      <DataCell column={CH.target} className="break-all">
        {channel.target}
        {channel.emailTo ? ` → ${channel.emailTo}` : ""}
      </DataCell>
      <DataCell column={CH.secret}>{channel.secretSet ? "set" : "none"}</DataCell>
      <DataCell column={CH.quiet}>
        {channel.quietStart ? `${channel.quietStart}–${channel.quietEnd}` : "—"}
      </DataCell>
      <DataCell column={CH.actions}>
        <div className="flex flex-wrap items-center gap-1">
          <SendTestButton channelId={channel.id} name={channel.name} />
          <Link
            className="rounded-md px-3 py-1.5 text-sm font-medium text-primary hover:underline"
            href={`/alerts/channels/${encodeURIComponent(channel.id)}`}
          >
            Delivery log<span className="sr-only"> of {channel.name}</span>
          </Link>
          {channel.source === "ui" ? (
            <DeleteButton kind="channel" id={channel.id} name={channel.name} />
          ) : null}
        </div>
      </DataCell>
    </DataRow>
  );
}

export default async function AlertsPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("admin", "/alerts");
  const [channels, rules, projectId, access] = await Promise.all([
    listChannels(),
    listRules(),
    projectFromQuery(firstParam((await searchParams).project)),
    getProjectAccess().catch(() => null),
  ]);
  const views = channels.map(channelView);
  const names = new Map(views.map((c) => [c.id, c.name]));
  const projects = (access?.projects ?? []).map((p) => ({ id: p.id, label: p.name }));
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Alerts</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          Channels say where alerts go; rules say which caches and events open an incident. Each incident is
          told once when it opens and once when it resolves. Open incidents are under{" "}
          <Link className="text-primary underline underline-offset-4" href="/notifications">
            Notifications
          </Link>
          .
        </p>
      </div>
      <div className="grid gap-8 lg:grid-cols-[minmax(0,1fr)_22rem]">
        <section aria-labelledby="channels-title" className="flex min-w-0 flex-col gap-3">
          <h2 id="channels-title" className="text-lg font-semibold">
            Channels
          </h2>
          {views.length === 0 ? (
            <p className="rounded-lg border border-dashed bg-card p-6 text-sm text-muted-foreground">
              No channels yet. Add a webhook or an email channel.
            </p>
          ) : (
            <DataTable caption="Alert channels" columns={Object.values(CH)}>
              {views.map((c) => (
                <ChannelRow key={c.id} channel={c} />
              ))}
            </DataTable>
          )}
        </section>
        <ChannelForm />
        <section aria-labelledby="rules-title" className="flex min-w-0 flex-col gap-3">
          <h2 id="rules-title" className="text-lg font-semibold">
            Rules
          </h2>
          {rules.length === 0 ? (
            <p className="rounded-lg border border-dashed bg-card p-6 text-sm text-muted-foreground">
              No rules yet.
            </p>
          ) : (
            <DataTable caption="Alert rules" columns={Object.values(RU)}>
              {rules.map((rule) => (
                <DataRow key={rule.id}>
                  <DataCell column={RU.rule}>
                    <span className="font-medium">{rule.name}</span>
                  </DataCell>
                  <DataCell column={RU.scope}>{scopeText(rule)}</DataCell>
                  <DataCell column={RU.events}>{events(rule)}</DataCell>
                  <DataCell column={RU.tells}>
                    {rule.channelIds.map((id) => names.get(id) ?? "(removed)").join(", ")}
                  </DataCell>
                  <DataCell column={RU.actions}>
                    {rule.source === "ui" ? (
                      <DeleteButton kind="rule" id={rule.id} name={rule.name} />
                    ) : (
                      <Badge>from settings</Badge>
                    )}
                  </DataCell>
                </DataRow>
              ))}
            </DataTable>
          )}
        </section>
        <RuleForm projects={projects} channels={views.map((c) => ({ id: c.id, label: c.name }))} />
      </div>
    </ConsoleShell>
  );
}
