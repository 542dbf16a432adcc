const ITEMS = [
  { label: "Initial sync", swatch: "bg-initial" },
  { label: "Full refresh", swatch: "bg-full" },
  { label: "Incremental sync", swatch: "bg-incremental" },
] as const;

export function CadenceLegend({ initial = true }: { initial?: boolean }) {
  const items = initial ? ITEMS : ITEMS.filter((item) => item.label !== "Initial sync");
  return (
    <ul className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-muted-foreground" aria-label="Legend">
      {items.map((item) => (
        <li key={item.label} className="flex items-center gap-1.5">
          <span aria-hidden="true" className={`inline-block size-2.5 rounded-sm ${item.swatch}`} />
          {item.label}
        </li>
      ))}
    </ul>
  );
}
