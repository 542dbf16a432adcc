import { ShieldX } from "lucide-react";
import Link from "next/link";

import { buttonVariants } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { ROLE_LABELS, type Role } from "@/lib/auth/roles";

export function OperatorRequired({
  projectId,
  email,
  role,
}: {
  projectId: string;
  email: string;
  role: Role;
}) {
  return (
    <EmptyState
      icon={<ShieldX className="size-6" aria-hidden="true" />}
      title="You need the operator role to create caches"
      description={`You are signed in as ${email} with the ${ROLE_LABELS[role]} role, which can look at caches but not create them. Ask a console admin to make you an operator.`}
      action={
        <Link href={`/projects/${encodeURIComponent(projectId)}/caches`} className={buttonVariants()}>
          Back to caches
        </Link>
      }
    />
  );
}
