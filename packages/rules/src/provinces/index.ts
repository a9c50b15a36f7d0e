import { thuaThienHue } from './46-thua-thien-hue';
import { konTum } from './62-kon-tum';
import { loadOverlays } from './loadOverlays';
import type { ProvinceOverlay } from './overlay';

export type { DatedValue, DeclaredTerm, ProvinceOverlay, ProvinceParameters, ProvinceParameterName, TermExtension } from './overlay';
export { loadOverlays, OverlayError, type OverlayRegistry } from './loadOverlays';
export { thuaThienHue, konTum };

/** The overlays shipped with truongthon. Add a province by adding a file and listing it here. */
export const BUILT_IN_OVERLAYS: readonly ProvinceOverlay[] = [thuaThienHue, konTum];

/** The registry of the built-in overlays, checked at load time. */
export const DEFAULT_OVERLAYS = loadOverlays(BUILT_IN_OVERLAYS);
