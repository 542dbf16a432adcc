"use client";

import { useAction } from "next-safe-action/hooks";
import { useRouter } from "next/navigation";

import { Button } from "@/components/ui/button";
import { deleteChannelAction, sendTestAction } from "@/lib/actions/alerts/channels";
import { deleteRuleAction } from "@/lib/actions/alerts/rules";
import { toast } from "@/lib/toast";

export function SendTestButton({ channelId, name }: { channelId: string; name: string }) {
  const router = useRouter();
  const { execute, isExecuting } = useAction(sendTestAction, {
    onSuccess: ({ data }) => {
      if (data?.ok) toast.success(`Test sent to ${name}: ${data.answer}`);
      else toast.error(`${name} did not take the test: ${data?.answer ?? "no answer"}. It will be retried.`);
      router.refresh();
    },
    onError: ({ error }) => toast.error(error.serverError ?? "The test could not be sent."),
  });
  return (
    <Button size="sm" variant="secondary" disabled={isExecuting} onClick={() => execute({ channelId })}>
      {isExecuting ? "Sending…" : "Send test"}
      <span className="sr-only"> to {name}</span>
    </Button>
  );
}

export function DeleteButton({ kind, id, name }: { kind: "channel" | "rule"; id: string; name: string }) {
  const router = useRouter();
  const done = {
    onSuccess: () => {
      toast.success(`Removed ${kind} ${name}.`);
      router.refresh();
    },
    onError: ({ error }: { error: { serverError?: string } }) =>
      toast.error(error.serverError ?? `The ${kind} could not be removed.`),
  };
  const channel = useAction(deleteChannelAction, done);
  const rule = useAction(deleteRuleAction, done);
  const busy = channel.isExecuting || rule.isExecuting;
  return (
    <Button
      size="sm"
      variant="ghost"
      disabled={busy}
      onClick={() => {
        if (!window.confirm(`Remove the ${kind} “${name}”?`)) return;
        if (kind === "channel") channel.execute({ channelId: id });
        else rule.execute({ ruleId: id });
      }}
    >
      Remove
      <span className="sr-only">
        {" "}
        {kind} {name}
      </span>
    </Button>
  );
}
