// Next calls register() once when a server process starts (scripts/serve-console.mjs, npm run demo, next start):
// the place to start the background alert evaluator in the console's own process.
export async function register(): Promise<void> {
  if (process.env.NEXT_RUNTIME !== "nodejs" || process.env.NEXT_PHASE === "phase-production-build") return;
  const { ensureEvaluator } = await import("./lib/server/alerts/evaluator");
  ensureEvaluator();
}
