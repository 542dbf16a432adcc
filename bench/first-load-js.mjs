// First-load JavaScript per route of the production build, gzipped (Turbopack's route-bundle-stats.json).
// Run after `npx next build`: node bench/first-load-js.mjs
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const BUDGET_KB = 200;
const stats = JSON.parse(readFileSync(".next/diagnostics/route-bundle-stats.json", "utf8"));
const rows = stats
  .map(({ route, firstLoadUncompressedJsBytes, firstLoadChunkPaths }) => {
    const gzip = firstLoadChunkPaths.reduce((sum, path) => sum + gzipSync(readFileSync(path)).length, 0);
    return {
      route,
      raw: firstLoadUncompressedJsBytes / 1024,
      gzip: gzip / 1024,
      chunks: firstLoadChunkPaths.length,
    };
  })
  .sort((a, b) => b.gzip - a.gzip);

console.log(`| route | raw (KiB) | gzip (KiB) | chunks | under ${BUDGET_KB} kB |`);
console.log("| --- | ---: | ---: | ---: | --- |");
for (const r of rows) {
  const ok = r.gzip * 1.024 < BUDGET_KB ? "yes" : "**no**";
  console.log(`| \`${r.route}\` | ${r.raw.toFixed(1)} | ${r.gzip.toFixed(1)} | ${r.chunks} | ${ok} |`);
}
