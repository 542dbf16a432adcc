"use server";

import { cacheOperationAction } from "./cache-operation";

export const pauseCacheAction = cacheOperationAction("pause");
