import { addDays, addMonths, type IsoDate, type ProvinceDataFile } from '@truongthon/core';
import { SOURCES } from '../sources';
import { overlayFromData } from './fromData';
import { parameterOn } from '../law/parameter';
import { TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS } from '../term/parameters';
import { TERM_LENGTH_LAW } from '../term/termLengthRule';
import type { DatedValue, ProvinceOverlay, ProvinceParameterName, TermExtension, TermShortening } from './overlay';
import { overlayRegistry, type OverlayRegistry } from './overlayRegistry';

export type { OverlayRegistry } from './overlayRegistry';

/** Raised when overlays contradict each other or the law; names both sides. */
export class OverlayError extends Error {
  override readonly name = 'OverlayError';
  constructor(
    readonly code: 'overlay.conflict' | 'overlay.value-not-allowed' | 'overlay.bad-period' | 'overlay.adjustment-too-long' | 'overlay.unknown-document',
    message: string,
  ) {
    super(message);
  }
}

function overlaps(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/**
 * The last day of a term whose regular last day is `end`, moved by `months`
 * (positive: extended, negative: shortened), counting months from the day
 * after `end` as a term is counted from its first day.
 */
function movedEnd(end: IsoDate, months: number): IsoDate {
  return addDays(addMonths(addDays(end, 1), months), -1);
}

function checkExtension(overlay: ProvinceOverlay, e: TermExtension): void {
  const to = e.appliesToTermsEndingTo ?? null;
  if (to !== null && to < e.appliesToTermsEndingFrom) {
    throw new OverlayError('overlay.bad-period', `${overlay.id}: an extension applies to terms ending from ${e.appliesToTermsEndingFrom} to ${to}, which ends before it starts`);
  }
  if (e.until !== null && (e.until < e.appliesToTermsEndingFrom || e.until < e.from)) {
    throw new OverlayError('overlay.bad-period', `${overlay.id}: an extension until ${e.until} ends before the terms it extends end (${e.appliesToTermsEndingFrom}) or before it applies (${e.from})`);
  }
  if (e.decidedBy !== 'commune') return;
  const max = parameterOn(TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS, e.from);
  if (!max) return;
  // The longest extension is that of a term ending on the first day of the range.
  if (e.until === null || e.until > movedEnd(e.appliesToTermsEndingFrom, max.value)) {
    throw new OverlayError(
      'overlay.adjustment-too-long',
      `${overlay.id}: a commune extension of terms ending from ${e.appliesToTermsEndingFrom} until ${e.until ?? 'new rules'} exceeds ${max.value} months ` +
        `(${TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS.id}, 185/2026/NĐ-CP Điều 4 khoản 3): beyond that the UBND cấp tỉnh decides`,
    );
  }
}

function checkShortening(overlay: ProvinceOverlay, s: TermShortening): void {
  if (s.appliesToTermsEndingTo < s.appliesToTermsEndingFrom) {
    throw new OverlayError('overlay.bad-period', `${overlay.id}: a shortening applies to terms ending from ${s.appliesToTermsEndingFrom} to ${s.appliesToTermsEndingTo}, which ends before it starts`);
  }
  if (s.until >= s.appliesToTermsEndingFrom || s.from > s.until) {
    throw new OverlayError('overlay.bad-period', `${overlay.id}: a shortening to ${s.until} must end the terms before they would end (${s.appliesToTermsEndingFrom}) and apply on or before that day (from ${s.from})`);
  }
  if (s.decidedBy !== 'commune') return;
  const max = parameterOn(TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS, s.from);
  if (!max) return;
  // The longest cut is that of a term ending on the last day of the range.
  if (s.until < movedEnd(s.appliesToTermsEndingTo, -max.value)) {
    throw new OverlayError(
      'overlay.adjustment-too-long',
      `${overlay.id}: a commune shortening of terms ending up to ${s.appliesToTermsEndingTo} to ${s.until} exceeds ${max.value} months ` +
        `(${TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS.id}, 185/2026/NĐ-CP Điều 4 khoản 3): beyond that the UBND cấp tỉnh decides`,
    );
  }
}

/**
 * Checks a set of provincial overlays and builds the look-up registry.
 * Throws {@link OverlayError} when
 * - two entries (in one overlay or in two) set the same parameter of the same
 *   province for overlapping periods (`overlay.conflict`): never a silent pick;
 * - a term length is not one the law allows in its period
 *   (`overlay.value-not-allowed`; from 26/05/2026 only 5 years, NĐ 185/2026
 *   Điều 4 khoản 3);
 * - a period ends before it starts, an extension ends before the terms it
 *   extends, or a shortening does not end them earlier (`overlay.bad-period`);
 * - a UBND cấp xã shortens or extends terms by more than
 *   `TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS` in force on the day its decision
 *   applies (6 months from 26/05/2026; an open-ended extension always exceeds
 *   it): only the UBND cấp tỉnh may (`overlay.adjustment-too-long`). Before
 *   26/05/2026 no national limit was read, and such data load as given.
 * - two overlays list one document number with different particulars
 *   (`overlay.conflict`);
 * - a province data file cites a document that neither it, another overlay
 *   nor SOURCES lists (`overlay.unknown-document`).
 *
 * Each item is an overlay or a province data file (parsed with core's
 * `provinceDataSchema`; told apart by its `province.name`), which is turned
 * into an overlay by {@link overlayFromData}.
 *
 * @example
 * loadOverlays([thuaThienHue, konTum]).parameter('46', 'term.lengthYears', '2021-01-10')?.value // 2.5
 */
export function loadOverlays(items: readonly (ProvinceOverlay | ProvinceDataFile)[]): OverlayRegistry {
  const fromFiles = new Set<ProvinceOverlay>();
  const overlays = items.map((item) => {
    if (!('name' in item.province)) return item as ProvinceOverlay;
    const overlay = overlayFromData(item as ProvinceDataFile);
    fromFiles.add(overlay);
    return overlay;
  });
  const documents = new Map<string, { overlay: ProvinceOverlay; json: string }>();
  for (const overlay of overlays) {
    for (const [number, document] of Object.entries(overlay.documents ?? {})) {
      const json = JSON.stringify(document);
      const other = documents.get(number);
      if (other && other.json !== json) throw new OverlayError('overlay.conflict', `${overlay.id} and ${other.overlay.id} both list document ${number}, with different particulars`);
      if (!other) documents.set(number, { overlay, json });
    }
  }
  for (const overlay of fromFiles) {
    const cited = [
      ...Object.values(overlay.parameters).flatMap((entries: readonly DatedValue<unknown>[] | undefined) => (entries ?? []).flatMap((e) => e.citations)),
      ...[...(overlay.terms ?? []), ...(overlay.extensions ?? []), ...(overlay.shortenings ?? []), ...(overlay.reportingDeadlines ?? [])].flatMap((x) => x.citations),
    ];
    for (const c of cited) {
      for (const number of c.amendedBy === undefined ? [c.document] : [c.document, c.amendedBy]) {
        if (!Object.hasOwn(SOURCES, number) && !documents.has(number)) throw new OverlayError('overlay.unknown-document', `${overlay.id}: cites ${number}, which neither its documents, another overlay's nor SOURCES list`);
      }
    }
  }
  const seen: { code: string; name: string; entry: DatedValue<unknown>; overlay: ProvinceOverlay }[] = [];
  for (const overlay of overlays) {
    for (const [name, entries] of Object.entries(overlay.parameters) as [ProvinceParameterName, readonly DatedValue<unknown>[]][]) {
      for (const entry of entries ?? []) {
        if (entry.to !== null && entry.to < entry.from) {
          throw new OverlayError('overlay.bad-period', `${overlay.id}: ${name} runs from ${entry.from} to ${entry.to}, which ends before it starts`);
        }
        const clash = seen.find((s) => s.code === overlay.province.code && s.name === name && overlaps(s.entry, entry));
        if (clash) {
          throw new OverlayError(
            'overlay.conflict',
            `${overlay.id} and ${clash.overlay.id} both set ${name} for province ${overlay.province.code} ` +
              `(${entry.from}…${entry.to ?? 'open'} overlaps ${clash.entry.from}…${clash.entry.to ?? 'open'})`,
          );
        }
        if (name === 'term.lengthYears') {
          for (const law of TERM_LENGTH_LAW) {
            if (overlaps(law, entry) && !law.allowedYears.includes(entry.value as number)) {
              throw new OverlayError('overlay.value-not-allowed', `${overlay.id}: term length ${String(entry.value)} years is not allowed by ${law.id} (${law.allowedYears.join(' or ')})`);
            }
          }
        }
        seen.push({ code: overlay.province.code, name, entry, overlay });
      }
    }
    for (const term of overlay.terms ?? []) {
      if (term.end !== null && term.end < term.start) throw new OverlayError('overlay.bad-period', `${overlay.id}: term ${term.label} ends before it starts`);
    }
    for (const extension of overlay.extensions ?? []) checkExtension(overlay, extension);
    for (const shortening of overlay.shortenings ?? []) checkShortening(overlay, shortening);
  }
  return overlayRegistry(overlays);
}
