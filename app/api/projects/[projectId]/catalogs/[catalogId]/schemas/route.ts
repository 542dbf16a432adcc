import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { jsonRead } from "@/lib/server/wizard/json-response";

export const dynamic = "force-dynamic";

export const GET = withUser<{ projectId: string; catalogId: string }>("viewer", (_request, { params }) =>
  jsonRead(() => getPeaka().listSchemas(params.projectId, params.catalogId)),
);
