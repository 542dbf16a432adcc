import type { Metadata } from "next";

import { ReviewStep } from "@/components/wizard/review-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { env } from "@/lib/server/env";

export const metadata: Metadata = { title: "New caches: review" };

export default async function NewReviewPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return (
    <WizardFrame projectId={projectId} step="review">
      <ReviewStep projectId={projectId} baseUrl={env.peakaBaseUrl} />
    </WizardFrame>
  );
}
