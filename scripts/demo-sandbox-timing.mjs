// Real runs take time: a millisecond per copied row makes the seed tables take seconds to a minute with `progress`
// moving; a run starts a few seconds after it is asked for (a new cache is NOT_INITIALIZED meanwhile), and a new
// cache joins the status lists a little later still. Tests keep all three at 0; each can be set in the environment.
/** @param {Record<string, string | undefined>} env @returns {Record<string, string>} */
export function demoSandboxTiming(env) {
  return {
    SANDBOX_ROW_DELAY_MS: env.SANDBOX_ROW_DELAY_MS ?? "1",
    SANDBOX_START_DELAY_MS: env.SANDBOX_START_DELAY_MS ?? "3000",
    SANDBOX_LIST_DELAY_MS: env.SANDBOX_LIST_DELAY_MS ?? "6000",
  };
}
