import { afterEach, describe, expect, it } from "vitest";

import { requestedStacks } from "../../e2e/projects";

const files = ["roles.spec.ts", "shell.spec.ts", "fault-matrix.spec.ts", "odd-names.spec.ts"].map(
  (name) => `/repo/e2e/${name}`,
);
const stacksFor = (...args: string[]) => requestedStacks(["node", "playwright", "test", ...args], files);

describe("which e2e stacks a Playwright run starts", () => {
  afterEach(() => {
    delete process.env.E2E_STACKS;
  });

  it("starts every stack for the whole suite", () => {
    expect(stacksFor()).toEqual(["main", "fault", "fault-b"]);
    expect(stacksFor("--workers", "1", "e2e/")).toEqual(["main", "fault", "fault-b"]);
  });

  it("starts only the stack of the spec files named", () => {
    expect(stacksFor("e2e/roles.spec.ts")).toEqual(["main"]);
    expect(stacksFor("e2e/roles.spec.ts:12", "-g", "fault")).toEqual(["main"]);
    // The matrix's rows are split over both fault stacks; the other fault-stack specs need only the first.
    expect(stacksFor("fault-matrix")).toEqual(["fault", "fault-b"]);
    expect(stacksFor("odd-names")).toEqual(["fault"]);
    expect(stacksFor("roles", "odd-names")).toEqual(["main", "fault"]);
  });

  it("follows --project, narrowed by file filters", () => {
    expect(stacksFor("--project=main")).toEqual(["main"]);
    expect(stacksFor("--project", "fault-matrix")).toEqual(["fault"]);
    expect(stacksFor("--project=fault-matrix-b", "fault-matrix")).toEqual(["fault-b"]);
    expect(stacksFor("--project=main", "odd-names")).toEqual([]);
  });

  it("lets E2E_STACKS decide", () => {
    process.env.E2E_STACKS = "fault";
    expect(stacksFor("e2e/roles.spec.ts")).toEqual(["fault"]);
  });
});
