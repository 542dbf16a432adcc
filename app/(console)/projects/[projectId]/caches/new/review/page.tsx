import type { Metadata } from "next";

import { ReviewStep } from "@/components/wizard/review-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { env } from "@/lib/server/env";
import { readSubmission } from "@/lib/server/wizard/submission-store";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export const metadata: Metadata = { title: "New caches: review" };

export default async function NewReviewPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ k?: string | string[] }>;
}) {
  const { projectId } = await params;
  if (!(await wizardPageUser(projectId))) return null;
  const { k } = await searchParams;
  const sent = typeof k === "string" && k !== "" && (await readSubmission(k, projectId)) !== null;
  return (
    <WizardFrame projectId={projectId} step="review">
      <ReviewStep projectId={projectId} baseUrl={env.peakaBaseUrl} sent={sent} />
    </WizardFrame>
  );
}
