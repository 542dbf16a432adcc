// Builds the list of strings that the JDK is asked about: hand-picked cases plus systematic and seeded
// random ones. Deterministic, so regenerating the fixture only changes it when this file changes.

const LONG_MAX = 9223372036854775807n;
const LONG_MIN = -9223372036854775808n;

function seededRandom(seed) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const HAND_PICKED = [
  ...[
    "PT20.345S",
    "PT15M",
    "PT10H",
    "P2D",
    "P2DT3H4M",
    "PT-6H3M",
    "-PT6H3M",
    "-PT-6H+3M",
    "PT6H",
    "P1D",
    "P7D",
  ],
  ...[
    "PT1H30M",
    "PT30M",
    "PT2H",
    "PT0S",
    "P0D",
    "PT0.0S",
    "-PT0S",
    "+PT0S",
    "PT1.S",
    "PT1,S",
    "PT.5S",
    "PT,5S",
  ],
  ...[
    "P",
    "PT",
    "P1DT",
    "P1Dt",
    "Pt",
    "pt",
    "P1dt",
    "P1DT1H",
    "p1dt1h",
    "pT1h",
    "Pt1H",
    "-P1DT-1H",
    "+P+1DT+1H",
  ],
  ...["P1W", "P1M", "P1Y", "P6H", "PT1.5H", "PT1.5M", "P1.5D", "PT1H30M0S", "PT30M1H", "PT1S1S", "P1DP1D"],
  ...[
    "15m",
    "6h",
    "6 hours",
    "daily",
    "weekly",
    "every 6 hours",
    "PT6H ",
    " PT6H",
    "PT 6H",
    "P T6H",
    "PT6 H",
  ],
  ...[
    "PT6H\n",
    "\tPT6H",
    "PT6H\u00a0",
    "\u2003PT6H",
    "PT6H\u0000",
    "PT٦H",
    "PT۶H",
    "PT६H",
    "PT６H",
    "ＰＴ６Ｈ",
  ],
  ...[
    "PT\ud835\udfd4H",
    "PT1\u017f",
    "PT1\u212a",
    "P\u0131D",
    "PT1\ud800S",
    "--PT1S",
    "++PT1S",
    "-+PT1S",
    "PT--1S",
  ],
  ...["PT1.123456789S", "PT1.1234567891S", "PT-0.5S", "PT-0,000000001S", "-PT-0.5S", "-PT0.000000001S"],
  ...[
    "PT-1.5S",
    "PT1.500000000S",
    "PT9223372036854775807S",
    "PT9223372036854775808S",
    "PT-9223372036854775808S",
  ],
  ...["PT-9223372036854775809S", "-PT-9223372036854775808S", "-PT9223372036854775807.999999999S"],
  ...["PT-9223372036854775808.000000001S", "PT9223372036854775807.999999999S", "P106751991167300DT15H30M7S"],
  ...["P106751991167300DT15H30M8S", "P-106751991167300DT-15H-30M-8S", "-P106751991167300DT15H30M8S"],
  ...["P106751991167301D", "P-106751991167301D", "PT2562047788015215H", "PT2562047788015216H"],
  ...["PT153722867280912930M", "PT153722867280912931M", "PT0000000000000000000000001S", "P00D", "PT+0M"],
  ...[
    "PTT1H",
    "PT1HT1M",
    "P1TD",
    "P1D1T",
    "TP1D",
    "P1DTT1H",
    "P1DT1HT",
    "PT1H1MT1S",
    "P1dT",
    "P1DTt",
    "PT99999999999999999999S",
    "P1DT23H59M59.999999999S",
    "PT86400S",
    "PT24H",
    "PT1440M",
    "",
  ],
];

function systematic() {
  const out = [];
  const units = ["Y", "M", "W", "D", "H", "S"];
  for (const unit of [...units, ...units.map((u) => u.toLowerCase())]) {
    for (const prefix of ["P", "PT", "P1DT", "p", "pt", "-P", "P1D", "T", ""]) {
      out.push(
        `${prefix}1${unit}`,
        `${prefix}-2${unit}`,
        `${prefix}+3${unit}`,
        `${prefix}1.5${unit}`,
        `${prefix}${unit}`,
      );
    }
  }
  for (const sep of [".", ","]) {
    for (let digits = 0; digits <= 12; digits += 1) {
      const fraction = "123456789012".slice(0, digits);
      for (const head of ["PT1", "PT-1", "PT0", "PT-0", "-PT1", "PT+2", "P1DT1H1M1"])
        out.push(`${head}${sep}${fraction}S`);
      out.push(`PT1${sep}${fraction}M`, `PT${sep}${fraction}S`);
    }
  }
  const whitespace = [" ", "\t", "\n", "\r", "\u00a0", "\u2007", "\u202f", "\u3000", "\ufeff", "_", "'"];
  for (const ws of whitespace) {
    for (const base of ["PT6H", "P1DT2H", "PT1.5S"]) {
      for (let at = 0; at <= base.length; at += 1) out.push(base.slice(0, at) + ws + base.slice(at));
    }
  }
  const zeros = [0x0660, 0x06f0, 0x0966, 0x09e6, 0x0e50, 0xff10, 0x1d7ce, 0x1d7d8, 0x104a0, 0x0030];
  for (const zero of zeros) {
    const d = (n) => String.fromCodePoint(zero + n);
    out.push(
      `PT${d(1)}H`,
      `P${d(2)}D`,
      `PT${d(1)}${d(5)}M`,
      `PT1.${d(5)}S`,
      `PT${d(9)}S`,
      `P${d(1)}DT${d(0)}H`,
    );
  }
  for (const [unit, multiplier] of [
    ["D", 86400n],
    ["H", 3600n],
    ["M", 60n],
    ["S", 1n],
  ]) {
    const time = unit === "D" ? "" : "T";
    for (const limit of [LONG_MAX / multiplier, LONG_MIN / multiplier, LONG_MAX, LONG_MIN]) {
      for (const delta of [-1n, 0n, 1n]) {
        const value = limit + delta;
        out.push(`P${time}${value}${unit}`, `-P${time}${value}${unit}`);
      }
    }
  }
  for (const nanos of ["", ".5", ".999999999", ",000000001"]) {
    for (const seconds of [LONG_MAX - 1n, LONG_MAX, LONG_MIN, LONG_MIN + 1n]) {
      out.push(
        `PT${seconds}${nanos}S`,
        `-PT${seconds}${nanos}S`,
        `PT1M${seconds}${nanos}S`,
        `PT-1M${seconds}${nanos}S`,
      );
    }
  }
  return out;
}

function randomValid(random, count) {
  const out = [];
  const pick = (items) => items[Math.floor(random() * items.length)];
  const num = () => {
    const magnitude = pick([1, 2, 3, 6, 12, 19, 20]);
    let digits = "";
    for (let i = 0; i < magnitude; i += 1) digits += Math.floor(random() * 10);
    return pick(["", "", "", "-", "+"]) + digits;
  };
  for (let i = 0; i < count; i += 1) {
    const part = (unit) => (random() < 0.5 ? `${num()}${unit}` : "");
    const fraction =
      random() < 0.3
        ? `${pick([".", ","])}${String(Math.floor(random() * 1e9)).slice(0, Math.floor(random() * 10))}`
        : "";
    const seconds = random() < 0.5 ? `${num()}${fraction}S` : "";
    const time = `${part("H")}${part("M")}${seconds}`;
    let text = `${pick(["", "", "-", "+"])}P${part("D")}${time || random() < 0.2 ? "T" : ""}${time}`;
    if (random() < 0.3) text = [...text].map((c) => (random() < 0.5 ? c.toLowerCase() : c)).join("");
    out.push(text);
  }
  return out;
}

function randomNoise(random, count) {
  const alphabet = ["P", "p", "T", "t", "D", "H", "M", "S", "W", "Y", "d", "h", "m", "s", "0", "1", "5", "9"];
  alphabet.push("-", "+", ".", ",", " ", "٣", "３", "e", "\u00a0");
  const out = [];
  for (let i = 0; i < count; i += 1) {
    const length = Math.floor(random() * 12);
    let text = random() < 0.6 ? "P" : "";
    for (let j = 0; j < length; j += 1) text += alphabet[Math.floor(random() * alphabet.length)];
    out.push(text);
  }
  return out;
}

export function buildCorpus() {
  const random = seededRandom(20261128);
  const all = [...HAND_PICKED, ...systematic(), ...randomValid(random, 900), ...randomNoise(random, 700)];
  return [...new Set(all)];
}
