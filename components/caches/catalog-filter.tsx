"use client";

import { NativeSelect } from "@/components/ui/input";

/** The catalog filter of the overview and the schedule map: "" is every catalog. */
export function CatalogFilter({
  value,
  catalogs,
  onChange,
}: {
  value: string;
  catalogs: readonly { id: string; name: string }[];
  onChange: (catalog: string) => void;
}) {
  return (
    <NativeSelect aria-label="Filter by catalog" value={value} onChange={(e) => onChange(e.target.value)}>
      <option value="">All catalogs</option>
      {catalogs.map((c) => (
        <option key={c.id} value={c.id}>
          {c.name}
        </option>
      ))}
    </NativeSelect>
  );
}
