import { foldKey } from '@truongthon/core';
import type { Province } from './province';
import { PROVINCES } from './provinces';

const PREFIX = /^(tinh|thanh_pho|tp)_/u;

/** A province name folded for comparison, without "Tỉnh", "Thành phố", "TP". */
const nameKey = (name: string): string => foldKey(name).replace(PREFIX, '');

/**
 * Whether `name` is a name of `province` (the one a code meant on a date):
 * its name or an alias, with or without diacritics and the prefixes "Tỉnh",
 * "Thành phố", "TP". A province whose territory did not change on
 * 01/07/2025 (its only predecessor is itself, e.g. Huế, code 46) also
 * answers to the names its code had before ("Thừa Thiên Huế"); a merged one
 * does not: code 15 is Lào Cai from 01/07/2025, and "Yên Bái", the name of
 * code 15 before, is not a name of it.
 *
 * `province` is read as the province of {@link PROVINCES} with its code and
 * first day; `false` when there is none, or when `name` is not a string
 * (never throws).
 *
 * @example
 * provinceNameMatches(findProvince('15', '2026-01-01')!, 'Yên Bái') // false
 * provinceNameMatches(findProvince('46', '2026-01-01')!, 'Thừa Thiên Huế') // true
 */
export function provinceNameMatches(province: Province, name: string): boolean {
  const known = knownProvince(province);
  if (known === undefined || typeof name !== 'string') return false;
  const key = nameKey(name);
  if (key === '') return false;
  const names = (p: Province) => [p.name, ...(p.aliases ?? [])].some((n) => nameKey(n) === key);
  if (names(known)) return true;
  const unchanged = known.predecessors !== undefined && known.predecessors.length === 1 && known.predecessors[0] === known.code;
  return unchanged && PROVINCES.some((p) => p.code === known.code && p.to !== null && p.to < known.from && names(p));
}

/**
 * The province of {@link PROVINCES} a caller's value stands for: itself when
 * it is one, else the one with its `code` and `from` (read once, guarded);
 * `undefined` when there is none or the value cannot be read.
 */
function knownProvince(value: unknown): Province | undefined {
  if (PROVINCE_SET.has(value as Province)) return value as Province;
  if (value === null || typeof value !== 'object') return undefined;
  let code: unknown;
  let from: unknown;
  try {
    code = (value as Record<string, unknown>)['code'];
    from = (value as Record<string, unknown>)['from'];
  } catch {
    return undefined;
  }
  return PROVINCES.find((p) => p.code === code && p.from === from);
}

const PROVINCE_SET: ReadonlySet<Province> = /* @__PURE__ */ new Set(PROVINCES);
