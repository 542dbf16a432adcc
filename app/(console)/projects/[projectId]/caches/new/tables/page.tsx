import type { Metadata } from "next";

import { TablesStep } from "@/components/wizard/tables-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";
import { wizardPageUser } from "@/lib/server/wizard/wizard-page-user";

export const metadata: Metadata = { title: "New caches: tables" };

export default async function NewTablesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  if (!(await wizardPageUser(projectId))) return null;
  return (
    <WizardFrame projectId={projectId} step="tables">
      <TablesStep projectId={projectId} />
    </WizardFrame>
  );
}
