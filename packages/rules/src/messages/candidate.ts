import { en, enFields, enVerdicts } from './en';
import { type Catalogues, mergeCatalogues } from './format';
import { vi, viFields, viVerdicts } from './vi';

/**
 * The texts a candidate check can produce, by language: input errors,
 * engine errors, eligibility and policy findings, and the verdicts (every
 * code `checkCandidate` / `evaluateCandidate` can return). A subset of
 * `MESSAGES` with the same texts.
 */
export const CANDIDATE_MESSAGES: Catalogues = /* @__PURE__ */ mergeCatalogues({ vi, en }, { vi: viVerdicts, en: enVerdicts });

/** Labels of the candidate and context fields (`fullName`, `attestations.health`, `electionDate`, …), by language. A subset of `FIELD_LABELS`. */
export const CANDIDATE_FIELD_LABELS: Catalogues = { vi: viFields, en: enFields };
