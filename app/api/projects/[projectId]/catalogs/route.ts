import { withUser } from "@/lib/server/auth/route-guard";
import { getPeaka } from "@/lib/server/peaka";
import { answer } from "@/lib/server/route-response";

export const dynamic = "force-dynamic";

export const GET = withUser<{ projectId: string }>("viewer", (_request, { params }) =>
  answer(() => getPeaka().listCatalogs(params.projectId)),
);
