"use client";

import { useAction } from "next-safe-action/hooks";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef } from "react";

import { useMinimumInterval } from "@/components/schedule/schedule-policy-context";
import { Button, buttonVariants } from "@/components/ui/button";
import { FieldError } from "@/components/ui/field-error";
import { createCachesAction } from "@/lib/actions/caches/create-caches";
import { useCatalogNames } from "@/lib/queries/use-catalog-browser";
import { loadWizardSchemas, useLoaded } from "@/lib/forms/lazy-schemas";
import { schedulePolicyErrors } from "@/lib/schedule/policy";
import { planRequest } from "@/lib/wizard/cache-requests";
import { tableKey, tableLabel } from "@/lib/wizard/table-modes";
import { rejectedSchedule } from "@/lib/wizard/rejected-schedule";
import { wizardPath } from "@/lib/wizard/steps";

import { RequestPreview } from "./request-preview";
import { rememberRejectedSchedule } from "./rejected-schedule-store";
import { newRequestKey } from "@/lib/wizard/request-key";
import { ReviewTable } from "./review-table";
import { serverErrorText } from "@/lib/forms/server-errors";
import { useSelectedTables } from "./use-selected-tables";
import { useWizardState } from "./use-wizard-state";
import { wizardItems } from "@/lib/wizard/wizard-items";
import { describeLoad, expectedLoad } from "@/lib/wizard/expected-load";
import { formatAge } from "@/lib/freshness/format-age";
import { durationMs } from "@/lib/freshness/target";

type ReviewStepProps = {
  projectId: string;
  baseUrl: string;
  /** This exact request was already submitted. */ sent: boolean;
};

export function ReviewStep({ projectId, baseUrl, sent }: ReviewStepProps) {
  const router = useRouter();
  const { state, update, search } = useWizardState();
  const items = wizardItems(state);
  const names = useCatalogNames(projectId);
  const { byKey, pending } = useSelectedTables(projectId, state.tables);
  const submitting = useRef(false);
  const alreadyCached = sent ? [] : state.tables.filter((ref) => byKey.get(tableKey(ref))?.cached);
  const schemas = useLoaded(loadWizardSchemas);
  // Sending waits for the schemas, which arrive right after hydration (as the selected tables do).
  const invalid = schemas ? items.filter((item) => !schemas.wizardItemSchema.safeParse(item).success) : null;
  const minimumSeconds = useMinimumInterval();
  const target = state.target;
  const badTarget =
    target !== null && schemas !== null && !schemas.freshnessTargetSchema.safeParse(target).success;
  // The create action refuses these too; saying so here saves a round trip and names the fix.
  const broken = [
    ...new Set(
      invalid?.length === 0
        ? items.flatMap((item) => Object.values(schedulePolicyErrors(item.schedules, minimumSeconds) ?? {}))
        : [],
    ),
  ];

  useEffect(() => {
    if (!state.requestKey) update({ requestKey: newRequestKey() });
  }, [state.requestKey, update]);

  const action = useAction(createCachesAction, {
    onSuccess: ({ data }) => {
      const rejected = data ? rejectedSchedule(data.outcomes) : null;
      if (rejected) {
        // Nothing was created: the person fixes the refused schedule on its own field, input kept.
        rememberRejectedSchedule({ ...rejected, value: state.schedules[rejected.field] });
        router.push(wizardPath(projectId, "schedules", search));
        return;
      }
      // A full navigation: after a reload of the result, Next's soft history restore showed the
      // result under the review URL on Back; a document load keeps each step's entry honest.
      if (data) window.location.assign(wizardPath(projectId, "result", search));
    },
    onSettled: () => {
      submitting.current = false;
    },
  });
  const serverError = serverErrorText(action.result);
  const blocked =
    sent ||
    items.length === 0 ||
    invalid === null ||
    invalid.length > 0 ||
    broken.length > 0 ||
    badTarget ||
    alreadyCached.length > 0 ||
    pending ||
    !state.requestKey;

  return (
    <div className="space-y-6">
      <ReviewTable items={items} names={names} />
      <div className="space-y-1 text-sm">
        <p data-testid="expected-load">
          {describeLoad(
            // The tables have no cache yet, so no cached row count: the line says the size is unknown.
            expectedLoad(items.map((item) => ({ schedules: item.schedules, rows: null }))),
            items.length,
          )}
        </p>
        {target && !badTarget ? (
          <p data-testid="review-target">
            Freshness target for the new caches: late after {formatAge(durationMs(target.warnAfter) ?? NaN)},
            stale after {formatAge(durationMs(target.errorAfter) ?? NaN)} ({target.warnAfter} /{" "}
            {target.errorAfter}).
          </p>
        ) : null}
      </div>
      {sent ? (
        <p role="status" className="rounded-lg border border-info/40 bg-info-soft p-4 text-sm">
          You already sent this request; sending it again changes nothing.{" "}
          <Link href={wizardPath(projectId, "result", search)} className="font-medium text-primary underline">
            See its result
          </Link>
        </p>
      ) : null}
      {alreadyCached.length > 0 ? (
        <div role="alert" className="space-y-2 rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm">
          {alreadyCached.map((ref) => {
            const cacheId = byKey.get(tableKey(ref))?.cacheId;
            return (
              <p key={tableKey(ref)}>
                A cache for{" "}
                <span className="font-mono font-semibold">{tableLabel(ref, names.get(ref.catalogId))}</span>{" "}
                already exists.{" "}
                {cacheId ? (
                  <Link
                    className="font-medium text-primary underline"
                    href={`/projects/${encodeURIComponent(projectId)}/caches/${encodeURIComponent(cacheId)}`}
                  >
                    Open the existing cache
                  </Link>
                ) : null}
              </p>
            );
          })}
          <Button
            variant="secondary"
            onClick={() => {
              const drop = new Set(alreadyCached.map(tableKey));
              update({ tables: state.tables.filter((ref) => !drop.has(tableKey(ref))) });
            }}
          >
            Remove {alreadyCached.length === 1 ? "it" : "them"} from this request
          </Button>
        </div>
      ) : null}
      {(invalid && invalid.length > 0) || badTarget ? (
        <p role="alert" className="text-sm text-danger">
          {invalid && invalid.length > 0
            ? "Some schedules are missing or invalid."
            : "The freshness target is not valid."}{" "}
          <Link href={wizardPath(projectId, "schedules", search)} className="font-medium underline">
            Fix them on the schedules step
          </Link>
          .
        </p>
      ) : null}
      {broken.length > 0 ? (
        <div role="alert" className="space-y-1 rounded-lg border border-danger/40 bg-danger-soft p-4 text-sm">
          <p className="font-semibold">These schedules cannot be saved:</p>
          <ul className="list-disc space-y-1 pl-5">
            {broken.map((message) => (
              <li key={message}>{message}</li>
            ))}
          </ul>
          <Link href={wizardPath(projectId, "schedules", search)} className="font-medium underline">
            Fix them on the schedules step
          </Link>
        </div>
      ) : null}
      {items.length > 0 ? <RequestPreview request={planRequest(projectId, items)} baseUrl={baseUrl} /> : null}
      <FieldError id="submit-error">{serverError}</FieldError>
      <div className="flex flex-wrap items-center gap-3">
        <Link
          href={wizardPath(
            projectId,
            state.mode === "one-time" && Object.keys(state.overrides).length === 0 ? "mode" : "schedules",
            search,
          )}
          className={buttonVariants({ variant: "secondary" })}
        >
          Back
        </Link>
        <Button
          disabled={blocked || action.isPending}
          aria-describedby={serverError ? "submit-error" : undefined}
          onClick={() => {
            // A second click before React re-renders with the button disabled must not send again.
            if (submitting.current) return;
            submitting.current = true;
            action.execute({
              projectId,
              idempotencyKey: state.requestKey,
              items,
              target: target ?? undefined,
            });
          }}
        >
          {action.isPending
            ? "Creating…"
            : items.length === 1
              ? "Create cache"
              : `Create ${items.length} caches`}
        </Button>
      </div>
    </div>
  );
}
