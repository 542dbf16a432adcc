/** What a next-safe-action action answers. */
export type ActionAnswer = { data?: unknown; serverError?: unknown; validationErrors?: unknown };

const INTERNALS = /\n\s+at |\.tsx?:\d+|node_modules|TypeError|ReferenceError/;

function messages(errors: unknown): unknown[] {
  if (Array.isArray(errors)) return errors;
  if (typeof errors !== "object" || errors === null) return [errors];
  return Object.values(errors).flatMap(messages);
}

/**
 * An answer is data, readable validation messages, or a deliberate readable error; never the catch-all
 * `defaultError` (an unexpected throw, the action's equivalent of a 500) and never internals.
 */
export function resultProblems(result: ActionAnswer | null | undefined, defaultError: string): string[] {
  if (!result) return ["the action answered nothing"];
  const problems: string[] = [];
  if (result.serverError !== undefined) {
    const text = result.serverError;
    if (typeof text !== "string" || text.trim().length < 10)
      problems.push(`unclear error ${JSON.stringify(text)}`);
    else if (text === defaultError) problems.push("unexpected failure (catch-all server error)");
    else if (INTERNALS.test(text)) problems.push(`internals in the error: ${text.slice(0, 200)}`);
  }
  if (result.validationErrors !== undefined) {
    const all = messages(result.validationErrors);
    if (all.length === 0) problems.push("validation failed without a message");
    for (const m of all)
      if (typeof m !== "string" || m.trim().length < 3)
        problems.push(`unclear validation message ${String(m)}`);
  }
  return problems;
}
