import { notFound } from "next/navigation";
import type { ReactNode } from "react";

import { getCacheDetail } from "@/lib/server/caches/detail";

// Checked here, above the page's loading boundary, so an unknown id answers with a real 404 status.
export default async function CacheLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ projectId: string; cacheId: string }>;
}) {
  const { projectId, cacheId } = await params;
  if (!(await getCacheDetail(projectId, cacheId))) notFound();
  return children;
}
