import { type CreateRequest, toCurl } from "@/lib/partner-api/requests";

import { CopyButton } from "./copy-button";

export function RequestPreview({ request, baseUrl }: { request: CreateRequest; baseUrl: string }) {
  const curl = toCurl(request, baseUrl);
  return (
    <section aria-labelledby="request-heading" className="space-y-2">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="request-heading" className="font-semibold">
          Request the console will send
        </h2>
        <CopyButton text={curl} label="Copy as curl" />
      </div>
      <p className="text-sm text-muted-foreground">
        <code className="font-mono font-semibold text-foreground">
          {request.method} {request.path}
        </code>{" "}
        — the curl command uses <code className="font-mono">$PEAKA_API_KEY</code> in place of the key.
      </p>
      <pre
        tabIndex={0}
        aria-label="Request body (JSON)"
        className="max-h-80 overflow-auto rounded-md border bg-muted p-3 font-mono text-xs leading-relaxed"
      >
        {JSON.stringify(request.body, null, 2)}
      </pre>
    </section>
  );
}
