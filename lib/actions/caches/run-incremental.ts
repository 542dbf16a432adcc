"use server";

import { cacheOperationAction } from "./cache-operation";

export const runIncrementalAction = cacheOperationAction("run-incremental");
