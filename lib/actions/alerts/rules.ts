"use server";

import { revalidatePath } from "next/cache";

import { ActionError } from "@/lib/action-error";
import { authActionClient } from "@/lib/safe-action";
import { ruleIdSchema, saveRuleSchema } from "@/lib/schemas/alerts";
import { listChannels } from "@/lib/server/alerts/channels-store";
import { deleteRule, listRules, saveRule } from "@/lib/server/alerts/rules-store";

export const saveRuleAction = authActionClient
  .metadata({ actionName: "saveAlertRule", audit: "alert.rule-save", role: "admin" })
  .inputSchema(saveRuleSchema)
  .action(async ({ parsedInput, ctx }) => {
    const id = await ctx.audited(
      { projectId: parsedInput.projectId, target: `rule ${parsedInput.name}`, request: parsedInput },
      async () => {
        const known = new Set((await listChannels()).map((c) => c.id));
        if (parsedInput.channelIds.some((c) => !known.has(c)))
          throw new ActionError("A chosen channel no longer exists. Reload the page and choose again.");
        const saved = await saveRule(parsedInput, ctx.user.email);
        if (!saved)
          throw new ActionError("This rule no longer exists, or comes from settings. Reload the page.");
        return saved;
      },
    );
    revalidatePath("/alerts");
    return { id };
  });

export const deleteRuleAction = authActionClient
  .metadata({ actionName: "deleteAlertRule", audit: "alert.rule-delete", role: "admin" })
  .inputSchema(ruleIdSchema)
  .action(async ({ parsedInput: { ruleId }, ctx }) => {
    const rule = (await listRules()).find((r) => r.id === ruleId);
    if (!rule || rule.source !== "ui")
      throw new ActionError("This rule no longer exists, or comes from settings. Reload the page.");
    await ctx.audited({ projectId: rule.projectId, target: `rule ${rule.name}`, request: { ruleId } }, () =>
      deleteRule(ruleId),
    );
    revalidatePath("/alerts");
    return { deleted: true };
  });
