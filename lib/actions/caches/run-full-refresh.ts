"use server";

import { cacheOperationAction } from "./cache-operation";

export const runFullRefreshAction = cacheOperationAction("run-full");
