import { withUser } from "@/lib/server/auth/route-guard";
import { exportProjectConfig } from "@/lib/server/config/live-config";
import { answer } from "@/lib/server/route-response";

/** The overview's Export: the project's caches as a YAML config file, downloaded (the same text as the API's). */
export const GET = withUser<{ projectId: string }>("viewer", (_request, { params }) =>
  answer(() => exportProjectConfig(params.projectId), {
    context: { projectId: params.projectId },
    respond: (text) =>
      new Response(text, {
        headers: {
          "content-type": "application/yaml; charset=utf-8",
          "content-disposition": `attachment; filename="${params.projectId.replace(/[^\w.-]/g, "_")}-caches.yaml"`,
          "cache-control": "no-store",
        },
      }),
  }),
);

export const dynamic = "force-dynamic";
