type ActionResultLike = {
  serverError?: unknown;
  validationErrors?: unknown;
};

function collect(node: unknown, out: string[]) {
  if (!node || typeof node !== "object") return;
  for (const [key, value] of Object.entries(node)) {
    if (key === "_errors" && Array.isArray(value))
      out.push(...value.filter((v): v is string => typeof v === "string"));
    else collect(value, out);
  }
}

/** One plain sentence for whatever the server refused, for display beside the submit button. */
export function serverErrorText(result: ActionResultLike): string | undefined {
  if (typeof result.serverError === "string") return result.serverError;
  const messages: string[] = [];
  collect(result.validationErrors, messages);
  if (messages.length > 0) return `The server refused the request: ${[...new Set(messages)].join(" ")}`;
  return undefined;
}
