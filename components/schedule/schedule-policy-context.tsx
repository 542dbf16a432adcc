"use client";

import { createContext, type ReactNode, useContext } from "react";

import { DEFAULT_MINIMUM_SECONDS } from "@/lib/schedule/minimum";

const MinimumInterval = createContext<number>(DEFAULT_MINIMUM_SECONDS);

/** The server's CONSOLE_MIN_INTERVAL, handed to the forms so they check what the actions will check. */
export function SchedulePolicyProvider({
  minimumSeconds,
  children,
}: {
  minimumSeconds: number;
  children: ReactNode;
}) {
  return <MinimumInterval.Provider value={minimumSeconds}>{children}</MinimumInterval.Provider>;
}

export function useMinimumInterval(): number {
  return useContext(MinimumInterval);
}
