import type { CadenceRun } from "./cadence-model";

const KIND_LABEL: Record<CadenceRun["kind"], string> = {
  "initial-full": "Initial full load",
  "initial-incremental": "Initial sync",
  full: "Full refresh",
  incremental: "Incremental sync",
};

export function CadenceNextRuns({ runs }: { runs: CadenceRun[] }) {
  const local = new Intl.DateTimeFormat(undefined, {
    weekday: "short",
    month: "short",
    day: "numeric",
    hour: "numeric",
    minute: "2-digit",
    timeZoneName: "short",
  });
  const utc = new Intl.DateTimeFormat("en-GB", {
    month: "short",
    day: "numeric",
    hour: "2-digit",
    minute: "2-digit",
    timeZone: "UTC",
  });
  return (
    <div>
      <h4 className="text-sm font-semibold">{runs.length === 1 ? "Next run" : `Next ${runs.length} runs`}</h4>
      <ol className="mt-2 divide-y rounded-md border text-sm">
        {runs.map((run) => (
          <li
            key={`${run.kind}-${run.at.getTime()}`}
            className="flex flex-wrap items-baseline justify-between gap-x-3 px-3 py-1.5"
          >
            <span>
              <time dateTime={run.at.toISOString()} className="font-medium tabular-nums">
                {local.format(run.at)}
              </time>{" "}
              <span className="text-muted-foreground tabular-nums">({utc.format(run.at)} UTC)</span>
            </span>
            <span className="text-muted-foreground">{KIND_LABEL[run.kind]}</span>
          </li>
        ))}
      </ol>
    </div>
  );
}
