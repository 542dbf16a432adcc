export type ApiResponse = { status: number; body: unknown };

export type Api = {
  get(path: string, key?: string): Promise<ApiResponse>;
  post(path: string, body?: unknown, key?: string): Promise<ApiResponse>;
  put(path: string, body: unknown, key?: string): Promise<ApiResponse>;
  del(path: string, key?: string): Promise<ApiResponse>;
  raw(path: string, init: RequestInit): Promise<ApiResponse>;
};

export function createApi(baseUrl: string, defaultKey: string): Api {
  const call = async (
    method: string,
    path: string,
    body: unknown,
    key: string | undefined,
  ): Promise<ApiResponse> => {
    const headers: Record<string, string> = { authorization: `Bearer ${key ?? defaultKey}` };
    if (body !== undefined) headers["content-type"] = "application/json";
    return raw(path, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
  };
  const raw = async (path: string, init: RequestInit): Promise<ApiResponse> => {
    const res = await fetch(`${baseUrl}${path}`, init);
    const text = await res.text();
    return { status: res.status, body: text === "" ? undefined : (JSON.parse(text) as unknown) };
  };
  return {
    get: (path, key) => call("GET", path, undefined, key),
    post: (path, body, key) => call("POST", path, body, key),
    put: (path, body, key) => call("PUT", path, body, key),
    del: (path, key) => call("DELETE", path, undefined, key),
    raw,
  };
}

export const seg = (value: string): string => encodeURIComponent(value);

export async function waitFor<T>(
  probe: () => Promise<T | undefined>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}
