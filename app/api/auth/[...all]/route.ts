import { getAuth } from "@/lib/server/auth/init";
import { guardAuthRequest } from "@/lib/server/auth/guard-auth-request";
import { forgetAllSessions } from "@/lib/server/auth/shared-session-cache";

async function handle(request: Request): Promise<Response> {
  const auth = await getAuth();
  return guardAuthRequest(request, auth, () => auth.handler(request));
}

/**
 * Every POST to better-auth may end or change sessions or users (sign-out, admin role change, ban, removal,
 * revocation), so the session cache is emptied once it has run, before the answer goes out. Sign-ins pay for
 * this too; they are rare next to reads.
 */
async function handleWrite(request: Request): Promise<Response> {
  try {
    return await handle(request);
  } finally {
    forgetAllSessions();
  }
}

export { handle as GET, handleWrite as POST };
