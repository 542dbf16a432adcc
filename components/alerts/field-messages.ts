/** The first message per field of a next-safe-action validation result (`{ field: { _errors: [...] } }`). */
export function fieldMessages(errors: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (!errors || typeof errors !== "object") return out;
  for (const [key, value] of Object.entries(errors as Record<string, { _errors?: string[] }>)) {
    const first = value?._errors?.[0];
    if (first) out[key === "_errors" ? "form" : key] = first;
  }
  const root = (errors as { _errors?: string[] })._errors?.[0];
  if (root) out.form = root;
  return out;
}

/** A text field of a submitted form, trimmed ("" when absent). */
export function formText(data: FormData, name: string): string {
  const value = data.get(name);
  return typeof value === "string" ? value.trim() : "";
}
