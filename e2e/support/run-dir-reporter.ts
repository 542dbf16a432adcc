// Playwright reporter: when every test passed, the run's folder (each stack's sandbox and console data and the
// servers' logs, about 180 MB) goes once the servers have stopped; after a failure it stays, and its path is
// printed, since the console logs there are what explains the failure.
import { rm } from "node:fs/promises";

import type { FullResult, Reporter } from "@playwright/test/reporter";

export default class RunDirReporter implements Reporter {
  private status: FullResult["status"] | undefined;

  constructor(private readonly options: { dir: string }) {}

  printsToStdio(): boolean {
    return false;
  }

  onEnd(result: Pick<FullResult, "status">): void {
    this.status = result.status;
  }

  // Called after onEnd, global teardown (the secret scan reads the logs) and the web servers' shutdown.
  async onExit(): Promise<void> {
    if (this.status === "passed") await rm(this.options.dir, { recursive: true, force: true });
    else console.log(`e2e: the servers' data and logs are kept in ${this.options.dir}`);
  }
}
