export type SearchParams = Record<string, string | string[] | undefined>;

export type PageArgs<P extends Record<string, string> = Record<string, never>> = {
  params: Promise<P>;
  searchParams: Promise<SearchParams>;
};

export function firstParam(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value;
}
