// Plain JS so that the front (scripts/front/, plain Node) and the app read the same name. Not a secret.
/** The one header the app reads for the client address; set only by the front, which removes any sent with a request. */
export const CLIENT_ADDRESS_HEADER = "x-console-client-address";
