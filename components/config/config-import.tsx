"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useState } from "react";

import { Button, buttonVariants } from "@/components/ui/button";
import { type DataColumn, DataCell, DataRow, DataTable } from "@/components/ui/data-table";
import { FieldError } from "@/components/ui/field-error";
import { Label } from "@/components/ui/input";
import { applyConfigAction } from "@/lib/actions/config/apply-config";
import { planConfigAction } from "@/lib/actions/config/plan-config";
import { formatProblem } from "@/lib/config/problem";
import type { Plan } from "@/lib/config/plan";
import { MAX_CONFIG_CHARS } from "@/lib/schemas/config-document";
import type { ApplyOutcome, PlanOutcome } from "@/lib/server/config/apply-config";

const C: Record<"table" | "action" | "detail", DataColumn> = {
  table: { label: "Table" },
  action: { label: "Plan" },
  detail: { label: "Details", wide: true },
};
const R: Record<"table" | "action" | "result", DataColumn> = {
  table: { label: "Table" },
  action: { label: "Plan" },
  result: { label: "Result", wide: true },
};

type Chosen = { document: string; fileName: string; prune: boolean };

export function ConfigImport({ projectId }: { projectId: string }) {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [plan, setPlan] = useState<Plan | null>(null);
  const [results, setResults] = useState<Extract<ApplyOutcome, { ok: true }>["results"] | null>(null);
  const onOutcome = (outcome: PlanOutcome | ApplyOutcome | undefined) => {
    if (!outcome) return;
    if (!outcome.ok) {
      setProblem(outcome.problems.map(formatProblem).join("\n"));
      setPlan(null);
      return;
    }
    setProblem(null);
    setPlan(outcome.plan);
    if ("results" in outcome) setResults(outcome.results);
  };
  const onError = ({ error }: { error: { serverError?: string } }) =>
    setProblem(error.serverError ?? "The file could not be read: check it and choose it again.");
  const planner = useAction(planConfigAction, { onSuccess: ({ data }) => onOutcome(data), onError });
  const applier = useAction(applyConfigAction, { onSuccess: ({ data }) => onOutcome(data), onError });

  async function choose(file: File | undefined, prune: boolean) {
    setResults(null);
    setPlan(null);
    if (!file) return;
    if (file.size > MAX_CONFIG_CHARS) {
      setProblem(`${file.name} is too large: at most ${MAX_CONFIG_CHARS / 1024} KiB.`);
      return;
    }
    const next = { document: await file.text(), fileName: file.name, prune };
    setChosen(next);
    planner.execute({ projectId, ...next });
  }
  const [file, setFile] = useState<File | undefined>();
  const [prune, setPrune] = useState(false);
  const changes = plan ? plan.counts.create + plan.counts.update + plan.counts.delete : 0;
  const rows = results ?? null;

  return (
    <div className="flex flex-col gap-5">
      <div className="flex flex-wrap items-end gap-4 rounded-lg border bg-card p-4">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="config-file">Config file (YAML or JSON)</Label>
          <input
            id="config-file"
            type="file"
            accept=".yaml,.yml,.json,application/yaml,application/json"
            className="text-sm file:mr-3 file:rounded-md file:border file:bg-background file:px-3 file:py-1.5"
            onChange={(e) => {
              const picked = e.target.files?.[0];
              setFile(picked);
              void choose(picked, prune);
            }}
          />
        </div>
        <label className="flex items-center gap-2 text-sm">
          <input
            type="checkbox"
            checked={prune}
            onChange={(e) => {
              setPrune(e.target.checked);
              void choose(file, e.target.checked);
            }}
          />
          Delete caches the file does not list (prune; deleting needs the admin role)
        </label>
      </div>
      <div role="alert" aria-live="polite" className="empty:hidden">
        {problem ? (
          <FieldError id="config-problem">
            <span className="font-mono text-xs whitespace-pre-wrap">{problem}</span>
          </FieldError>
        ) : null}
      </div>
      {planner.isExecuting ? <p className="text-sm text-muted-foreground">Planning…</p> : null}
      {plan && !rows ? (
        <section aria-labelledby="plan-heading" className="flex flex-col gap-3">
          <h2 id="plan-heading" className="font-semibold">
            Plan: {plan.counts.create} to create, {plan.counts.update} to update, {plan.counts.delete} to
            delete, {plan.counts.unchanged} unchanged, {plan.counts.missing} missing
          </h2>
          <DataTable caption="What applying the file would do" columns={Object.values(C)}>
            {plan.items.map((item) => (
              <DataRow key={item.key} data-plan-action={item.action}>
                <DataCell column={C.table} className="font-medium break-all">
                  {item.key}
                </DataCell>
                <DataCell column={C.action}>{item.action}</DataCell>
                <DataCell column={C.detail} className="text-muted-foreground">
                  {item.action === "missing"
                    ? item.reason
                    : item.changes.map((c) => `${c.field}: ${c.from} → ${c.to}`).join("; ") || "—"}
                </DataCell>
              </DataRow>
            ))}
          </DataTable>
          <div>
            <Button
              disabled={changes === 0 || applier.isExecuting || !chosen}
              onClick={() => chosen && applier.execute({ projectId, ...chosen })}
            >
              {applier.isExecuting ? "Applying…" : changes === 0 ? "Nothing to apply" : "Apply"}
            </Button>
          </div>
        </section>
      ) : null}
      {rows ? (
        <section aria-labelledby="results-heading" className="flex flex-col gap-3">
          <h2 id="results-heading" className="font-semibold">
            Applied: {rows.filter((r) => r.ok).length} of {rows.length} done
          </h2>
          <DataTable caption="What applying the file did, per cache" columns={Object.values(R)}>
            {rows.map((r) => (
              <DataRow key={r.key} data-result={r.ok ? "ok" : "failed"}>
                <DataCell column={R.table} className="font-medium break-all">
                  {r.key}
                </DataCell>
                <DataCell column={R.action}>{r.action}</DataCell>
                <DataCell column={R.result} className={r.ok ? "" : "text-destructive"}>
                  {r.ok ? "" : "Failed: "}
                  {r.message}
                </DataCell>
              </DataRow>
            ))}
          </DataTable>
          <Link
            href={`/projects/${encodeURIComponent(projectId)}/caches`}
            className={buttonVariants({ variant: "secondary" })}
          >
            Back to caches
          </Link>
        </section>
      ) : null}
    </div>
  );
}
