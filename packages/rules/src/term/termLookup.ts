import { addDays, type Citation, type InputIssue, type IsoDate, type Term, termFromStart } from '@truongthon/core';
import { registryOf, usingRegistry, valueIssue } from '../callerInput';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from '../provinces/index';
import type { AdjustmentAuthority, DeclaredTerm, ProvinceOverlay, TermArea, TermExtension, TermShortening } from '../provinces/overlay';
import { findProvince } from '../units/findProvince';
import { termLengthLawOn } from './termLengthRule';

/**
 * How a term was found:
 * - `declared`: the province's own term, from its overlay;
 * - `projected`: counted forward from the last declared term, term by term,
 *   each with the length in force on its first day (elections may in fact
 *   have been held on other days);
 * - `from-election`: a term starting on the given election date.
 */
export type TermBasis = 'declared' | 'projected' | 'from-election';

/** A term with where it came from. */
export interface TermInfo extends Term {
  readonly basis: TermBasis;
  readonly provinceCode: string;
  /** Extended by a decision until this date (`null`: until new rules); `end` stays the regular last day. */
  readonly extendedUntil?: IsoDate | null;
  /** Shortened by a decision: the term ends on this day instead of `end`. */
  readonly shortenedTo?: IsoDate;
  /** Who decided the extension or shortening. */
  readonly adjustedBy?: AdjustmentAuthority;
  /** The part of the province the term is for (absent: the whole province). */
  readonly area?: TermArea;
  readonly citations: readonly Citation[];
}

/** Why a term could not be found. */
export type TermLookupError =
  | { readonly code: 'term.unknown-province'; readonly params: { readonly province: string; readonly date: IsoDate } }
  | { readonly code: 'term.length-unknown'; readonly params: { readonly province: string; readonly date: IsoDate } }
  | { readonly code: 'term.no-calendar'; readonly params: { readonly province: string; readonly date: IsoDate } }
  | {
      /** A term is known to be running on the date, but not its last day. */
      readonly code: 'term.end-unknown';
      readonly params: { readonly province: string; readonly date: IsoDate; readonly label: string; readonly start: IsoDate };
      readonly running: DeclaredTerm;
    }
  | {
      /** No term calendar, but a decision in force extends the terms ending in a range, until `until`. */
      readonly code: 'term.extended-no-calendar';
      readonly params: { readonly province: string; readonly date: IsoDate; readonly document: string; readonly until: IsoDate };
      readonly extension: TermExtension;
    }
  | {
      /** No term calendar, but a decision in force extends the terms ending in a range until new rules. */
      readonly code: 'term.extended-open-no-calendar';
      readonly params: { readonly province: string; readonly date: IsoDate; readonly document: string };
      readonly extension: TermExtension;
    }
  | {
      /**
       * An argument could not be used: missing (`input.required`), of the
       * wrong type (`input.wrong-type`), not a real `YYYY-MM-DD` day
       * (`input.invalid-date`), or unreadable (`input.unreadable`: a getter
       * that throws, a revoked proxy, a registry whose functions fail).
       * `field` names the argument, as an input issue's path does.
       */
      readonly code: 'input.required' | 'input.wrong-type' | 'input.invalid-date' | 'input.unreadable';
      readonly params: { readonly field: string; readonly expected?: string };
    };

export type TermLookup = { readonly ok: true; readonly term: TermInfo } | { readonly ok: false; readonly error: TermLookupError };

/**
 * Which units a look-up is about. Without options: the whole province. With
 * `formerProvince` (a code or name read on 30/06/2025, e.g. `62` or `Kon Tum`):
 * the units of that province merged into it on 01/07/2025, whose terms ran on
 * after the merger.
 */
export interface TermLookupOptions {
  readonly formerProvince?: string;
}

/**
 * The term length (years) for a term starting in a province on a date: the
 * province's choice from its overlay where the law lets it choose (01/03/2018
 * – 25/05/2026), else the national value (2.5 before 01/03/2018; 5 from
 * 26/05/2026, Nghị định 185/2026/NĐ-CP Điều 4 khoản 3, with no choice).
 *
 * @example
 * termLengthOn('46', '2021-01-10') // { years: 2.5, citations: [...] }
 * termLengthOn('01', '2021-01-10') // undefined: Hà Nội's choice is not in the data
 * termLengthOn('01', '2026-10-18') // { years: 5, citations: [185/2026/NĐ-CP Điều 4 khoản 3] }
 *
 * Never throws: `undefined` also when the code is not a string, the date not
 * a real `YYYY-MM-DD` day, or the registry not one (or its functions fail).
 */
export function termLengthOn(provinceCode: string, date: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS): { readonly years: number; readonly citations: readonly Citation[] } | undefined {
  if (valueIssue(provinceCode, '', false, false) || valueIssue(date, '', true, false)) return undefined;
  const read = registryOf(registry);
  return usingRegistry(read.custom, '', () => lengthOn(provinceCode, date, read.registry), () => undefined);
}

/** {@link termLengthOn} on arguments already read. */
function lengthOn(provinceCode: string, date: IsoDate, registry: OverlayRegistry): { readonly years: number; readonly citations: readonly Citation[] } | undefined {
  const set = registry.parameter(provinceCode, 'term.lengthYears', date);
  if (set) return { years: set.value, citations: set.entry.citations };
  const law = termLengthLawOn(date);
  if (law && law.defaultYears !== null) return { years: law.defaultYears, citations: law.citations };
  return undefined;
}

/** What a province's overlays say on a date about the units asked for. */
interface ProvinceData {
  readonly code: string;
  readonly terms: readonly DeclaredTerm[];
  readonly extensions: readonly TermExtension[];
  readonly shortenings: readonly TermShortening[];
}

function provinceData(code: string, date: IsoDate, registry: OverlayRegistry, formerProvince: string | undefined): ProvinceData {
  const former = formerProvince === undefined ? undefined : (findProvince(formerProvince, '2025-06-30')?.code ?? formerProvince.trim());
  const inArea = (x: { readonly area?: TermArea }) => x.area === undefined || x.area.formerProvince === former;
  const overlays: readonly ProvinceOverlay[] = registry.forProvince(code, date);
  return {
    code,
    terms: overlays.flatMap((o) => o.terms ?? []).filter(inArea).sort((a, b) => (a.start < b.start ? -1 : a.start > b.start ? 1 : 0)),
    // Decisions taken after the day asked about are not known on that day.
    extensions: overlays.flatMap((o) => o.extensions ?? []).filter((e) => inArea(e) && e.from <= date),
    shortenings: overlays.flatMap((o) => o.shortenings ?? []).filter((s) => inArea(s) && s.from <= date),
  };
}

/**
 * How a decision changes a term running from `start` whose regular last day is
 * `end`. A shortening that would end the term before it starts, or an
 * extension that would end it before its regular end, is not about it (so
 * every term found lasts at least one day and the projection moves forward).
 */
interface Adjustment {
  /** The actual last day; `null`: open (until new rules). */
  readonly lastDay: IsoDate | null;
  readonly fields: Pick<TermInfo, 'extendedUntil' | 'shortenedTo' | 'adjustedBy'>;
  readonly citations: readonly Citation[];
}

function adjust(start: IsoDate, end: IsoDate, data: ProvinceData): Adjustment {
  const candidates: { readonly from: IsoDate; readonly make: () => Adjustment }[] = [
    ...data.shortenings
      .filter((s) => end >= s.appliesToTermsEndingFrom && end <= s.appliesToTermsEndingTo && s.until >= start)
      .map((s) => ({ from: s.from, make: () => ({ lastDay: s.until, fields: { shortenedTo: s.until, adjustedBy: s.decidedBy }, citations: s.citations }) })),
    ...data.extensions
      .filter((e) => end >= e.appliesToTermsEndingFrom && (e.appliesToTermsEndingTo == null || end <= e.appliesToTermsEndingTo) && (e.until === null || e.until >= end))
      .map((e) => ({ from: e.from, make: () => ({ lastDay: e.until, fields: { extendedUntil: e.until, adjustedBy: e.decidedBy }, citations: e.citations }) })),
  ];
  if (candidates.length === 0) return { lastDay: end, fields: {}, citations: [] };
  // The latest decision is the one in force.
  const latest = candidates.reduce((a, b) => (b.from > a.from ? b : a));
  return latest.make();
}

function noCalendar(code: 'term.length-unknown' | 'term.no-calendar', province: string, date: IsoDate, data: ProvinceData): TermLookup {
  const extension = data.extensions.find((e) => e.until === null || date <= e.until);
  if (extension) {
    const document = extension.citations[0]?.document ?? '';
    return extension.until === null
      ? { ok: false, error: { code: 'term.extended-open-no-calendar', params: { province, date, document }, extension } }
      : { ok: false, error: { code: 'term.extended-no-calendar', params: { province, date, document, until: extension.until }, extension } };
  }
  return { ok: false, error: { code, params: { province, date } } };
}

/**
 * The term an election held on `electionDate` in a province opens: the
 * province's declared term when one starts that day, else a term of the
 * length in force that day starting that day (from 26/05/2026: 5 years in
 * every province, Nghị định 185/2026/NĐ-CP Điều 4 khoản 3).
 *
 * @example
 * termForElection('46', '2021-01-10') // ok: { label: '2021–2023', start: '2021-01-10', end: '2023-07-09', basis: 'declared', ... }
 * termForElection('01', '2026-10-18') // ok: { label: '2026–2031', end: '2031-10-17', lengthYears: 5, basis: 'from-election', ... }
 */
export function termForElection(province: string, electionDate: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS, options: TermLookupOptions = {}): TermLookup {
  return lookUp(province, electionDate, 'electionDate', registry, options, electionTerm);
}

/**
 * {@link termForElection} on arguments already read and checked (a province
 * code, a real day, a registry): for `checkCandidate`, which parses its
 * context at its own boundary. Internal: not exported from the package.
 */
export function electionTerm(province: string, electionDate: IsoDate, registry: OverlayRegistry, formerProvince: string | undefined): TermLookup {
  const found = findProvince(province, electionDate);
  if (!found) return { ok: false, error: { code: 'term.unknown-province', params: { province, date: electionDate } } };
  const data = provinceData(found.code, electionDate, registry, formerProvince);
  const declared = data.terms.find((t) => t.electionDate === electionDate || t.start === electionDate);
  if (declared) {
    if (declared.end === null) {
      return { ok: false, error: { code: 'term.end-unknown', params: { province: found.code, date: electionDate, label: declared.label, start: declared.start }, running: declared } };
    }
    return { ok: true, term: { ...declared, end: declared.end, lengthYears: lengthOn(found.code, electionDate, registry)?.years ?? Number.NaN, basis: 'declared', provinceCode: found.code } };
  }
  const length = lengthOn(found.code, electionDate, registry);
  if (!length) return { ok: false, error: { code: 'term.length-unknown', params: { province: found.code, date: electionDate } } };
  return { ok: true, term: { ...termFromStart(electionDate, length.years), basis: 'from-election', provinceCode: found.code, citations: length.citations } };
}

/**
 * The term running in a province on a date.
 *
 * 1. A declared term containing the date. Its actual last day is the
 *    regular one, unless a decision known on the date shortens it
 *    (`shortenedTo`) or extends it (kéo dài nhiệm kỳ: `extendedUntil`,
 *    `null` until new rules), or the next declared term starts earlier.
 *    A declared term whose last day is not known (`end: null`, e.g. the
 *    former Kon Tum units, which kept their heads through the 2025 merger)
 *    gives `term.end-unknown` with the running term.
 * 2. Else terms projected forward, one after another, from the day after the
 *    last declared term actually ended. **Each projected term has the length
 *    in force on its first day, and keeps it**: Nghị định 185/2026/NĐ-CP
 *    (5 years from 26/05/2026) says nothing of terms running on that day,
 *    so a head elected before it for 2.5 years finishes that term unless the
 *    commune adjusts it (≤ 6 months, Điều 4 khoản 3) or the unit is
 *    rearranged; only the next term is 5 years. Decisions known on the date
 *    shorten or extend projected terms too, and the next term counts from
 *    the adjusted end.
 * 3. With no calendar, a decision in force that extends terms is reported
 *    (`term.extended-no-calendar`, `term.extended-open-no-calendar`), else
 *    `term.length-unknown` or `term.no-calendar`.
 *
 * @example
 * termOn('46', '2022-05-01') // ok: '2021–2023', declared
 * termOn('46', '2024-01-01') // ok: '2023–2026', projected from 2021–2023 (2.5 years)
 * termOn('46', '2027-01-01') // ok: '2026–2028', projected: started 10/01/2026 with 2.5 years, kept after 26/05/2026
 * termOn('51', '2025-10-01', DEFAULT_OVERLAYS, { formerProvince: '62' }) // error term.end-unknown: '2023–2025' runs on
 */
export function termOn(province: string, date: IsoDate, registry: OverlayRegistry = DEFAULT_OVERLAYS, options: TermLookupOptions = {}): TermLookup {
  return lookUp(province, date, 'date', registry, options, runningTerm);
}

function runningTerm(province: string, date: IsoDate, registry: OverlayRegistry, formerProvince: string | undefined): TermLookup {
  const found = findProvince(province, date);
  if (!found) return { ok: false, error: { code: 'term.unknown-province', params: { province, date } } };
  const code = found.code;
  const data = provinceData(code, date, registry, formerProvince);

  let anchor: { readonly lastDay: IsoDate; readonly citations: readonly Citation[] } | undefined;
  for (let i = 0; i < data.terms.length; i++) {
    const t = data.terms[i]!;
    if (t.start > date) break;
    const next = data.terms[i + 1];
    // An election for the next declared term ends this one, whatever was planned.
    const cap = next ? addDays(next.start, -1) : null;
    if (t.end === null) {
      if (cap === null || date <= cap) return { ok: false, error: { code: 'term.end-unknown', params: { province: code, date, label: t.label, start: t.start }, running: t } };
      anchor = { lastDay: cap, citations: t.citations };
      continue;
    }
    const adjusted = adjust(t.start, t.end, data);
    const lastDay = cap !== null && (adjusted.lastDay === null || adjusted.lastDay > cap) ? cap : adjusted.lastDay;
    if (lastDay === null || date <= lastDay) {
      return {
        ok: true,
        term: {
          ...t,
          end: t.end,
          lengthYears: lengthOn(code, t.start, registry)?.years ?? Number.NaN,
          basis: 'declared',
          provinceCode: code,
          ...adjusted.fields,
          citations: [...t.citations, ...adjusted.citations],
        },
      };
    }
    anchor = { lastDay, citations: t.citations };
  }

  if (!anchor) return noCalendar(lengthOn(code, date, registry) ? 'term.no-calendar' : 'term.length-unknown', code, date, data);
  // Whole terms counted forward, each with the length in force on its first day.
  let start = addDays(anchor.lastDay, 1);
  for (;;) {
    const length = lengthOn(code, start, registry);
    if (!length) return noCalendar('term.length-unknown', code, date, data);
    const term = termFromStart(start, length.years);
    const adjusted = adjust(term.start, term.end, data);
    if (adjusted.lastDay === null || date <= adjusted.lastDay) {
      return {
        ok: true,
        term: { ...term, basis: 'projected', provinceCode: code, ...adjusted.fields, citations: [...anchor.citations, ...length.citations, ...adjusted.citations] },
      };
    }
    start = addDays(adjusted.lastDay, 1);
  }
}

/** The error of a look-up whose argument could not be used. */
function inputError(issue: InputIssue): TermLookup {
  return { ok: false, error: { code: issue.code as 'input.wrong-type', params: { ...(issue.params as { expected?: string }), field: issue.path } } };
}

/**
 * A term look-up (`termOn`, `termForElection`) from its arguments as a
 * caller passed them, the boundary where they are first read: the province
 * (a string), the date (a real day) and `options.formerProvince` (a string,
 * read once, guarded); the first that cannot be used gives the error. A
 * registry of the caller's is used as given: its failures are reported as
 * `input.unreadable` on `registry`.
 */
function lookUp(
  province: unknown,
  date: unknown,
  datePath: string,
  registry: unknown,
  options: unknown,
  find: (province: string, date: IsoDate, registry: OverlayRegistry, formerProvince: string | undefined) => TermLookup,
): TermLookup {
  let former: unknown;
  try {
    former = (options as TermLookupOptions | null | undefined)?.formerProvince;
  } catch {
    return inputError({ path: 'options', code: 'input.unreadable', params: {} });
  }
  const problem = valueIssue(province, 'province', false, false) ?? valueIssue(date, datePath, true, false) ?? valueIssue(former, 'formerProvince', false, true);
  if (problem) return inputError(problem);
  const read = registryOf(registry);
  return usingRegistry(read.custom, 'registry', () => find(province as string, date as IsoDate, read.registry, (former ?? undefined) as string | undefined), inputError);
}
