import { addDays, addMonths, type Citation, type IsoDate, type Term, termFromStart, termLabel, termMonths, toDayNumber } from '@truongthon/core';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from '../provinces/index';
import { findProvince } from '../units/findProvince';
import { termLengthLawOn } from './termLengthRule';

/**
 * How a term was found:
 * - `declared`: the province's own term, from its overlay;
 * - `projected`: counted forward from the last declared term with the
 *   province's term length (elections may in fact have been held on other days);
 * - `from-election`: a term starting on the given election date.
 */
export type TermBasis = 'declared' | 'projected' | 'from-election';

/** A term with where it came from. */
export interface TermInfo extends Term {
  readonly basis: TermBasis;
  readonly provinceCode: string;
  /** Extended by a provincial decision until this date (`null`: until new rules). */
  readonly extendedUntil?: IsoDate | null;
  readonly citations: readonly Citation[];
}

/** Why a term could not be found. */
export type TermLookupError =
  | { readonly code: 'term.unknown-province'; readonly params: { readonly province: string; readonly date: IsoDate } }
  | { readonly code: 'term.length-unknown'; readonly params: { readonly province: string; readonly date: IsoDate } }
  | { readonly code: 'term.no-calendar'; readonly params: { readonly province: string; readonly date: IsoDate } };

export type TermLookup = { readonly ok: true; readonly term: TermInfo } | { readonly ok: false; readonly error: TermLookupError };

/**
 * The term length (years) in force in a province on a date: the national value
 * where the law leaves no choice, else the province's choice from its overlay.
 *
 * @example
 * termLengthOn('46', '2021-01-10') // { years: 2.5, citations: [...] }
 * termLengthOn('01', '2021-01-10') // undefined: Hà Nội's choice is not in the data
 */
export function termLengthOn(provinceCode: string, date: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS): { readonly years: number; readonly citations: readonly Citation[] } | undefined {
  const set = registry.parameter(provinceCode, 'term.lengthYears', date);
  if (set) return { years: set.value, citations: set.entry.citations };
  const law = termLengthLawOn(date);
  if (law && law.defaultYears !== null) return { years: law.defaultYears, citations: law.citations };
  return undefined;
}

/**
 * The term an election held on `electionDate` in a province opens: the
 * province's declared term when one starts that day, else a term of the
 * province's length starting that day.
 *
 * @example
 * termForElection('46', '2021-01-10') // ok: { label: '2021–2023', start: '2021-01-10', end: '2023-07-09', basis: 'declared', ... }
 */
export function termForElection(province: string, electionDate: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS): TermLookup {
  const found = findProvince(province, electionDate);
  if (!found) return { ok: false, error: { code: 'term.unknown-province', params: { province, date: electionDate } } };
  for (const overlay of registry.forProvince(found.code, electionDate)) {
    const declared = overlay.terms?.find((t) => t.electionDate === electionDate || t.start === electionDate);
    if (declared) return { ok: true, term: { ...declared, lengthYears: termLengthOn(found.code, electionDate, registry)?.years ?? Number.NaN, basis: 'declared', provinceCode: found.code } };
  }
  const length = termLengthOn(found.code, electionDate, registry);
  if (!length) return { ok: false, error: { code: 'term.length-unknown', params: { province: found.code, date: electionDate } } };
  return { ok: true, term: { ...termFromStart(electionDate, length.years), basis: 'from-election', provinceCode: found.code, citations: length.citations } };
}

/**
 * The term running in a province on a date: a declared term containing it,
 * else one projected forward from the province's latest declared term using
 * its term length. Where an overlay extends terms (kéo dài nhiệm kỳ), the
 * first term ending on or after the extension's threshold continues past its
 * end, with `extendedUntil` set (`null`: until new rules).
 *
 * @example
 * termOn('46', '2022-05-01') // ok: '2021–2023', declared
 * termOn('46', '2024-01-01') // ok: '2023–2026', projected from 2021–2023 (2.5 years)
 */
export function termOn(province: string, date: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS): TermLookup {
  const found = findProvince(province, date);
  if (!found) return { ok: false, error: { code: 'term.unknown-province', params: { province, date } } };
  const extension = registry
    .forProvince(found.code, date)
    .flatMap((o) => o.extensions ?? [])
    .find((e) => date >= e.from && (e.until === null || date <= e.until));
  if (extension) {
    const extended = baseTermOn(found.code, extension.appliesToTermsEndingFrom, registry);
    if (extended.ok && extended.term.end >= extension.appliesToTermsEndingFrom && extended.term.start <= date) {
      return { ok: true, term: { ...extended.term, extendedUntil: extension.until, citations: [...extended.term.citations, ...extension.citations] } };
    }
  }
  return baseTermOn(found.code, date, registry);
}

function baseTermOn(code: string, date: IsoDate, registry: OverlayRegistry): TermLookup {
  const declared = registry
    .forProvince(code, date)
    .flatMap((o) => o.terms ?? [])
    .sort((a, b) => (a.start < b.start ? -1 : 1));
  const hit = declared.find((t) => date >= t.start && date <= t.end);
  if (hit) return { ok: true, term: { ...hit, lengthYears: termLengthOn(code, hit.start, registry)?.years ?? Number.NaN, basis: 'declared', provinceCode: code } };

  const anchor = declared.filter((t) => t.end < date).at(-1);
  const length = termLengthOn(code, date, registry);
  if (!length) return { ok: false, error: { code: 'term.length-unknown', params: { province: code, date } } };
  if (!anchor) return { ok: false, error: { code: 'term.no-calendar', params: { province: code, date } } };
  const months = termMonths(length.years);
  // Whole terms counted forward from the day after the last declared term ended.
  const start = addDays(anchor.end, 1);
  let k = Math.max(0, Math.floor((toDayNumber(date) - toDayNumber(start)) / (months * 31)));
  while (k > 0 && addMonths(start, months * k) > date) k -= 1;
  while (addMonths(start, months * (k + 1)) <= date) k += 1;
  const term = termFromStart(addMonths(start, months * k), length.years);
  return {
    ok: true,
    term: { ...term, label: termLabel(term.start, term.end), basis: 'projected', provinceCode: code, citations: [...anchor.citations, ...length.citations] },
  };
}
