import { bench, describe } from "vitest";
import {
  computeCadence,
  formatIsoDuration,
  nextRuns,
  parseIsoDuration,
  parseScheduleInput,
} from "@/lib/schedule";

const VALID = [
  "PT15M",
  "PT30M",
  "PT1H",
  "PT2H",
  "PT6H",
  "P1D",
  "P7D",
  "P1DT12H30M",
  "PT20.345S",
  "-PT-6H+3M",
];
const INVALID = ["P1W", "P1M", "PT1.5H", "P6H", "15m", "6 hours", "daily", " PT6H", "PT٦H", "xyz"];
const HUMAN = ["15m", "6h", "every 6 hours", "daily", "weekly", "1h30m"];

const createdAt = new Date("2026-01-01T00:00:00Z");
const days = (n: number) => new Date(createdAt.getTime() + n * 86_400_000);

describe("parsing (10 strings per iteration)", () => {
  bench("parseIsoDuration, valid", () => {
    for (const text of VALID) parseIsoDuration(text);
  });
  bench("parseIsoDuration, invalid with explanation", () => {
    for (const text of INVALID) parseIsoDuration(text);
  });
  bench("parseScheduleInput, human forms (6 strings)", () => {
    for (const text of HUMAN) parseScheduleInput(text);
  });
  bench("formatIsoDuration", () => {
    for (let seconds = 0n; seconds < 10n; seconds += 1n) formatIsoDuration(seconds * 5401n, 345_000_000);
  });
});

describe("cadence over large windows", () => {
  bench("30 days at PT1M (43,200 runs)", () => {
    computeCadence({ createdAt, incremental: "PT1M", from: createdAt, to: days(30) });
  });
  bench("30 days at PT1M + full PT15M (43,200 runs)", () => {
    computeCadence({ createdAt, incremental: "PT1M", fullRefresh: "PT15M", from: createdAt, to: days(30) });
  });
  bench("365 days at PT15M + full P1D (35,040 runs)", () => {
    computeCadence({ createdAt, incremental: "PT15M", fullRefresh: "P1D", from: createdAt, to: days(365) });
  });
  bench("nextRuns(100) for a cache created 5 years ago at PT1M", () => {
    nextRuns({ createdAt, incremental: "PT1M", fullRefresh: "PT1H" }, days(5 * 365), 100);
  });
});
