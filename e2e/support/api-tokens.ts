import type { Page } from "@playwright/test";

import { stack } from "../stack";

import { callAction, readAnswer } from "./server-actions";

/** A personal access token made by the page's signed-in user (the Tokens page's action), or the refusal's text. */
export async function createToken(
  page: Page,
  input: Record<string, unknown>,
): Promise<{ id: string; token: string } | string> {
  const { body } = await callAction(
    page.request,
    "lib/actions/tokens/create-token.ts",
    { name: "e2e", projectId: "", expiresInDays: 1, ...input },
    { origin: stack.consoleUrl },
  );
  const answer = readAnswer(body);
  const data = answer?.data as { id: string; token: string } | undefined;
  return data ?? (typeof answer?.serverError === "string" ? answer.serverError : body.slice(0, 300));
}

export async function token(page: Page, input: Record<string, unknown> = {}) {
  const made = await createToken(page, input);
  if (typeof made === "string") throw new Error(`token not created: ${made}`);
  return made;
}
