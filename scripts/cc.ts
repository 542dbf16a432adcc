// The Cache Console CLI: `npm run -s cc -- <command>`. It talks only to the console API (/api/v1) with a personal
// access token from CACHE_CONSOLE_TOKEN, at CACHE_CONSOLE_URL. Exit codes fit CI: 0 fine, 1 error (or stale, or a
// plan that cannot be carried out), 2 a plan with changes under --detailed-exitcode.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { parseArgs } from "node:util";

import type { IncidentView } from "@/lib/alerts/types";
import { type Plan, planHasChanges } from "@/lib/config/plan";
import type { ApiCache } from "@/lib/server/api/api-cache";
import type { ApplyItemResult } from "@/lib/server/config/apply-config";

const HELP = `Cache Console CLI

Usage: npm run -s cc -- <command> [options]

Commands:
  export [--out FILE]                Write the project's caches as a YAML config file (stdout without --out).
  plan FILE [--prune] [--detailed-exitcode]
                                     Show what apply would create, update, leave alone (and delete with --prune).
  apply FILE [--prune]               Carry out the plan; one result per cache. Safe to repeat.
  caches list                        List the project's caches with their freshness.
  runs trigger CACHE_ID [--incremental]
                                     Start a full refresh (or an incremental sync) now.
  freshness check [--strict]         Exit 1 when any cache is stale (past its error line; --strict: also late).
  incidents list [--open]            The project's alert incidents, open ones first (--open: only those).

Options:
  --project ID   The project (default: CACHE_CONSOLE_PROJECT).
  --json         Print the API's JSON answer instead of text.
  -h, --help     This help.

Environment:
  CACHE_CONSOLE_URL     The console's address, e.g. https://console.example.com (default http://127.0.0.1:3000).
  CACHE_CONSOLE_TOKEN   A personal access token (cc_…) from the console's Tokens page.

Exit codes: 0 success; 1 error, a stale cache, a failed apply item, or a plan with tables the project lacks;
2 plan --detailed-exitcode found changes.`;

class CliError extends Error {}

type ApiError = { error?: { message?: string; problems?: { field: string; message: string }[] } };

function settings() {
  const url = (process.env.CACHE_CONSOLE_URL ?? "http://127.0.0.1:3000").replace(/\/+$/, "");
  const token = process.env.CACHE_CONSOLE_TOKEN ?? "";
  if (!token)
    throw new CliError("Set CACHE_CONSOLE_TOKEN to a personal access token (the console's Tokens page).");
  return { url, token };
}

async function call(method: string, path: string, body?: unknown): Promise<Response> {
  const { url, token } = settings();
  let response: Response;
  try {
    response = await fetch(`${url}/api/v1${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, ...(body ? { "content-type": "application/json" } : {}) },
      body: body ? JSON.stringify(body) : undefined,
    });
  } catch (error) {
    throw new CliError(
      `Cannot reach the console at ${url}: ${(error as Error).message}. Check CACHE_CONSOLE_URL.`,
    );
  }
  if (!response.ok) {
    const answer = (await response.json().catch(() => ({}))) as ApiError;
    const message = answer.error?.message ?? `HTTP ${response.status}`;
    const fields = message.includes("\n")
      ? []
      : (answer.error?.problems ?? []).map((p) => `  ${p.field}: ${p.message}`);
    throw new CliError([`${message} (HTTP ${response.status})`, ...fields].join("\n"));
  }
  return response;
}

const json = async <T>(response: Response) => (await response.json()) as T;

function projectOf(options: { project?: string }): string {
  const project = options.project ?? process.env.CACHE_CONSOLE_PROJECT;
  if (!project) throw new CliError("Name the project: --project ID, or set CACHE_CONSOLE_PROJECT.");
  return encodeURIComponent(project);
}

function readConfig(file: string | undefined): { document: string; fileName: string } {
  if (!file) throw new CliError("Name the config file, e.g. `plan caches.yaml`.");
  try {
    return { document: readFileSync(file, "utf8"), fileName: basename(file) };
  } catch (error) {
    throw new CliError(`Cannot read ${file}: ${(error as Error).message}`);
  }
}

const MARK: Record<string, string> = { create: "+", update: "~", unchanged: "=", delete: "-", missing: "!" };

function printPlan(plan: Plan) {
  for (const item of plan.items) {
    const detail =
      item.action === "update"
        ? `  (${item.changes.map((c) => `${c.field}: ${c.from} -> ${c.to}`).join("; ")})`
        : item.action === "missing"
          ? `: ${item.reason ?? "missing"}`
          : "";
    console.log(`  ${MARK[item.action] ?? "?"} ${item.action.padEnd(9)} ${item.key}${detail}`);
  }
  const c = plan.counts;
  console.log(
    `Plan: ${c.create} to create, ${c.update} to update, ${c.delete} to delete, ${c.unchanged} unchanged, ${c.missing} missing.`,
  );
  if (c.missing) console.log("Missing tables are not in the target project's catalogs; apply skips them.");
}

async function run(argv: string[]): Promise<number> {
  const { values: options, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      project: { type: "string" },
      out: { type: "string" },
      prune: { type: "boolean" },
      "detailed-exitcode": { type: "boolean" },
      json: { type: "boolean" },
      strict: { type: "boolean" },
      incremental: { type: "boolean" },
      open: { type: "boolean" },
      help: { type: "boolean", short: "h" },
    },
  });
  const [command, sub, arg] = positionals;
  if (options.help || !command) {
    console.log(HELP);
    return command || options.help ? 0 : 1;
  }
  const words = `${command}${sub && ["caches", "runs", "freshness", "incidents"].includes(command) ? ` ${sub}` : ""}`;
  switch (words) {
    case "export": {
      const text = await (await call("GET", `/projects/${projectOf(options)}/config`)).text();
      if (options.out) {
        writeFileSync(options.out, text);
        console.error(`Wrote ${options.out}.`);
      } else process.stdout.write(text);
      return 0;
    }
    case "plan":
    case "apply": {
      const body = { ...readConfig(sub), prune: Boolean(options.prune) };
      const answer = await json<{ plan: Plan; results?: ApplyItemResult[] }>(
        await call("POST", `/projects/${projectOf(options)}/config/${command}`, body),
      );
      if (options.json) console.log(JSON.stringify(answer, null, 2));
      else if (command === "plan") printPlan(answer.plan);
      else
        for (const r of answer.results ?? [])
          console.log(`  ${r.ok ? "ok    " : "FAILED"} ${r.action.padEnd(9)} ${r.key}: ${r.message}`);
      if (command === "apply") {
        const failed = (answer.results ?? []).filter((r) => !r.ok).length;
        if (!options.json) console.log(failed ? `Apply: ${failed} item(s) failed.` : "Apply: done.");
        return failed ? 1 : 0;
      }
      if (answer.plan.counts.missing) return 1;
      return options["detailed-exitcode"] && planHasChanges(answer.plan) ? 2 : 0;
    }
    case "caches list":
    case "freshness check": {
      const { caches } = await json<{ caches: ApiCache[] }>(
        await call("GET", `/projects/${projectOf(options)}/caches`),
      );
      if (options.json) console.log(JSON.stringify(caches, null, 2));
      else if (caches.length === 0)
        // Peaka may list a cache only after its first sync starts: say so rather than print nothing.
        console.log(
          `No caches listed in ${projectOf(options)} (a cache created a moment ago appears within seconds).`,
        );
      else
        for (const c of caches)
          console.log(
            `${(c.freshness.state ?? "unknown").padEnd(8)} ${c.status.padEnd(15)} ${`${c.catalog}.${c.schema}.${c.table}`}${c.paused ? " (paused)" : ""}  ${c.id}`,
          );
      if (words === "caches list") return 0;
      const failing = new Set(options.strict ? ["error", "warn", "no-data"] : ["error", "no-data"]);
      const stale = caches.filter((c) => c.freshness.state !== null && failing.has(c.freshness.state));
      if (!options.json)
        console.log(
          stale.length
            ? `Freshness: ${stale.length} of ${caches.length} cache(s) stale.`
            : `Freshness: all ${caches.length} fresh enough.`,
        );
      return stale.length ? 1 : 0;
    }
    case "incidents list": {
      const query = options.open ? "?status=open" : "";
      const { incidents } = await json<{ incidents: IncidentView[] }>(
        await call("GET", `/projects/${projectOf(options)}/incidents${query}`),
      );
      if (options.json) console.log(JSON.stringify(incidents, null, 2));
      else if (incidents.length === 0) console.log(options.open ? "No open incidents." : "No incidents.");
      else
        for (const i of incidents)
          console.log(
            `${i.status.padEnd(8)} ${i.openedAt}  ${i.cacheLabel}: ${i.summary}${i.resolvedAt ? ` (resolved ${i.resolvedAt})` : ""}`,
          );
      return 0;
    }
    case "runs trigger": {
      if (!arg) throw new CliError("Name the cache: runs trigger CACHE_ID (ids are in `caches list`).");
      const operation = options.incremental ? "run-incremental" : "run-full";
      const { message } = await json<{ message: string }>(
        await call("POST", `/projects/${projectOf(options)}/caches/${encodeURIComponent(arg)}/${operation}`),
      );
      console.log(message);
      return 0;
    }
    default:
      throw new CliError(`Unknown command: ${positionals.join(" ")}. Run with --help for the commands.`);
  }
}

run(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof CliError || error instanceof TypeError ? `cc: ${error.message}` : error);
    process.exit(1);
  },
);
