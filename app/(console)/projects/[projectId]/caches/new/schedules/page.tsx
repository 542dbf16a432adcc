import type { Metadata } from "next";

import { SchedulesStep } from "@/components/wizard/schedules-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export const metadata: Metadata = { title: "New caches: schedules" };

export default async function NewSchedulesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!(await wizardPageUser(projectId))) return null;
  return (
    <WizardFrame projectId={projectId} step="schedules">
      <SchedulesStep projectId={projectId} />
    </WizardFrame>
  );
}
