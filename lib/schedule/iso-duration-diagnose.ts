import { readHumanDuration } from "./human-forms";
import { readLooseDuration, suggestFromLoose, suggestFromNanos, type LooseDuration } from "./loose-duration";
import type { DurationParseFailure } from "./types";

const FORM_HINT =
  "An ISO-8601 duration looks like PnDTnHnMnS: PT15M is 15 minutes, PT6H is 6 hours, P1D is 1 day.";
const DAY_HINT = "Durations count days, hours, minutes and seconds only; a day is exactly 24 hours.";

const MAX_EXPLAINED_LENGTH = 200;

const fail = (error: string, hint: string, suggestion?: string): DurationParseFailure =>
  suggestion === undefined ? { ok: false, error, hint } : { ok: false, error, hint, suggestion };

const fixText = (suggestion: string | undefined, fallback: string): string =>
  suggestion === undefined ? fallback : `use ${suggestion}`;

/** Turns Unicode look-alikes (fullwidth letters, Arabic-Indic or other non-ASCII digits) into ASCII. */
export function foldToAscii(text: string): string {
  return text.normalize("NFKC").replace(/\p{Nd}/gu, (digit) => {
    let zero = digit.codePointAt(0) ?? 0;
    while (/\p{Nd}/u.test(String.fromCodePoint(zero - 1))) zero -= 1;
    return String(((digit.codePointAt(0) ?? 0) - zero) % 10);
  });
}

/** Explains why the JDK refuses `text`, and how to write it instead. */
export function diagnoseIsoDuration(text: string, reason: "syntax" | "overflow"): DurationParseFailure {
  if (reason === "overflow") {
    return fail(
      "The duration is too long: it must fit in 9,223,372,036,854,775,807 seconds (about 292 billion years).",
      "Use a realistic interval such as P1D or P365D.",
    );
  }
  if (text.trim() === "") {
    return fail(text === "" ? "The duration is empty." : "The duration is only spaces.", FORM_HINT);
  }
  if (text.length > MAX_EXPLAINED_LENGTH) {
    return fail(`This text (${text.length} characters) is far too long to be a duration.`, FORM_HINT);
  }
  const folded = foldToAscii(text).replace(/\s+/g, "");
  const foldedReading = readLooseDuration(folded.toUpperCase());
  const foldedSuggestion = foldedReading ? suggestFromLoose(foldedReading) : undefined;
  if (/\s/.test(text)) {
    const human = humanSuggestion(text);
    if (human !== undefined) return human;
    return fail(
      `A duration cannot contain spaces: ${fixText(foldedSuggestion, "remove them")}.`,
      FORM_HINT,
      foldedSuggestion,
    );
  }
  if (/[^\x20-\x7e]/.test(text)) {
    return fail(
      `Only ASCII digits 0-9 and letters are allowed: ${fixText(foldedSuggestion, "retype the value")}.`,
      "Digits from other scripts (such as ٣ or ３) and look-alike letters are not read by the server.",
      foldedSuggestion,
    );
  }
  const upper = text.toUpperCase();
  if (!/^[-+]?P/.test(upper)) {
    const human = humanSuggestion(text);
    if (human !== undefined) return human;
  }
  const loose = readLooseDuration(upper);
  if (loose === null) return fail(`"${text}" is not an ISO-8601 duration.`, FORM_HINT);
  return explainLoose(text, loose) ?? fail(`"${text}" is not an ISO-8601 duration.`, FORM_HINT);
}

function humanSuggestion(text: string): DurationParseFailure | undefined {
  const reading = readHumanDuration(text);
  if (reading.kind === "calendar") {
    const days = reading.unit === "month" ? 30 : 365;
    const suggestion = suggestFromNanos(BigInt(Math.round(reading.count * days)) * 86_400_000_000_000n);
    return fail(
      `${reading.unit === "month" ? "Months" : "Years"} are not supported: ${fixText(suggestion, `use days`)}.`,
      DAY_HINT,
      suggestion,
    );
  }
  if (reading.kind !== "duration") return undefined;
  const suggestion = suggestFromNanos(reading.totalNanos);
  if (suggestion === undefined) return undefined;
  return fail(`"${text.trim()}" is not an ISO-8601 duration: write ${suggestion}.`, FORM_HINT, suggestion);
}

function explainLoose(text: string, loose: LooseDuration): DurationParseFailure | undefined {
  const suggestion = suggestFromLoose(loose);
  const { tokens } = loose;
  const has = (test: (t: (typeof tokens)[number]) => boolean) => tokens.some(test);
  if (has((t) => t.unit === "W")) {
    return fail(
      `Weeks are not supported: ${fixText(suggestion, "use P7D for a week")}.`,
      DAY_HINT,
      suggestion,
    );
  }
  if (has((t) => t.unit === "Y")) {
    return fail(
      `Years are not supported; a day is exactly 24 h: ${fixText(suggestion, "use P365D")}.`,
      DAY_HINT,
      suggestion,
    );
  }
  const month = tokens.find((t) => t.unit === "M" && !t.afterT);
  if (month) {
    const minutes = month.amount.replace(/^\+/, "");
    return fail(
      `Months are not supported; a day is exactly 24 h: ${fixText(suggestion, "use P30D")}.`,
      `${DAY_HINT} M before the T means months; for ${minutes} minute${minutes === "1" ? "" : "s"} write PT${minutes}M.`,
      suggestion,
    );
  }
  if (has((t) => t.unit !== "S" && /[.,]/.test(t.amount))) {
    return fail(
      `Only seconds may have a fraction: ${fixText(suggestion, "use whole numbers")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  if (has((t) => (t.unit === "H" || t.unit === "S") && !t.afterT)) {
    return fail(
      `Time parts need a T: ${fixText(suggestion, "put T before hours, minutes and seconds")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  if (has((t) => t.unit === "D" && t.afterT)) {
    return fail(`Days go before the T: ${fixText(suggestion, "write P1DT6H")}.`, FORM_HINT, suggestion);
  }
  const order = tokens.map((t) => "DHMS".indexOf(t.unit));
  if (order.some((rank, i) => i > 0 && rank <= (order[i - 1] ?? -1))) {
    return fail(
      `Parts go in the order days, hours, minutes, seconds, each at most once: ${fixText(suggestion, "reorder them")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  if (!loose.hasP) {
    return fail(
      `A duration starts with P: ${fixText(suggestion, "add a P in front")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  if (loose.tCount > 1)
    return fail(`Use a single T: ${fixText(suggestion, "remove the extra T")}.`, FORM_HINT, suggestion);
  if (tokens.length === 0) {
    return fail(`"${text}" has no value: add at least one part, e.g. PT15M or P1D.`, FORM_HINT);
  }
  if (loose.tCount === 1 && !has((t) => t.afterT)) {
    return fail(
      `A T must be followed by hours, minutes or seconds: ${fixText(suggestion, "remove the T")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  const seconds = tokens.find((t) => t.unit === "S");
  if (seconds && /[.,]\d{10,}/.test(seconds.amount)) {
    return fail(
      `Seconds take at most 9 decimal places (nanoseconds): ${fixText(suggestion, "shorten the fraction")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  if (seconds && /^[-+]?[.,]/.test(seconds.amount)) {
    return fail(
      `Write a digit before the decimal point: ${fixText(suggestion, "e.g. PT0.5S")}.`,
      FORM_HINT,
      suggestion,
    );
  }
  return undefined;
}
