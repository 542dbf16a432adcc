"use client";

import { useAction } from "next-safe-action/hooks";
import { useState, type FormEvent } from "react";

import { Button } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { Label, NativeSelect } from "@/components/ui/input";
import { saveChannelAction } from "@/lib/actions/alerts/channels";
import type { SaveChannelInput } from "@/lib/schemas/alerts";

import { formText as text } from "./field-messages";
import { TextField } from "./text-field";
import { useAlertForm } from "./use-alert-form";

const clock = (data: FormData, name: string) => text(data, name) || null;

/** Adds a webhook or email channel. Secrets are typed here once and never shown again. */
export function ChannelForm() {
  const [kind, setKind] = useState<"webhook" | "email">("webhook");
  const { formRef, errors, callbacks } = useAlertForm("Channel added. Use “Send test” to check it.");
  const { execute, isExecuting } = useAction(saveChannelAction, callbacks);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const common = {
      name: text(data, "name"),
      secret: text(data, "secret"),
      quietStart: clock(data, "quietStart"),
      quietEnd: clock(data, "quietEnd"),
      changes: data.get("changes") === "on",
    };
    const input: SaveChannelInput =
      kind === "webhook"
        ? { kind, ...common, url: text(data, "url"), slack: data.get("slack") === "on" }
        : { kind, ...common, smtpUrl: text(data, "smtpUrl"), emailTo: text(data, "emailTo") };
    execute(input);
  };
  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      noValidate
      aria-labelledby="channel-form-title"
      className="flex h-fit flex-col gap-3 rounded-lg border bg-card p-4"
    >
      <h2 id="channel-form-title" className="font-semibold">
        Add a channel
      </h2>
      <div className="flex flex-col gap-1.5">
        <Label htmlFor="channel-kind">Kind</Label>
        <NativeSelect
          id="channel-kind"
          name="kind"
          value={kind}
          onChange={(e) => setKind(e.target.value === "email" ? "email" : "webhook")}
        >
          <option value="webhook">Webhook (JSON POST, signed)</option>
          <option value="email">Email (SMTP)</option>
        </NativeSelect>
      </div>
      <TextField id="channel-name" name="name" label="Name" autoComplete="off" error={errors.name} />
      {kind === "webhook" ? (
        <>
          <TextField
            id="channel-url"
            name="url"
            label="URL"
            type="url"
            autoComplete="off"
            placeholder="https://hooks.example.com/cache-console"
            error={errors.url}
          />
          <TextField
            id="channel-secret"
            name="secret"
            label="Signing secret"
            type="password"
            autoComplete="new-password"
            hint="Signs every call (HMAC-SHA256, see docs/alerts.md). Stored on the server, never shown again."
            error={errors.secret}
          />
          <label className="flex items-center gap-2 text-sm">
            <input type="checkbox" name="slack" className="size-4" /> Slack-compatible body (
            <code>{"{ text }"}</code>)
          </label>
        </>
      ) : (
        <>
          <TextField
            id="channel-smtp"
            name="smtpUrl"
            label="SMTP server"
            autoComplete="off"
            placeholder="smtp://user@mail.example.com:587"
            hint="smtp:// (STARTTLS when offered) or smtps://. A password in the URL is moved to the secret store."
            error={errors.smtpUrl}
          />
          <TextField
            id="channel-password"
            name="secret"
            label="SMTP password"
            type="password"
            autoComplete="new-password"
            hint="Optional; stored on the server, never shown again."
            error={errors.secret}
          />
          <TextField
            id="channel-to"
            name="emailTo"
            label="Send to"
            autoComplete="off"
            placeholder="ops@example.com, oncall@example.com"
            error={errors.emailTo}
          />
        </>
      )}
      <fieldset className="flex flex-col gap-1.5">
        <legend className="mb-1.5 text-sm font-medium">Quiet period (UTC, optional)</legend>
        <div className="grid grid-cols-2 gap-2">
          <TextField
            id="channel-quiet-start"
            name="quietStart"
            label="From"
            placeholder="22:00"
            error={errors.quietStart}
          />
          <TextField
            id="channel-quiet-end"
            name="quietEnd"
            label="Until"
            placeholder="07:00"
            error={errors.quietEnd}
          />
        </div>
        <p className="text-xs text-muted-foreground">
          Alerts in this window wait until it ends; none are dropped.
        </p>
      </fieldset>
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name="changes" className="size-4" /> Also tell when someone deletes or pauses a
        cache or changes its schedules
      </label>
      <FieldError id="channel-form-error">{errors.form}</FieldError>
      <Button type="submit" disabled={isExecuting}>
        {isExecuting ? "Adding…" : "Add channel"}
      </Button>
    </form>
  );
}
