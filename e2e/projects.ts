// Which stacks a run needs, so that Playwright's (global) webServer list starts only those servers.
import { basename } from "node:path";

import type { StackName } from "./stack";

/** Specs on the fault-matrix stack (second console -> fault proxy -> second sandbox); every other spec is main's. */
export const FAULT_STACK_SPECS = [
  "fault-matrix.spec.ts",
  "action-fuzz.spec.ts",
  "action-origin.spec.ts",
  "delete-while-running.spec.ts",
  "odd-names.spec.ts",
  // Needs the fault proxy (its unknown-fields fault on a trigger answer).
  "trigger-truth.spec.ts",
  // Its anonymous requests go through the fault console, whose recording proxy shows any Partner API call.
  "security-anonymous.spec.ts",
];

/** Specs that also run on the second fault stack (the fault matrix's rows tagged @fault-b). */
export const FAULT_B_SPECS = ["fault-matrix.spec.ts"];

export const PROJECT_STACK: Record<string, StackName> = {
  "main-setup": "main",
  main: "main",
  "fault-setup": "fault",
  "fault-matrix": "fault",
  "fault-b-setup": "fault-b",
  "fault-matrix-b": "fault-b",
};

const ALL_STACKS: StackName[] = ["main", "fault", "fault-b"];

// CLI options that take a value, so that value is not mistaken for a file filter.
const WITH_VALUE = new Set([
  "-c",
  "--config",
  "-g",
  "--grep",
  "--grep-invert",
  "-j",
  "--workers",
  "--reporter",
  "--retries",
  "--timeout",
  "--output",
  "--repeat-each",
  "--max-failures",
  "--shard",
  "--trace",
  "--global-timeout",
  "--project",
  "--update-snapshots",
  "-u",
  "--tsconfig",
  "--test-list",
  "--test-list-invert",
]);

/**
 * From `playwright test [filters] [--project name]` (or E2E_STACKS=main,fault, which wins): the stacks of the
 * requested projects, narrowed to the stacks of the spec files the filters match. No filter: every stack.
 */
export function requestedStacks(argv: string[], specFiles: string[]): StackName[] {
  const fromEnv = process.env.E2E_STACKS;
  if (fromEnv) return fromEnv.split(",").filter((s): s is StackName => ALL_STACKS.includes(s as StackName));
  const testAt = argv.findIndex((a) => a === "test");
  const args = testAt === -1 ? [] : argv.slice(testAt + 1);
  const projects: string[] = [];
  const filters: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? "";
    if (arg === "--project") projects.push(args[++i] ?? "");
    else if (arg.startsWith("--project=")) projects.push(arg.slice("--project=".length));
    else if (WITH_VALUE.has(arg)) i++;
    else if (!arg.startsWith("-")) filters.push(arg.replace(/:\d+(:\d+)?$/, ""));
  }
  let stacks = new Set<StackName>(ALL_STACKS);
  if (projects.length > 0) stacks = new Set(projects.flatMap((p) => PROJECT_STACK[p] ?? []));
  if (filters.length > 0) {
    const stacksOf = (file: string): StackName[] => {
      const name = basename(file);
      if (!FAULT_STACK_SPECS.includes(name)) return ["main"];
      return FAULT_B_SPECS.includes(name) ? ["fault", "fault-b"] : ["fault"];
    };
    const matched = specFiles.filter((file) => filters.some((f) => file.includes(f) || safeTest(f, file)));
    const wanted = new Set(matched.flatMap(stacksOf));
    stacks = new Set([...stacks].filter((s) => wanted.has(s)));
  }
  return [...stacks];
}

function safeTest(pattern: string, text: string): boolean {
  try {
    return new RegExp(pattern).test(text);
  } catch {
    return false;
  }
}
