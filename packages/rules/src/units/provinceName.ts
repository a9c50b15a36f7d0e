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
 * @example
 * provinceNameMatches(findProvince('15', '2026-01-01')!, 'Yên Bái') // false
 * provinceNameMatches(findProvince('46', '2026-01-01')!, 'Thừa Thiên Huế') // true
 */
export function provinceNameMatches(province: Province, name: string): boolean {
  const key = nameKey(name);
  if (key === '') return false;
  const names = (p: Province) => [p.name, ...(p.aliases ?? [])].some((n) => nameKey(n) === key);
  if (names(province)) return true;
  const unchanged = province.predecessors !== undefined && province.predecessors.length === 1 && province.predecessors[0] === province.code;
  return unchanged && PROVINCES.some((p) => p.code === province.code && p.to !== null && p.to < province.from && names(p));
}
