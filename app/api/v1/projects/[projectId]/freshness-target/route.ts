import { freshnessTargetPut } from "@/lib/server/api/freshness-route";

export const PUT = freshnessTargetPut();
