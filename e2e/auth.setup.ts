// Runs once per stack before its specs (the *-setup projects in playwright.config.ts): one session per role, kept
// as Playwright storage state that the `role` option and `pageAs` load. Signing in itself is e2e/roles.spec.ts's.
import { authFile, ROLES, saveSignedInState, test } from "./fixtures";
import { STACKS } from "./stack";

for (const role of ROLES) {
  test(`sign in as ${role}`, async ({ stackName }) => {
    await saveSignedInState(STACKS[stackName].consoleUrl, role, authFile(stackName, role));
  });
}
