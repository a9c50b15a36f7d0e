import { foldKey, type IsoDate } from '@truongthon/core';
import type { Province } from './province';
import { PROVINCES } from './provinces';

const PREFIXES = ['tinh_', 'thanh_pho_', 'tp_'];

function stripPrefix(key: string): string {
  for (const prefix of PREFIXES) if (key.startsWith(prefix)) return key.slice(prefix.length);
  return key;
}

/**
 * The province a code or name meant on `date`: codes are read with their
 * date because they were reused from 01/07/2025. Accepts `46`, `046`, `4`
 * → `04`; names with or without diacritics and the prefixes "Tỉnh",
 * "Thành phố", "TP". Returns `undefined` when nothing matches on that date.
 *
 * @example
 * findProvince('15', '2021-01-10')?.name // 'Yên Bái'
 * findProvince('15', '2025-07-01')?.name // 'Lào Cai'
 * findProvince('thua thien hue', '2021-01-10')?.code // '46'
 */
export function findProvince(codeOrName: string, date: IsoDate): Province | undefined {
  const raw = codeOrName.trim();
  if (raw === '') return undefined;
  const live = PROVINCES.filter((p) => date >= p.from && (p.to === null || date <= p.to));
  if (/^\d{1,3}$/u.test(raw)) {
    const code = String(Number(raw)).padStart(2, '0');
    return live.find((p) => p.code === code);
  }
  const key = stripPrefix(foldKey(raw));
  return live.find((p) => stripPrefix(foldKey(p.name)) === key || (p.aliases ?? []).some((a) => stripPrefix(foldKey(a)) === key));
}
