import fc from "fast-check";

export type ManyOptions = {
  /** Generated inputs; FUZZ_RUNS overrides every property at once. */
  runs?: number;
  /** Inputs in flight at once: most inputs wait on the network, so a handful in flight keep both cores busy. */
  concurrency?: number;
  /** FUZZ_SEED replays a run reported by a failure. */
  seed?: number;
};

export const DEFAULT_RUNS = 10_000;

function seedFromEnv(): number {
  const fromEnv = process.env.FUZZ_SEED;
  return fromEnv ? Number(fromEnv) : Math.floor(Math.random() * 2 ** 31);
}

function preview(value: unknown): string {
  let text: string;
  try {
    text =
      JSON.stringify(value, (_key, v: unknown) => (typeof v === "bigint" ? `${v}n` : v)) ?? String(value);
  } catch {
    text = String(value);
  }
  return text.length > 2000 ? `${text.slice(0, 2000)}… (${text.length} chars)` : text;
}

// A megabyte counterexample would bury the report: long runs of text are cut to their start and length.
function clip(text: string): string {
  return text.replace(/[^\n]{400,}/g, (long) => `${long.slice(0, 300)}… (${long.length} chars)`);
}

/**
 * fc.assert over `runs` inputs, but with `concurrency` of them in flight: the inputs are exactly the ones
 * fc.assert would generate from `seed` (fc.sample and fc.assert share the sequence), so the first failure is
 * replayed alone through fc.assert at its path, which shrinks it. If the replay passes (the failure needed
 * company), the original payload is reported verbatim. Returns how many inputs ran.
 */
export async function assertMany<T>(
  arbitrary: fc.Arbitrary<T>,
  check: (value: T, index: number) => Promise<void>,
  options: ManyOptions = {},
): Promise<number> {
  const runs = Number(process.env.FUZZ_RUNS ?? options.runs ?? DEFAULT_RUNS);
  const seed = options.seed ?? seedFromEnv();
  const concurrency = options.concurrency ?? Number(process.env.FUZZ_CONCURRENCY ?? 48);
  const values: (T | undefined)[] = fc.sample(arbitrary, { numRuns: runs, seed });
  const count = values.length;
  let next = 0;
  let failure: { index: number; error: unknown; value: T } | null = null;

  async function worker() {
    while (failure === null && next < count) {
      const index = next++;
      const value = values[index] as T;
      // Let a checked input go: with megabyte strings among 10,000 inputs, the kept heap made garbage collection
      // a tenth of the run.
      values[index] = undefined;
      try {
        await check(value, index);
      } catch (error) {
        failure ??= { index, error, value };
      }
    }
  }
  await Promise.all(Array.from({ length: concurrency }, worker));
  if (failure === null) return count;

  const { index, error, value } = failure as { index: number; error: unknown; value: T };
  const where = `input ${index} of seed ${seed} (replay: FUZZ_SEED=${seed})`;
  try {
    await fc.assert(
      fc.asyncProperty(arbitrary, (value) => check(value, index)),
      { seed, path: String(index), interruptAfterTimeLimit: 120_000 },
    );
  } catch (replayed) {
    throw new Error(`${where} failed; replayed alone and shrunk:\n${clip(String(replayed))}`, {
      cause: error,
    });
  }
  throw new Error(
    `${where} failed with ${concurrency} inputs in flight but passed alone.\n` +
      `payload: ${preview(value)}\nerror: ${String(error)}`,
    { cause: error },
  );
}
