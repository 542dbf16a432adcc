/** Must match CLIENT_ADDRESS_HEADER in scripts/front/client-address.mjs, the only place that sets it. */
export const CLIENT_ADDRESS_HEADER = "x-console-client-address";
