"use client";

import { usePathname, useRouter } from "next/navigation";

import { NativeSelect } from "@/components/ui/input";

export type SwitcherProject = { id: string; label: string };

export function ProjectSwitcher({
  projects,
  current,
}: {
  projects: SwitcherProject[];
  current: string | null;
}) {
  const router = useRouter();
  const pathname = usePathname();
  if (projects.length === 0) return null;
  function go(id: string) {
    // Keep the section (caches, …) but drop deeper, project-specific paths such as a cache id.
    const section = pathname.split("/")[3] ?? "caches";
    router.push(`/projects/${encodeURIComponent(id)}/${section}`);
  }
  return (
    <div className="flex min-w-38 flex-1 items-center gap-2 text-sm md:min-w-0 md:flex-none">
      <NativeSelect
        aria-label="Project"
        value={current ?? ""}
        onChange={(e) => go(e.target.value)}
        className="h-8 w-full md:w-auto md:max-w-60"
        disabled={projects.length === 1 && current !== null}
      >
        {current === null ? (
          <option value="" disabled>
            Choose a project…
          </option>
        ) : null}
        {current && !projects.some((p) => p.id === current) ? (
          <option value={current}>{current}</option>
        ) : null}
        {projects.map((p) => (
          <option key={p.id} value={p.id}>
            {p.label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
