// The route fuzz, for any share of tests/fuzz/registry/routes.ts: 10,000 generated requests per handler, called in-process with
// a real session and the real sandbox, which logs what it received: never a 5xx, and every Partner API call an input causes keeps the
// input's values as intact path segments (searches: exactly the validated query). Inputs run 16 at a time; each
// upstream call is attributed to its input exactly (see support/upstream-recorder.ts).
import type fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

import type { Call, Handler, Params, RouteTarget } from "../registry/routes";
import { startHarness, type Harness } from "./console-harness";
import { assertMany } from "./run-many";
import type { UpstreamCall } from "./upstream-recorder";
import { bodyProblems, upstreamProblems } from "./upstream-checks";

// As in action-fuzz.ts: minutes under load, and the limit only catches a hang.
const TIMEOUT = 900_000;

// One harness per test file (each file is its own Vitest worker process).
let h: Harness;
let nextInput = 0;
const checked = new Map<number, { params: Params; query?: string }>();

/** Per input, how many of its calls the last check found sound. */
const soundCalls = new Map<number, number>();

function problemsOf(input: number, expected: { params: Params; query?: string }): string[] {
  const calls = h.recorder.callsOf(input);
  const problems = callProblems(calls, expected);
  if (problems.length === 0) soundCalls.set(input, calls.length);
  return problems;
}

function callProblems(calls: UpstreamCall[], expected: { params: Params; query?: string }): string[] {
  const problems = [...upstreamProblems(calls, expected.params), ...calls.flatMap(bodyProblems)];
  for (const call of calls.filter((c) => c.path.endsWith("/search"))) {
    const sent = (JSON.parse(call.body ?? "null") as { query?: unknown } | null)?.query;
    if (expected.query === undefined || sent !== expected.query)
      problems.push(
        `search sent ${JSON.stringify(sent)?.slice(0, 80)} for an input that validates to ${expected.query}`,
      );
  }
  return problems;
}

async function expectSound(handler: Handler, call: Call) {
  const input = nextInput++;
  const expected = { params: call.params, query: call.searched };
  checked.set(input, expected);
  const path = Object.values(call.params).map(encodeURIComponent).join("/");
  const request = new Request(`http://127.0.0.1:3999/api/fuzz/${path}${call.query ?? ""}`, {
    ...call.init,
    headers: { cookie: h.cookie, "content-type": "application/json" },
  });
  const response = await h.recorder.within(input, () =>
    handler(request, { params: Promise.resolve(call.params) as Promise<never> }),
  );
  const body = await response.text();
  const failures = h.recorder.failures.slice(-3).join("; ");
  expect(response.status, `${body.slice(0, 200)} ${failures}`).toBeLessThan(500);
  const problems = problemsOf(input, expected);
  expect(problems, problems.join("\n")).toEqual([]);
}

/** Calls that landed after their input had been checked, and calls from no input at all. */
async function lateProblems(): Promise<string[]> {
  const problems = await h.recorder.unattributed(h.upstreamLog);
  // Inputs checked before, again only once calls have come in since (a check depends only on the input's calls,
  // which are only ever appended): checking all of them after each handler grew with the square of the handlers.
  for (const [input, expected] of checked)
    if (h.recorder.callsOf(input).length !== soundCalls.get(input))
      problems.push(...problemsOf(input, expected));
  problems.push(
    ...h.recorder.callsOf(undefined).map((c) => `call outside every input: ${c.method} ${c.path}`),
  );
  return problems;
}

async function fuzz(arbitrary: fc.Arbitrary<unknown>, toCall: (value: unknown) => Call, handler: Handler) {
  const upstreamBefore = h.recorder.calls.length;
  const runs = await assertMany(arbitrary, (value) => expectSound(handler, toCall(value)));
  const problems = await lateProblems();
  expect(problems, problems.slice(0, 20).join("\n")).toEqual([]);
  return { runs, upstream: h.recorder.calls.length - upstreamBefore };
}

export function describeRouteFuzz(targets: RouteTarget[]): void {
  beforeAll(async () => {
    h = await startHarness();
  });
  afterAll(async () => {
    await h?.stop();
  });

  describe("route handlers under generated input", () => {
    it.each(targets.map((t) => [t.name, t] as const))(
      "%s",
      async (_name, target) => {
        const { runs, upstream } = await fuzz(target.inputs, target.toCall, await target.load());
        // Inputs must really reach the sandbox, or the exactness checks above proved nothing.
        expect(upstream, "Partner API calls made").toBeGreaterThan(runs / 20);
      },
      TIMEOUT,
    );
  });
}
