import { redirect } from "next/navigation";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export default async function NewCachesPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { projectId } = await params;
  await wizardPageUser(projectId);
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(await searchParams)) {
    for (const item of Array.isArray(value) ? value : value === undefined ? [] : [value])
      query.append(key, item);
  }
  const search = query.toString();
  redirect(`/projects/${encodeURIComponent(projectId)}/caches/new/tables${search ? `?${search}` : ""}`);
}
