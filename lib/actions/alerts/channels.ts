"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { channelIdSchema, saveChannelSchema, type SaveChannelInput } from "@/lib/schemas/alerts";
import { deleteChannel, getChannel, publicUrl, saveChannel } from "@/lib/server/alerts/channels-store";
import { sendTest } from "@/lib/server/alerts/deliveries";

/** What the audit log keeps of a channel: no secret, no password, no URL credentials. */
function auditedChannel(input: SaveChannelInput) {
  const common = {
    id: input.id ?? null,
    kind: input.kind,
    name: input.name,
    quiet: input.quietStart ? `${input.quietStart}-${input.quietEnd}` : null,
    changes: input.changes,
    newSecret: input.secret?.trim() ? "replaced" : "kept",
  };
  return input.kind === "webhook"
    ? { ...common, url: publicUrl(input.url), slack: input.slack }
    : { ...common, smtp: publicUrl(input.smtpUrl), emailTo: input.emailTo };
}

async function editable(channelId: string) {
  const channel = await getChannel(channelId);
  if (!channel) throw new ActionError("This channel no longer exists. Reload the page.");
  if (channel.source === "env")
    throw new ActionError("This channel comes from the CONSOLE_ALERT_* settings; change it there.");
  return channel;
}

export const saveChannelAction = authActionClient
  .metadata({ actionName: "saveAlertChannel", audit: "alert.channel-save", role: "admin" })
  .inputSchema(saveChannelSchema)
  .action(async ({ parsedInput, ctx }) => {
    const id = await ctx.audited(
      { target: `channel ${parsedInput.name}`, request: auditedChannel(parsedInput) },
      async () => {
        if (parsedInput.id) await editable(parsedInput.id);
        return saveChannel(parsedInput, ctx.user.email);
      },
    );
    revalidatePath("/alerts");
    return { id };
  });

export const deleteChannelAction = authActionClient
  .metadata({ actionName: "deleteAlertChannel", audit: "alert.channel-delete", role: "admin" })
  .inputSchema(channelIdSchema)
  .action(async ({ parsedInput: { channelId }, ctx }) => {
    const channel = await editable(channelId);
    await ctx.audited({ target: `channel ${channel.name}`, request: { channelId } }, () =>
      deleteChannel(channelId),
    );
    revalidatePath("/alerts");
    return { deleted: true };
  });

export const sendTestAction = authActionClient
  .metadata({ actionName: "sendAlertTest", audit: "alert.channel-test", role: "admin" })
  .inputSchema(channelIdSchema)
  .action(async ({ parsedInput: { channelId }, ctx }) => {
    const channel = await getChannel(channelId);
    if (!channel) throw new ActionError("This channel no longer exists. Reload the page.");
    const result = await sendTest(channel, ctx.user.email);
    await ctx.audit({
      target: `channel ${channel.name}`,
      request: { channelId },
      outcome: result.ok ? "success" : "failure",
      detail: result.answer,
    });
    revalidatePath(`/alerts/channels/${channelId}`);
    return result;
  });
