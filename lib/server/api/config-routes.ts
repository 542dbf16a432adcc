import "server-only";

import { NextResponse } from "next/server";

import { formatProblem } from "@/lib/config/parse-document";
import { CACHE_ACTIONS } from "@/lib/schemas/cache-operations";
import { configBodySchema } from "@/lib/schemas/console-api";

import { applyConfigFile, planConfigFile } from "../config/apply-config";
import type { ConfigProblem } from "@/lib/config/parse-document";
import { failure, invalid } from "../route-response";

import { readBody } from "./read-body";
import { withToken } from "./with-token";

type Params = { projectId: string };

export const problemsResponse = (problems: ConfigProblem[]) =>
  invalid(
    problems.map((p) => ({ ...p, message: p.message })),
    `The config file has ${problems.length === 1 ? "a problem" : `${problems.length} problems`}:\n${problems.map(formatProblem).join("\n")}`,
  );

/** POST of a config file: its plan (changes nothing), or with `apply` the results of carrying it out. */
export function configPost(mode: "plan" | "apply") {
  const meta = mode === "plan" ? CACHE_ACTIONS.planConfig : CACHE_ACTIONS.applyConfig;
  // A plan reads only, but tells what an operator could change: the same role as apply.
  return withToken<Params>({ role: meta.role, audit: meta.audit }, async (request, { params, user }) => {
    const body = await readBody(request, configBodySchema);
    if (!body.ok) return body.response;
    const input = { ...body.data, projectId: params.projectId };
    try {
      const outcome = mode === "plan" ? await planConfigFile(input) : await applyConfigFile(user, input);
      if (!outcome.ok) return problemsResponse(outcome.problems);
      return NextResponse.json(outcome, { headers: { "cache-control": "no-store" } });
    } catch (error) {
      return failure(error, { projectId: params.projectId, mode });
    }
  });
}
