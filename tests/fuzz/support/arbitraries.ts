import fc from "fast-check";

const TRICKS = [
  ".",
  "..",
  "../",
  "../..",
  "..%2F..",
  "%2F",
  "a%2Fb",
  "a/b",
  "/",
  "%2e%2e",
  "%252F",
  "?x=1",
  "#frag",
  "a b",
  `emea/"nord" région`,
  `kunden 顧客 / o'brien "vip" list`,
  "__proto__",
  "constructor",
  "prototype",
  "toString",
  "' OR 1=1 --",
  "<script>alert(1)</script>",
  "\u0000",
  "\u202e",
  "😀",
  "NaN",
  "-1",
  " ",
];

const MIB = 1 << 20;
// Built once and shared, so a megabyte input costs no memory per run.
const HUGE = [
  "a".repeat(MIB),
  `../${"%2F..".repeat(MIB / 8)}`.slice(0, MIB),
  "顧客/\u202e😀".repeat(MIB / 8),
];

/** Path-ish names: the traps above, unicode, now and then a long one and rarely one of a megabyte or more. */
export const nastyName = fc.oneof(
  { weight: 40, arbitrary: fc.constantFrom(...TRICKS) },
  { weight: 30, arbitrary: fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }) },
  { weight: 20, arbitrary: fc.string({ minLength: 1, maxLength: 12 }) },
  {
    weight: 20,
    arbitrary: fc
      .tuple(fc.constantFrom(...TRICKS), fc.string({ maxLength: 8 }), fc.constantFrom(...TRICKS))
      .map(([a, b, c]) => `${a}${b}${c}`),
  },
  { weight: 10, arbitrary: fc.string({ minLength: 300, maxLength: 20_000 }) },
  { weight: 1, arbitrary: fc.constantFrom(...HUGE) },
);

const protoKey = fc.constantFrom("__proto__", "constructor", "prototype");

/** Any JSON-ish value, with prototype-pollution keys mixed in. */
export const hostileJson: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
  value: fc.oneof(
    { depthSize: "small" },
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    nastyName,
    fc.array(tie("value"), { maxLength: 4 }),
    fc.dictionary(fc.oneof(protoKey, fc.string({ maxLength: 10 })), tie("value"), { maxKeys: 4 }),
  ),
})).value;

/** A value shaped like `shape` where every field may be replaced by something hostile. */
export function mostlyShaped<T>(shape: fc.Arbitrary<T>): fc.Arbitrary<unknown> {
  return fc.oneof(
    { weight: 3, arbitrary: shape },
    { weight: 1, arbitrary: hostileJson },
    {
      weight: 1,
      arbitrary: fc
        .tuple(shape, fc.dictionary(protoKey, hostileJson, { minKeys: 1, maxKeys: 2 }))
        .map(([base, extra]) =>
          typeof base === "object" && base !== null
            ? (JSON.parse(JSON.stringify({ ...base, ...extra })) as unknown)
            : base,
        ),
    },
  );
}
