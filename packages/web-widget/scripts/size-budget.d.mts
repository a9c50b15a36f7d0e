export const SIZE_BUDGETS: Readonly<Record<string, number>>;
export function measure(file: string): { raw: number; gzip: number };
export function checkSizes(): { file: string; raw: number; gzip: number; budget: number; ok: boolean }[];
