import type { Metadata } from "next";

import { ModeStep } from "@/components/wizard/mode-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export const metadata: Metadata = { title: "New caches: mode" };

export default async function NewModePage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!(await wizardPageUser(projectId))) return null;
  return (
    <WizardFrame projectId={projectId} step="mode">
      <ModeStep projectId={projectId} />
    </WizardFrame>
  );
}
