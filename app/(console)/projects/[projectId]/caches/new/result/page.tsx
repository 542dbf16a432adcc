import type { Metadata } from "next";

import { ResultStep } from "@/components/wizard/result-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { readSubmission } from "@/lib/server/wizard/submission-store";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export const metadata: Metadata = { title: "New caches: result" };

export default async function NewResultPage({
  params,
  searchParams,
}: {
  params: Promise<{ projectId: string }>;
  searchParams: Promise<{ k?: string | string[] }>;
}) {
  const { projectId } = await params;
  if (!(await wizardPageUser(projectId))) return null;
  const { k } = await searchParams;
  const key = typeof k === "string" ? k : "";
  const outcomes = key ? await readSubmission(key, projectId) : null;
  return (
    <WizardFrame projectId={projectId} step="result">
      <ResultStep projectId={projectId} outcomes={outcomes} />
    </WizardFrame>
  );
}
