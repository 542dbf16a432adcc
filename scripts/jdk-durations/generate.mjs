// Asks the real JDK (java.time.Duration.parse) about every corpus string and writes the fixture that
// tests/unit/schedule/jdk-agreement.test.ts checks parseIsoDuration against. Needs Java 17+ on PATH.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { buildCorpus } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const fixture = join(here, "../../tests/fixtures/jdk-durations.json");
const work = mkdtempSync(join(tmpdir(), "jdk-durations-"));

try {
  const corpus = buildCorpus();
  const encode = (text) =>
    [...Array(text.length).keys()].map((i) => text.charCodeAt(i).toString(16)).join(" ");
  writeFileSync(join(work, "corpus.txt"), corpus.map((text, i) => `${i}:${encode(text)}`).join("\n") + "\n");
  execFileSync("javac", ["-d", work, join(here, "DurationCorpus.java")], { stdio: "inherit" });
  execFileSync("java", ["-cp", work, "DurationCorpus", join(work, "corpus.txt"), join(work, "out.txt")], {
    stdio: "inherit",
  });
  const results = readFileSync(join(work, "out.txt"), "utf8").trim().split("\n");
  if (results.length !== corpus.length)
    throw new Error(`Expected ${corpus.length} results, got ${results.length}`);
  const entries = results.map((line) => {
    const [index, status, seconds, nanos] = line.split("\t");
    const input = corpus[Number(index)];
    return status === "ok" ? { input, ok: true, seconds, nanos: Number(nanos) } : { input, ok: false };
  });
  // One entry per line keeps regenerated fixtures reviewable as diffs.
  writeFileSync(fixture, `[\n${entries.map((entry) => JSON.stringify(entry)).join(",\n")}\n]\n`);
  const valid = entries.filter((entry) => entry.ok).length;
  const java = spawnSync("java", ["-version"], { encoding: "utf8" }).stderr.split("\n")[0];
  console.log(
    `${java}: ${entries.length} strings (${valid} valid, ${entries.length - valid} invalid) -> ${fixture}`,
  );
} finally {
  rmSync(work, { recursive: true, force: true });
}
