// A quarter of the action fuzz (tests/fuzz/registry/actions.ts, every fourth entry from the 4th), so that the
// fuzz files come in even, minutes-long pieces for Vitest's two workers. What is checked: support/action-fuzz.ts.
//
// Trade-off: the actions run in-process, so the two Next.js request APIs they touch are replaced by stand-ins
// below (headers() returns the signed-in admin's cookie; revalidatePath is a no-op). Over HTTP every payload also
// pays for Next's action routing and RSC rendering: 10,000 x 17 of them do not fit the test run (docs/fuzzing.md).
import { vi } from "vitest";

import { ACTION_TARGETS } from "./registry/actions";
import { describeActionFuzz, shareOf } from "./support/action-fuzz";

const session = vi.hoisted(() => ({ cookie: "" }));
vi.mock("next/headers", () => ({ headers: () => Promise.resolve(new Headers({ cookie: session.cookie })) }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined, revalidateTag: () => undefined }));

describeActionFuzz(shareOf(ACTION_TARGETS, 3, 4), session);
