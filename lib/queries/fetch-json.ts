/** Reads one of our own route handlers; a failure carries the handler's plain-language message. */
export async function fetchJson<T>(url: string, init?: RequestInit): Promise<T> {
  const response = await fetch(url, { ...init, headers: { accept: "application/json", ...init?.headers } });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new Error(
      messageOf(body) ?? `The console could not load this (HTTP ${response.status}). Try again.`,
    );
  }
  return body as T;
}

function messageOf(body: unknown): string | null {
  if (!body || typeof body !== "object" || !("error" in body)) return null;
  const { error } = body;
  if (error && typeof error === "object" && "message" in error && typeof error.message === "string")
    return error.message;
  return null;
}
