"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label, NativeSelect } from "@/components/ui/input";
import { saveRuleAction } from "@/lib/actions/alerts/rules";
import type { RuleScope } from "@/lib/alerts/types";

import { formText as text } from "./field-messages";
import { TextField } from "./text-field";
import { useAlertForm } from "./use-alert-form";

type Option = { id: string; label: string };

const numberOrNull = (value: string) => (value === "" ? null : Number(value));

/** Adds a rule: which caches, which events, how often to remind, and which channels hear it. */
export function RuleForm({ projects, channels }: { projects: Option[]; channels: Option[] }) {
  const [scope, setScope] = useState<Exclude<RuleScope, "all">>("project");
  const { formRef, errors, callbacks } = useAlertForm(
    "Rule added. The evaluator applies it on its next tick.",
  );
  const { execute, isExecuting } = useAction(saveRuleAction, callbacks);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    execute({
      name: text(data, "name"),
      scope,
      projectId: text(data, "projectId"),
      catalogId: scope === "catalog" ? text(data, "catalogId") || null : null,
      cacheIds:
        scope === "caches"
          ? text(data, "cacheIds")
              .split(/[\s,]+/)
              .filter(Boolean)
          : [],
      failures: data.get("onFailures") === "on" ? numberOrNull(text(data, "failures") || "1") : null,
      freshness:
        text(data, "freshness") === "warn" ? "warn" : text(data, "freshness") === "error" ? "error" : null,
      slowFactor: numberOrNull(text(data, "slowFactor")),
      reminder: text(data, "reminder") || null,
      channelIds: data.getAll("channelIds").map(String),
    });
  };
  if (channels.length === 0)
    return (
      <p className="rounded-lg border bg-card p-4 text-sm text-muted-foreground">
        Add a channel first: a rule says which channels hear about its incidents.
      </p>
    );
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="rule-form-title"
      className="flex h-fit flex-col gap-3 rounded-lg border bg-card p-4"
    >
      <h2 id="rule-form-title" className="font-semibold">
        Add a rule
      </h2>
      <TextField id="rule-name" name="name" label="Name" autoComplete="off" error={errors.name} />
      <div className="grid gap-3 sm:grid-cols-2">
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="rule-project">Project</Label>
          <NativeSelect id="rule-project" name="projectId">
            {projects.map((p) => (
              <option key={p.id} value={p.id}>
                {p.label}
              </option>
            ))}
          </NativeSelect>
          <FieldError id="rule-project-error">{errors.projectId}</FieldError>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="rule-scope">Watch</Label>
          <NativeSelect
            id="rule-scope"
            value={scope}
            onChange={(e) => setScope(e.target.value as Exclude<RuleScope, "all">)}
          >
            <option value="project">Every cache in the project</option>
            <option value="catalog">The caches of one catalog</option>
            <option value="caches">Chosen caches</option>
          </NativeSelect>
        </div>
      </div>
      {scope === "catalog" ? (
        <TextField
          id="rule-catalog"
          name="catalogId"
          label="Catalog id"
          autoComplete="off"
          error={errors.catalogId}
        />
      ) : null}
      {scope === "caches" ? (
        <TextField
          id="rule-caches"
          name="cacheIds"
          label="Cache ids"
          autoComplete="off"
          hint="Separated by commas; a cache's id is in its page's address."
          error={errors.cacheIds}
        />
      ) : null}
      <fieldset className="flex flex-col gap-2">
        <legend className="mb-1 text-sm font-medium">Events</legend>
        <div className="flex flex-wrap items-end gap-2">
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="onFailures" defaultChecked className="size-4" /> Runs failed
          </label>
          <div className="w-40">
            <TextField
              id="rule-failures"
              name="failures"
              label="…this many in a row"
              type="number"
              min={1}
              max={100}
              defaultValue={1}
              error={errors.failures}
            />
          </div>
        </div>
        <div className="flex flex-col gap-1.5">
          <Label htmlFor="rule-freshness">Data crosses its freshness line</Label>
          <NativeSelect id="rule-freshness" name="freshness" defaultValue="error">
            <option value="">Off</option>
            <option value="warn">Warn line (late)</option>
            <option value="error">Error line (stale)</option>
          </NativeSelect>
        </div>
        <TextField
          id="rule-slow"
          name="slowFactor"
          label="A run takes more than K × its median (K, empty: off)"
          type="number"
          step="0.5"
          min={1.5}
          error={errors.slowFactor}
        />
      </fieldset>
      <TextField
        id="rule-reminder"
        name="reminder"
        label="Remind while open, at most every"
        placeholder="PT1H"
        hint="An ISO-8601 duration such as PT1H or P1D; empty: never."
        error={errors.reminder}
      />
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1 text-sm font-medium">Tell these channels</legend>
        {channels.map((c) => (
          <label key={c.id} className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="channelIds" value={c.id} defaultChecked className="size-4" />{" "}
            {c.label}
          </label>
        ))}
        <FieldError id="rule-channels-error">{errors.channelIds}</FieldError>
      </fieldset>
      <FieldError id="rule-form-error">{errors.form}</FieldError>
      <Button type="submit" disabled={isExecuting}>
        {isExecuting ? "Adding…" : "Add rule"}
      </Button>
    </form>
  );
}
