import { caoBang } from './04-cao-bang';
import { thuaThienHue } from './46-thua-thien-hue';
import { quangNgai } from './51-quang-ngai';
import { KON_TUM_TERM_2023, konTum } from './62-kon-tum';
import { dongNai } from './75-dong-nai';
import { loadOverlays } from './loadOverlays';
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
export { loadOverlays, OverlayError, type OverlayRegistry } from './loadOverlays';
export { caoBang, thuaThienHue, quangNgai, konTum, KON_TUM_TERM_2023, dongNai };

/** The overlays shipped with truongthon. Add a province by adding a file and listing it here. */
export const BUILT_IN_OVERLAYS: readonly ProvinceOverlay[] = [caoBang, thuaThienHue, quangNgai, konTum, dongNai];

/** The registry of the built-in overlays, checked at load time. */
export const DEFAULT_OVERLAYS = loadOverlays(BUILT_IN_OVERLAYS);
