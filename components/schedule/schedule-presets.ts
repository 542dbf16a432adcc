export const SCHEDULE_PRESETS = [
  { iso: "PT15M", label: "15 min" },
  { iso: "PT30M", label: "30 min" },
  { iso: "PT1H", label: "1 h" },
  { iso: "PT2H", label: "2 h" },
  { iso: "PT6H", label: "6 h" },
  { iso: "PT12H", label: "12 h" },
  { iso: "P1D", label: "Daily" },
  { iso: "P7D", label: "Weekly" },
] as const;
