import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { jsonRead } from "@/lib/server/wizard/json-response";

export const dynamic = "force-dynamic";

export const GET = withUser<{ projectId: string }>("viewer", (_request, { params }) =>
  jsonRead(() => getPeaka().listCatalogs(params.projectId)),
);
