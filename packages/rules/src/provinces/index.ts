import { caoBang } from './04-cao-bang';
import { thuaThienHue } from './46-thua-thien-hue';
import { quangNgai } from './51-quang-ngai';
import { KON_TUM_TERM_2023, konTum } from './62-kon-tum';
import { dongNai } from './75-dong-nai';
import { PROVINCE_DATA } from './data/index';
import { overlayFromData } from './fromData';
import { overlayRegistry, type OverlayRegistry } from './overlayRegistry';
import type { ProvinceOverlay } from './overlay';

export type {
  AdjustmentAuthority,
  DatedValue,
  DeclaredTerm,
  ProvinceOverlay,
  ProvinceParameters,
  ProvinceParameterName,
  TermArea,
  TermExtension,
  TermShortening,
} from './overlay';
export { loadOverlays, OverlayError } from './loadOverlays';
export { overlayFromData } from './fromData';
export { PROVINCE_DATA } from './data/index';
export { overlayRegistry, type OverlayRegistry } from './overlayRegistry';
export { caoBang, thuaThienHue, quangNgai, konTum, KON_TUM_TERM_2023, dongNai };

/** The overlays shipped with truongthon. Add a province by adding a file and listing it here. */
export const BUILT_IN_OVERLAYS: readonly ProvinceOverlay[] = [caoBang, thuaThienHue, quangNgai, konTum, dongNai];

/**
 * The registry of the built-in overlays. They are checked as `loadOverlays`
 * checks yours (conflicts, lengths the law allows, periods, the commune's
 * 6-month limit) by the test suite, on every change, rather than in every
 * browser that loads them.
 */
export const DEFAULT_OVERLAYS = overlayRegistry(BUILT_IN_OVERLAYS);

/**
 * The registry of the built-in overlays and of every province data file
 * shipped with truongthon ({@link PROVINCE_DATA}, `src/provinces/data/*.json`:
 * the term lengths, terms and extensions found for the 63 provinces of
 * 2005–2025 and the 34 from 01/07/2025, each cited, or what was searched).
 * Pass it as `overlays` (or `registry`) to use them; `DEFAULT_OVERLAYS`
 * stays the five built-in overlays, so that a browser bundle that does not
 * name this registry does not carry the data. Checked by the test suite as
 * `loadOverlays` checks yours.
 *
 * @example
 * termLengthOn('38', '2022-06-01', ALL_OVERLAYS)?.years
 */
export const ALL_OVERLAYS = /* @__PURE__ */ allOverlays();

// A call of its own, so that a bundle that does not use the registry drops the data with it (a pure call's arguments would be kept).
function allOverlays(): OverlayRegistry {
  return overlayRegistry([...BUILT_IN_OVERLAYS, ...PROVINCE_DATA.map(overlayFromData)]);
}
