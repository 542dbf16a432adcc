import type { Metadata } from "next";
import Link from "next/link";

import { ConsoleShell } from "@/components/layout/console-shell";
import { Badge } from "@/components/ui/badge";
import { hasRole } from "@/lib/auth/roles";
import { firstParam, type PageArgs } from "@/lib/next/page-props";
import { listIncidents } from "@/lib/server/alerts/incidents";
import { requirePageUser } from "@/lib/server/auth/session";
import { projectFromQuery } from "@/lib/server/current-project";

export const metadata: Metadata = { title: "Notifications" };

const utc = (iso: string) => iso.replace("T", " ").replace(/\.\d+Z$/, " UTC");

const CONDITION: Record<string, string> = {
  failing: "Run failed",
  "stale-warn": "Late data",
  "stale-error": "Stale data",
  "slow-run": "Slow run",
  changed: "Changed",
};

export default async function NotificationsPage({ searchParams }: PageArgs) {
  const user = await requirePageUser("viewer", "/notifications");
  const [incidents, projectId] = await Promise.all([
    listIncidents({ limit: 100 }),
    projectFromQuery(firstParam((await searchParams).project)),
  ]);
  const open = incidents.filter((i) => i.status === "open");
  const recent = incidents.filter((i) => i.status === "resolved");
  return (
    <ConsoleShell user={user} projectId={projectId}>
      <div className="mb-6">
        <h1 className="text-2xl font-semibold tracking-tight">Notifications</h1>
        <p className="mt-1 text-sm text-muted-foreground">
          {open.length === 0
            ? "No open incidents."
            : `${open.length} open incident${open.length === 1 ? "" : "s"}.`}{" "}
          Incidents open when a rule&apos;s event happens and resolve when the condition clears.
          {hasRole(user.role, "admin") ? (
            <>
              {" "}
              <Link className="text-primary underline underline-offset-4" href="/alerts">
                Manage alert rules and channels
              </Link>
              .
            </>
          ) : null}
        </p>
      </div>
      {[
        { title: "Open", items: open, empty: "Nothing is open." },
        { title: "Recently resolved", items: recent, empty: "Nothing resolved yet." },
      ].map((group) => (
        <section key={group.title} aria-labelledby={`incidents-${group.title}`} className="mb-8">
          <h2 id={`incidents-${group.title}`} className="mb-3 text-lg font-semibold">
            {group.title}
          </h2>
          {group.items.length === 0 ? (
            <p className="text-sm text-muted-foreground">{group.empty}</p>
          ) : (
            <ul
              className="flex flex-col gap-2"
              data-testid={`incidents-${group.title === "Open" ? "open" : "resolved"}`}
            >
              {group.items.map((i) => (
                <li
                  key={i.id}
                  className="rounded-lg border bg-card p-3"
                  data-incident={i.id}
                  data-status={i.status}
                >
                  <div className="flex flex-wrap items-center gap-2">
                    <Badge tone={i.status === "open" ? "danger" : "success"}>
                      {i.status === "open" ? "Open" : "Resolved"}
                    </Badge>
                    <Badge>{CONDITION[i.condition] ?? i.condition}</Badge>
                    <Link
                      className="font-medium break-all text-primary underline underline-offset-4"
                      href={`/projects/${encodeURIComponent(i.projectId)}/caches/${encodeURIComponent(i.cacheId)}`}
                    >
                      {i.cacheLabel}
                    </Link>
                  </div>
                  <p className="mt-1.5 text-sm break-words">{i.summary}</p>
                  <p className="mt-1 text-xs text-muted-foreground">
                    Rule {i.ruleName} · opened {utc(i.openedAt)}
                    {i.resolvedAt ? ` · resolved ${utc(i.resolvedAt)}` : ""}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </ConsoleShell>
  );
}
