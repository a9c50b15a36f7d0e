import type { IsoDate } from '@truongthon/core';
import type { LegalSource } from '../sources';
import type { DatedValue, ProvinceOverlay, ProvinceParameterName } from './overlay';

/** An overlay set ready for look-ups. */
export interface OverlayRegistry {
  readonly overlays: readonly ProvinceOverlay[];
  /** The value a province set for a parameter on a date, with the overlay that set it. */
  parameter<N extends ProvinceParameterName>(code: string, name: N, date: IsoDate): { readonly value: NonNullable<ProvinceOverlayValue<N>>; readonly entry: DatedValue<NonNullable<ProvinceOverlayValue<N>>>; readonly overlay: ProvinceOverlay } | undefined;
  /** The overlays that apply to a province code on a date. */
  forProvince(code: string, date: IsoDate): readonly ProvinceOverlay[];
  /** The documents the overlays cite beyond SOURCES, by number (for `citationText`); absent in a registry of the caller's own making. */
  readonly documents?: Readonly<Record<string, LegalSource>>;
}

type ProvinceOverlayValue<N extends ProvinceParameterName> = NonNullable<ProvinceOverlay['parameters'][N]>[number]['value'];

/**
 * The look-up registry of a set of overlays, without checking them: use
 * `loadOverlays` for overlays of your own, which checks them first. The
 * built-in overlays are checked by the test suite (`DEFAULT_OVERLAYS`).
 */
export function overlayRegistry(overlays: readonly ProvinceOverlay[]): OverlayRegistry {
  const documents: Record<string, LegalSource> = {};
  for (const overlay of overlays) Object.assign(documents, overlay.documents);
  return {
    overlays,
    documents,
    parameter(code, name, date) {
      for (const overlay of overlays) {
        if (overlay.province.code !== code) continue;
        const entries = (overlay.parameters[name] ?? []) as readonly DatedValue<unknown>[];
        const entry = entries.find((e) => date >= e.from && (e.to === null || date <= e.to));
        if (entry) return { value: entry.value, entry, overlay } as never;
      }
      return undefined;
    },
    forProvince(code, date) {
      return overlays.filter((o) => o.province.code === code && date >= o.province.from && (o.province.to === null || date <= o.province.to));
    },
  };
}
