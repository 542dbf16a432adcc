import { CACHE_ACTIONS, OPERATION_ACTIONS } from "@/lib/schemas/cache-operations";
import { API_OPERATIONS, type ApiOperation, cancelRunBodySchema } from "@/lib/schemas/console-api";
import { mutate } from "@/lib/server/api/mutation";
import { readBody } from "@/lib/server/api/read-body";
import { withToken } from "@/lib/server/api/with-token";
import { cancelRun, operateOnCache } from "@/lib/server/caches/operations";
import { refuse } from "@/lib/server/route-response";

type Params = { projectId: string; cacheId: string; operation: string };

const isOperation = (value: string): value is ApiOperation =>
  (API_OPERATIONS as readonly string[]).includes(value);

/** run-full, run-incremental, pause, resume (no body) and cancel (`{ kind }`), each as its server action. */
export function POST(request: Request, context: { params: Promise<Params> }): Promise<Response> {
  return context.params.then(({ operation }) =>
    (isOperation(operation) ? HANDLERS[operation] : unknownOperation)(request, context),
  );
}

// Still behind the token check: nothing is answered before the caller is known.
const unknownOperation = withToken<Params>({ role: "viewer" }, (_request, { params }) =>
  Promise.resolve(
    refuse(
      404,
      `Unknown operation ${params.operation.slice(0, 40)}: use one of ${API_OPERATIONS.join(", ")}.`,
    ),
  ),
);

const HANDLERS = Object.fromEntries(
  API_OPERATIONS.map((operation) => [
    operation,
    operation === "cancel"
      ? withToken<Params>(CACHE_ACTIONS.cancelRun, async (request, { params, ctx }) => {
          const body = await readBody(request, cancelRunBodySchema);
          if (!body.ok) return body.response;
          const audit = ctx(CACHE_ACTIONS.cancelRun.audit);
          return mutate(() => cancelRun(audit, params.projectId, params.cacheId, body.data.kind));
        })
      : withToken<Params>(OPERATION_ACTIONS[operation], (_request, { params, user }) =>
          mutate(() => operateOnCache({ user }, operation, params.projectId, params.cacheId)),
        ),
  ]),
) as Record<ApiOperation, (request: Request, context: { params: Promise<Params> }) => Promise<Response>>;
