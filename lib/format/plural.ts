/** "1 matching table", "2 matching tables": a count with the word that agrees with it. */
export function plural(count: number, one: string, many: string): string {
  return `${count.toLocaleString("en")} ${count === 1 ? one : many}`;
}
