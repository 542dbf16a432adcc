/** Next.js's default `serverActions.bodySizeLimit` ("1mb"), enforced in proxy.ts before Next sees the body. */
export const ACTION_BODY_LIMIT_BYTES = 1024 * 1024;
