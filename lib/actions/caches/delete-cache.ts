"use server";

import { cacheOperationAction } from "./cache-operation";

export const deleteCacheAction = cacheOperationAction("delete");
