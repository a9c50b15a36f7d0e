import type { Catalogues } from './format';
import { termsEn } from './terms.en';
import { termsVi } from './terms.vi';

/**
 * The texts of term look-ups (`term.*`: `termOn`, `termForElection`), of
 * provincial overlays (`overlay.*`: `loadOverlays`) and of `lawChanges`'s
 * reversed range (`input.range-reversed`), by language. A subset of
 * `MESSAGES` with the same texts.
 */
export const TERM_MESSAGES: Catalogues = { vi: termsVi, en: termsEn };
