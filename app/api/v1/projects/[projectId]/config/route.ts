import { withToken } from "@/lib/server/api/with-token";
import { exportProjectConfig } from "@/lib/server/config/live-config";
import { answer } from "@/lib/server/route-response";

/** The project's caches as a YAML config file. */
export const GET = withToken<{ projectId: string }>({ role: "viewer" }, (_request, { params }) =>
  answer(() => exportProjectConfig(params.projectId), {
    respond: (text) =>
      new Response(text, {
        headers: { "content-type": "application/yaml; charset=utf-8", "cache-control": "no-store" },
      }),
  }),
);

export const dynamic = "force-dynamic";
