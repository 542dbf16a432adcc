import { type Rng } from "../prng";

export const FIRST_NAMES = [
  "Ada",
  "Alan",
  "Grace",
  "Linus",
  "Margaret",
  "Ken",
  "Barbara",
  "Dennis",
  "Frances",
  "John",
  "Radia",
  "Tim",
  "Hedy",
  "Katherine",
  "Guido",
  "Yukihiro",
  "Sophie",
  "Mateo",
  "Amara",
  "Lena",
  "Noah",
  "Priya",
  "Omar",
  "Zeynep",
];
export const LAST_NAMES = [
  "Lovelace",
  "Turing",
  "Hopper",
  "Torvalds",
  "Hamilton",
  "Thompson",
  "Liskov",
  "Ritchie",
  "Allen",
  "Backus",
  "Perlman",
  "Berners-Lee",
  "Lamarr",
  "Johnson",
  "van Rossum",
  "Matsumoto",
  "Wilson",
  "García",
  "Okafor",
  "Schmidt",
  "Nguyen",
  "Patel",
  "Haddad",
  "Yılmaz",
];
export const CITIES: readonly (readonly [string, string])[] = [
  ["US", "New York"],
  ["US", "Austin"],
  ["GB", "London"],
  ["DE", "Berlin"],
  ["FR", "Paris"],
  ["TR", "Istanbul"],
  ["NL", "Amsterdam"],
  ["JP", "Tokyo"],
  ["BR", "São Paulo"],
  ["IN", "Bengaluru"],
  ["CA", "Toronto"],
  ["ES", "Madrid"],
];
export const CURRENCIES = ["USD", "EUR", "GBP", "TRY", "JPY"] as const;
export const INDUSTRIES = [
  "Software",
  "Retail",
  "Logistics",
  "Healthcare",
  "Fintech",
  "Media",
  "Energy",
  "Education",
];

const BASE_TIME = Date.UTC(2025, 0, 1);
const DAY_MS = 86_400_000;

export function isoBetween(rng: Rng, fromDay: number, toDay: number): string {
  return new Date(BASE_TIME + rng.int(fromDay, toDay) * DAY_MS + rng.int(0, DAY_MS - 1)).toISOString();
}

export function dayAfter(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * DAY_MS).toISOString().slice(0, 10);
}

export const ref = (prefix: string, n: number): string => `${prefix}_${n.toString(36).padStart(8, "0")}`;
export const money = (rng: Rng, min: number, max: number): number =>
  Math.round(rng.int(min * 100, max * 100)) / 100;
