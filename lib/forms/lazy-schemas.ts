"use client";

import { useEffect, useState } from "react";
import type { FieldErrors, FieldValues, Resolver } from "react-hook-form";

// zod's core weighs about 17 KiB gzipped in Turbopack's client chunks even as zod/mini (its util and regex namespaces
// are kept whole), so forms load the shared schemas (the very modules the server actions validate with) right
// after the page instead of with it.

export const loadWizardSchemas = () => import("@/lib/schemas/wizard");

/** The module `load` resolves to once it has arrived; null until then or when it cannot be fetched. */
export function useLoaded<T>(load: () => Promise<T>): T | null {
  const [loaded, setLoaded] = useState<{ value: T } | null>(null);
  useEffect(() => {
    let live = true;
    load()
      .then((value) => {
        if (live) setLoaded({ value });
      })
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [load]);
  return loaded ? loaded.value : null;
}

const UNAVAILABLE = "The page did not finish loading. Check your connection, then reload and try again.";

/** A react-hook-form resolver that fetches the real one on first use; `preload` starts that early. */
export function lazyResolver<T extends FieldValues>(
  load: () => Promise<Resolver<T>>,
): { resolver: Resolver<T>; preload: () => void } {
  let pending: Promise<Resolver<T>> | null = null;
  const get = () => {
    pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    });
    return pending;
  };
  return {
    preload: () => void get().catch(() => undefined),
    resolver: async (values, context, options) => {
      const resolver = await get().catch(() => null);
      if (!resolver) {
        // `root` is react-hook-form's form-wide slot; TypeScript cannot see it through the generic field map.
        const errors = { root: { type: "unavailable", message: UNAVAILABLE } } as FieldErrors<T>;
        return { values: {}, errors };
      }
      return resolver(values, context, options);
    },
  };
}
