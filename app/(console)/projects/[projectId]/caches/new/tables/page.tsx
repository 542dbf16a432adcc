import type { Metadata } from "next";

import { TablesStep } from "@/components/wizard/tables-step";
import { WizardFrame } from "@/components/wizard/wizard-frame";

export const metadata: Metadata = { title: "New caches: tables" };

export default async function NewTablesPage({ params }: { params: Promise<{ projectId: string }> }) {
  const { projectId } = await params;
  return (
    <WizardFrame projectId={projectId} step="tables">
      <TablesStep projectId={projectId} />
    </WizardFrame>
  );
}
