// Lighthouse (mobile preset, Debian's Chromium) on the caches overview, a cache's detail page (charts and all) and
// the wizard's tables step.
// Needs a production build (`npx next build`) and npm registry access for `npx -y lighthouse@12`.
// Starts its own sandbox (one cache: payment.customers) and console on free ports and signs in as the operator.
// Run: node bench/lighthouse.mjs   (LIGHTHOUSE_RUNS=3 by default; the JSON reports go to a temporary folder)
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

import { PROJECT, startSandbox } from "./support/stack.mjs";

const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);
const CHROME_FLAGS =
  "--headless --no-sandbox --disable-gpu --disable-quic --no-first-run --disable-background-networking " +
  "--disable-component-update --disable-sync";

function lighthouse(url, cookie, output) {
  execFileSync(
    "npx",
    [
      "-y",
      "lighthouse@12",
      url,
      `--extra-headers=${JSON.stringify({ Cookie: cookie })}`,
      `--chrome-flags=${CHROME_FLAGS}`,
      "--only-categories=performance,accessibility",
      "--output=json",
      `--output-path=${output}`,
      "--quiet",
    ],
    { env: { ...process.env, CHROME_PATH: "/usr/bin/chromium" }, stdio: ["ignore", "ignore", "inherit"] },
  );
  const { audits, categories } = JSON.parse(readFileSync(output, "utf8"));
  return {
    performance: Math.round(categories.performance.score * 100),
    accessibility: Math.round(categories.accessibility.score * 100),
    fcp: audits["first-contentful-paint"].displayValue,
    lcp: audits["largest-contentful-paint"].displayValue,
    tbt: audits["total-blocking-time"].displayValue,
  };
}

const dir = mkdtempSync(join(tmpdir(), "cc-lighthouse-"));
const stack = await startSandbox(dir);
const consoleUrl = await stack.startConsole("console");
const [cacheId] = await stack.cachePaymentTables(["customers"]);
const cookie = await stack.signIn(consoleUrl, "operator@demo.test");

// Fills the console's memoised catalogs and schedules. Tried twice: after minutes of Lighthouse the pooled
// keep-alive socket may already be closed by the server ("other side closed").
async function warm(url) {
  for (let attempt = 1; ; attempt++) {
    try {
      await (await fetch(url, { headers: { cookie } })).text();
      return;
    } catch (error) {
      if (attempt === 2) throw error;
    }
  }
}

const pages = [
  ["overview", `${consoleUrl}/projects/${PROJECT}/caches`],
  ["detail", `${consoleUrl}/projects/${PROJECT}/caches/${cacheId}`],
  ["wizard (tables)", `${consoleUrl}/projects/${PROJECT}/caches/new/tables`],
];
// LIGHTHOUSE_PAGES=detail runs only the pages whose name starts with one of the given words.
const only = process.env.LIGHTHOUSE_PAGES?.split(",");
const chosen = only ? pages.filter(([name]) => only.some((word) => name.startsWith(word))) : pages;
console.log(`| page | run | performance | accessibility | FCP | LCP | TBT |`);
console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: |");
for (const [name, url] of chosen) {
  await warm(url);
  for (let run = 1; run <= RUNS; run++) {
    const r = lighthouse(url, cookie, join(dir, `${name.split(" ")[0]}-${run}.json`));
    console.log(
      `| ${name} | ${run} | ${r.performance} | ${r.accessibility} | ${r.fcp} | ${r.lcp} | ${r.tbt} |`,
    );
  }
}
console.log(`Reports: ${dir}`);
process.exit(0);
