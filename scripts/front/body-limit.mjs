// Request bodies are bounded from their declared length, before a byte of them is read.
export const AUTH_BODY_LIMIT = 64 * 1024;
// Next's own server-action limit (1 MB): anything it would refuse with a 500 is refused here with a 413.
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

const kib = (bytes) => (bytes >= 1024 * 1024 ? `${bytes / 1024 / 1024} MiB` : `${bytes / 1024} KiB`);

export function bodyLimitFor(pathname) {
  return pathname.startsWith("/api/auth/") ? AUTH_BODY_LIMIT : DEFAULT_BODY_LIMIT;
}

/** null when the request may go on; otherwise the status and the short message to answer with. */
export function checkBody(method, pathname, headers) {
  const limit = bodyLimitFor(pathname);
  const length = headers["content-length"];
  // Without a declared length (chunked, as Next's own forwarding of a server action to another page sends it)
  // the front counts the bytes as they arrive: see limitStreamedBody.
  if (length === undefined) return null;
  const bytes = /^\d{1,15}$/.test(length) ? Number(length) : NaN;
  if (Number.isNaN(bytes)) return { status: 400, message: "The Content-Length header is not a number." };
  if (bytes > limit) return { status: 413, message: tooLargeMessage(pathname) };
  return null;
}

export const tooLargeMessage = (pathname) =>
  `Request body too large: at most ${kib(bodyLimitFor(pathname))} here.`;

/**
 * For a body without Content-Length: counts bytes as the parser hands them over, before anything reads them, and
 * answers 413 (dropping the rest) once the bound is passed.
 */
export function limitStreamedBody(req, pathname, refuse) {
  const limit = bodyLimitFor(pathname);
  let seen = 0;
  const push = req.push.bind(req);
  req.push = (chunk, encoding) => {
    if (chunk) {
      seen += chunk.length;
      if (seen > limit) {
        refuse();
        return false;
      }
    }
    return push(chunk, encoding);
  };
}
