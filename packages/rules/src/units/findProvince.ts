import { foldKey, isIsoDate, type IsoDate } from '@truongthon/core';
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
 * "Thành phố", "TP". Returns `undefined` when nothing matches on that date,
 * and when `codeOrName` is not a string or `date` not a real `YYYY-MM-DD`
 * day (never throws).
 *
 * @example
 * findProvince('15', '2021-01-10')?.name // 'Yên Bái'
 * findProvince('15', '2025-07-01')?.name // 'Lào Cai'
 * findProvince('thua thien hue', '2021-01-10')?.code // '46'
 */
export function findProvince(codeOrName: string, date: IsoDate): Province | undefined {
  if (typeof codeOrName !== 'string' || !isIsoDate(date)) return undefined;
  const raw = codeOrName.trim();
  if (raw === '') return undefined;
  const index = PROVINCE_INDEX;
  const candidates = /^\d{1,3}$/u.test(raw) ? index.byCode.get(String(Number(raw)).padStart(2, '0')) : index.byKey.get(stripPrefix(foldKey(raw)));
  return candidates?.find((p) => date >= p.from && (p.to === null || date <= p.to));
}

/** Provinces by code and by folded name or alias (PROVINCES order kept within each list): the same data as PROVINCES, indexed. */
const PROVINCE_INDEX = /* @__PURE__ */ provinceIndex();

function provinceIndex(): { readonly byCode: ReadonlyMap<string, readonly Province[]>; readonly byKey: ReadonlyMap<string, readonly Province[]> } {
  const byCode = new Map<string, Province[]>();
  const byKey = new Map<string, Province[]>();
  const add = (map: Map<string, Province[]>, key: string, p: Province) => {
    const list = map.get(key);
    if (!list) map.set(key, [p]);
    else if (!list.includes(p)) list.push(p);
  };
  for (const p of PROVINCES) {
    add(byCode, p.code, p);
    add(byKey, stripPrefix(foldKey(p.name)), p);
    for (const alias of p.aliases ?? []) add(byKey, stripPrefix(foldKey(alias)), p);
  }
  return { byCode, byKey };
}
