import { caoBang } from './04-cao-bang';
import { thuaThienHue } from './46-thua-thien-hue';
import { quangNgai } from './51-quang-ngai';
import { KON_TUM_TERM_2023, konTum } from './62-kon-tum';
import { dongNai } from './75-dong-nai';
import { overlayRegistry } from './overlayRegistry';
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
