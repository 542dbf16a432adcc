// `npm run worker`: the background alert evaluator (and the tick tasks) as a process of its own, for deployments
// that keep it apart from the web consoles. On PostgreSQL any number may run: one holds the leader lock at a time.
import { closeConsoleDb } from "@/lib/server/db/database";
import { startEvaluator } from "@/lib/server/alerts/evaluator";
import { logger } from "@/lib/server/logger";

const evaluator = startEvaluator();
logger.info({ pid: process.pid }, "alerts worker started");
console.log(`alerts worker ${process.pid} started`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    void evaluator
      .stop()
      .then(closeConsoleDb)
      .finally(() => process.exit(0));
    setTimeout(() => process.exit(0), 3000).unref();
  });
}
// The evaluator's timers are unref'd inside a web server; here they are the whole point.
setInterval(() => undefined, 1 << 30);
