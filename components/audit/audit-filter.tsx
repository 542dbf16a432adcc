import { Download } from "lucide-react";
import Link from "next/link";

import { Button, buttonVariants } from "@/components/ui/button";
import { Input, NativeSelect } from "@/components/ui/input";
import { type AuditQuery, auditQueryString } from "@/lib/audit/audit-query";

type Props = { actions: string[]; actors: string[]; query: AuditQuery; projectId: string | null };

const labelClass = "flex min-w-0 flex-col gap-1 text-xs font-medium text-muted-foreground";

type ChoiceProps = { label: string; name: string; value: string; all: string; options: string[] };

function ChoiceFilter({ label, name, value, all, options }: ChoiceProps) {
  return (
    <label className={labelClass}>
      {label}
      <NativeSelect name={name} defaultValue={value}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </NativeSelect>
    </label>
  );
}

/** A plain GET form: filters work before hydration, and the address can be shared. */
export function AuditFilter({ actions, actors, query, projectId }: Props) {
  const search = auditQueryString(query);
  const keep = projectId ? `project=${encodeURIComponent(projectId)}` : "";
  const clearHref = `/audit${keep ? `?${keep}` : ""}`;
  const exportHref = `/api/audit/export${search ? `?${search}` : ""}`;
  return (
    <form
      method="get"
      action="/audit"
      aria-label="Filter the audit log"
      className="grid gap-3 rounded-lg border bg-card p-4 sm:grid-cols-2 lg:grid-cols-[repeat(5,minmax(0,1fr))_auto]"
    >
      {projectId ? <input type="hidden" name="project" value={projectId} /> : null}
      <ChoiceFilter label="Actor" name="actor" value={query.actor} all="Anyone" options={actors} />
      <ChoiceFilter label="Action" name="action" value={query.action} all="All actions" options={actions} />
      <label className={labelClass}>
        Target contains
        <Input name="target" defaultValue={query.target} maxLength={200} placeholder="Table or email" />
      </label>
      <label className={labelClass}>
        From (UTC day)
        <Input type="date" name="from" defaultValue={query.from} />
      </label>
      <label className={labelClass}>
        To (UTC day)
        <Input type="date" name="to" defaultValue={query.to} />
      </label>
      <div className="flex flex-wrap items-end gap-2 sm:col-span-2 lg:col-span-1">
        <Button type="submit">Apply</Button>
        <Link href={clearHref} className={buttonVariants({ variant: "ghost" })}>
          Clear
        </Link>
        <a href={exportHref} className={buttonVariants({ variant: "secondary" })} download>
          <Download aria-hidden /> Export CSV
        </a>
      </div>
    </form>
  );
}
