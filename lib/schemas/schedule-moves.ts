import * as z from "zod/mini";

const projectId = z.string().check(z.minLength(1), z.maxLength(100));
const cacheId = z.string().check(z.minLength(1), z.maxLength(200));

/** Move one cache's runs of `kind` so that one falls on `startAt` (an ISO instant); the console works out when. */
export const scheduleMoveSchema = z.object({
  projectId,
  cacheId,
  kind: z.enum(["full", "incremental"], "Choose which run to move: full or incremental."),
  startAt: z.iso.datetime({
    offset: true,
    error: "Give the start time as a date and time, for example 2026-12-02T02:30Z.",
  }),
});
export type ScheduleMoveInput = z.infer<typeof scheduleMoveSchema>;

export const cancelMoveSchema = z.object({
  projectId,
  moveId: z.string().check(z.minLength(1), z.maxLength(100)),
});
