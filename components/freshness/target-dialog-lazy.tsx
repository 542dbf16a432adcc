"use client";

import dynamic from "next/dynamic";

// The form carries the duration parser and the action client; it loads after the page.
export const LazyTargetDialog = dynamic(() => import("./target-dialog").then((m) => m.TargetDialog), {
  ssr: false,
});
