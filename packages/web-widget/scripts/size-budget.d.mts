export const SIZE_BUDGETS: Readonly<Record<string, number>>;
export function measure(file: string): { raw: number; gzip: number };
export function checkSizes(): { file: string; raw: number; gzip: number; budget: number; ok: boolean }[];
export const BUNDLER_BUDGETS: Readonly<Record<string, number>>;
export const ENTRY_TAGS: Readonly<Record<string, { tag: string; other: string }>>;
export function bundlerSize(specifier: string): { code: string; raw: number; gzip: number };
