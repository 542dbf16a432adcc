"use server";

import { cacheOperationAction } from "./cache-operation";

export const resumeCacheAction = cacheOperationAction("resume");
