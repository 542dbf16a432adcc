"use client";

import { NativeSelect } from "@/components/ui/input";
import { FRESHNESS_STATES, type FreshnessState } from "@/lib/types/freshness";

import { FRESHNESS_LOOK } from "./freshness-look";

export function FreshnessFilter({
  value,
  onChange,
}: {
  value: FreshnessState | "";
  onChange: (value: FreshnessState | "") => void;
}) {
  return (
    <div>
      <NativeSelect
        aria-label="Filter by data age"
        value={value}
        onChange={(e) => onChange(e.target.value as FreshnessState | "")}
      >
        <option value="">Any data age</option>
        {FRESHNESS_STATES.map((s) => (
          <option key={s} value={s}>
            {FRESHNESS_LOOK[s].label}
          </option>
        ))}
      </NativeSelect>
    </div>
  );
}
