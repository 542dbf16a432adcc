import type { Metadata } from "next";

import { SchedulesStep } from "@/components/wizard/schedules-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";

export const metadata: Metadata = { title: "New caches: schedules" };

export default async function NewSchedulesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return (
    <WizardFrame projectId={projectId} step="schedules">
      <SchedulesStep projectId={projectId} />
    </WizardFrame>
  );
}
