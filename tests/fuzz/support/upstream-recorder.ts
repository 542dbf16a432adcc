// Exact attribution of Partner API calls to the generated input that caused them, with many inputs in flight.
// The console runs in this process, so an AsyncLocalStorage context set around each input follows every fetch it
// makes (including late ones); the sandbox's own request log then confirms that nothing reached the API unattributed.
import { AsyncLocalStorage } from "node:async_hooks";

/** One request as the Partner API received it. */
export type WireEntry = { method: string; path: string };

export type UpstreamCall = {
  /** The input whose handling made this call; undefined if it came from outside every input. */
  input: number | undefined;
  method: string;
  /** Path and query exactly as sent on the wire. */
  path: string;
  body: string | null;
  /** It was answered (so the API's log holds it); false while in flight or when the call failed below HTTP. */
  answered: boolean;
  /** It has answered or failed: no longer in flight. */
  settled: boolean;
};

export type Recorder = {
  calls: UpstreamCall[];
  /** Calls that failed below HTTP (reset, refused), newest last: the cause behind a "network" 502. */
  failures: string[];
  /** Calls made so far while handling `input`. */
  callsOf: (input: number | undefined) => UpstreamCall[];
  /** Runs `fn` with every Partner API call it makes attributed to `input`. */
  within: <T>(input: number, fn: () => Promise<T>) => Promise<T>;
  /** Waits until the API's log holds every answered call, then lists calls the recorder did not see. */
  unattributed: (wireLog: () => Promise<WireEntry[]>) => Promise<string[]>;
  uninstall: () => void;
};

export function installRecorder(upstreamOrigin: string): Recorder {
  const storage = new AsyncLocalStorage<number>();
  const calls: UpstreamCall[] = [];
  const failures: string[] = [];
  const byInput = new Map<number | undefined, UpstreamCall[]>();
  const original = globalThis.fetch;

  globalThis.fetch = async (input, init) => {
    const { request, body } = await withBodyRead(input, init);
    const url = new URL(request.url);
    let call: UpstreamCall | undefined;
    if (url.origin === upstreamOrigin) {
      call = {
        input: storage.getStore(),
        method: request.method,
        path: url.pathname + url.search,
        body,
        answered: false,
        settled: false,
      };
      calls.push(call);
      const ofInput = byInput.get(call.input);
      if (ofInput) ofInput.push(call);
      else byInput.set(call.input, [call]);
    }
    try {
      const response = await original(request);
      if (call) call.answered = true;
      return response;
    } catch (error) {
      const cause = (error as { cause?: { code?: string; message?: string } }).cause;
      failures.push(
        `${request.method} ${url.pathname}: ${String(error)} (${cause?.code ?? cause?.message ?? "no cause"})`,
      );
      throw error;
    } finally {
      if (call) call.settled = true;
    }
  };

  return {
    calls,
    failures,
    callsOf: (input) => byInput.get(input) ?? [],
    within: (input, fn) => storage.run(input, fn),
    async unattributed(readLog) {
      let wire = await readLog();
      // Only answered calls are sure to be in the log (a call refused or reset below HTTP may never have reached
      // the API): waiting for every call waited out the whole minute after each action once one had failed.
      const answered = calls.filter((c) => c.answered).length;
      for (let waited = 0; wire.length < answered && waited < 60_000; waited += 200) {
        await new Promise((resolve) => setTimeout(resolve, 200));
        wire = await readLog();
      }
      const seen = new Map<string, number>();
      for (const call of calls) {
        const key = `${call.method} ${call.path}`;
        seen.set(key, (seen.get(key) ?? 0) + 1);
      }
      const problems: string[] = [];
      for (const entry of wire) {
        const key = `${entry.method} ${entry.path}`;
        const left = seen.get(key) ?? 0;
        if (left === 0) problems.push(`reached the Partner API without passing the recorder: ${key}`);
        else seen.set(key, left - 1);
      }
      return problems;
    },
    uninstall() {
      globalThis.fetch = original;
    },
  };
}

/**
 * The request to send and its body as text. The console's client hands over a Request of its own: its body is read
 * once and sent as read, instead of being copied into a second Request and teed (two thirds of this wrapper's own
 * cost per call, which the fuzz pays about 200,000 times).
 */
async function withBodyRead(
  input: RequestInfo | URL,
  init: RequestInit | undefined,
): Promise<{ request: Request; body: string | null }> {
  if (input instanceof Request && input.body && init?.body === undefined) {
    const body = await input.text();
    return { request: new Request(input, { ...init, body }), body };
  }
  const request = new Request(input, init);
  return { request, body: request.body ? await request.clone().text() : null };
}
