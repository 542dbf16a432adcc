import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { getCacheDetail } from "@/lib/server/caches/detail";
import { requirePageUser } from "@/lib/server/auth/session";

// Checked here, above the page's loading boundary, so an unknown id answers with a real 404 status.
export default async function CacheLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string; cacheId: string }>;
}) {
  const { projectId, cacheId } = await params;
  // Before any Partner API call: an anonymous visitor learns nothing about which ids exist.
  await requirePageUser(
    "viewer",
    `/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}`,
  );
  if (!(await getCacheDetail(projectId, cacheId))) notFound();
  return children;
}
