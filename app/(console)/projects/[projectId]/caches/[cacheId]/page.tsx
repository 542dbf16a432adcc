import type { Metadata } from "next";
import { notFound } from "next/navigation";

import { hasRole } from "@/lib/auth/roles";
import type { PageArgs } from "@/lib/next/page-props";
import { requirePageUser } from "@/lib/server/auth/session";
import { getCacheDetail } from "@/lib/server/caches/detail";

import { CacheDetailView } from "@/components/cache-detail/cache-detail-view";

type Params = { projectId: string; cacheId: string };

export async function generateMetadata({ params }: PageArgs<Params>): Promise<Metadata> {
  const { cacheId } = await params;
  return { title: `Cache ${cacheId.slice(0, 8)}` };
}

export default async function CacheDetailPage({ params }: PageArgs<Params>) {
  const { projectId, cacheId } = await params;
  const user = await requirePageUser(
    "viewer",
    `/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}`,
  );
  const detail = await getCacheDetail(projectId, cacheId);
  if (!detail) notFound();
  return (
    <CacheDetailView
      projectId={projectId}
      cacheId={cacheId}
      initial={detail}
      canOperate={hasRole(user.role, "operator")}
      canDelete={hasRole(user.role, "admin")}
    />
  );
}
