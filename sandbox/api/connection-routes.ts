import { type Auth, type Deps } from "../deps";
import { requireProject } from "../http/auth";
import { notFound } from "../http/errors";
import { type RouteContext, type Router } from "../http/router";

type ConnectionJson = { id: string; name: string; type: string };

// Every sandbox catalog with a connection id stands for one connection of its catalog type.
export function addConnectionRoutes(router: Router<Auth>, deps: Deps): void {
  const connections = (ctx: RouteContext, auth: Auth): ConnectionJson[] => {
    const projectId = ctx.params.projectId ?? "";
    requireProject(deps.state, auth, projectId);
    return deps.registry
      .forProject(projectId)
      .flatMap(({ row }) =>
        row.connectionId === null
          ? []
          : [{ id: row.connectionId, name: `${row.displayName} connection`, type: row.catalogType }],
      );
  };
  router.add("GET", "/connections/{projectId}", (ctx, auth) => ({ body: connections(ctx, auth) }));
  router.add("GET", "/connections/{projectId}/{connectionId}", (ctx, auth) => {
    const id = ctx.params.connectionId ?? "";
    const found = connections(ctx, auth).find((c) => c.id === id);
    if (!found)
      throw notFound(
        "CONNECTION_NOT_FOUND",
        `Connection "${id}" does not exist in project ${ctx.params.projectId}.`,
      );
    return { body: found };
  });
}
