import type { IsoDate } from '@truongthon/core';
import { TERM_LENGTH_LAW } from '../term/termLengthRule';
import type { DatedValue, ProvinceOverlay, ProvinceParameterName } from './overlay';

/** Raised when overlays contradict each other or the law; names both sides. */
export class OverlayError extends Error {
  override readonly name = 'OverlayError';
  constructor(
    readonly code: 'overlay.conflict' | 'overlay.value-not-allowed' | 'overlay.bad-period',
    message: string,
  ) {
    super(message);
  }
}

/** An overlay set ready for look-ups. */
export interface OverlayRegistry {
  readonly overlays: readonly ProvinceOverlay[];
  /** The value a province set for a parameter on a date, with the overlay that set it. */
  parameter<N extends ProvinceParameterName>(code: string, name: N, date: IsoDate): { readonly value: NonNullable<ProvinceOverlayValue<N>>; readonly entry: DatedValue<NonNullable<ProvinceOverlayValue<N>>>; readonly overlay: ProvinceOverlay } | undefined;
  /** The overlays that apply to a province code on a date. */
  forProvince(code: string, date: IsoDate): readonly ProvinceOverlay[];
}

type ProvinceOverlayValue<N extends ProvinceParameterName> = NonNullable<ProvinceOverlay['parameters'][N]>[number]['value'];

function overlaps(a: { from: IsoDate; to: IsoDate | null }, b: { from: IsoDate; to: IsoDate | null }): boolean {
  return (a.to === null || b.from <= a.to) && (b.to === null || a.from <= b.to);
}

/**
 * Checks a set of provincial overlays and builds the look-up registry.
 * Throws {@link OverlayError} when
 * - two entries (in one overlay or in two) set the same parameter of the same
 *   province for overlapping periods (`overlay.conflict`): never a silent pick;
 * - a term length is not one the law allows in its period (`overlay.value-not-allowed`);
 * - a period ends before it starts (`overlay.bad-period`).
 *
 * @example
 * loadOverlays([thuaThienHue, konTum]).parameter('46', 'term.lengthYears', '2021-01-10')?.value // 2.5
 */
export function loadOverlays(overlays: readonly ProvinceOverlay[]): OverlayRegistry {
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
      if (term.end < term.start) throw new OverlayError('overlay.bad-period', `${overlay.id}: term ${term.label} ends before it starts`);
    }
  }
  return {
    overlays,
    parameter(code, name, date) {
      const hit = seen.find((s) => s.code === code && s.name === name && date >= s.entry.from && (s.entry.to === null || date <= s.entry.to));
      return hit ? ({ value: hit.entry.value, entry: hit.entry, overlay: hit.overlay } as never) : undefined;
    },
    forProvince(code, date) {
      return overlays.filter((o) => o.province.code === code && date >= o.province.from && (o.province.to === null || date <= o.province.to));
    },
  };
}

