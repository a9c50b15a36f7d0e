import type { Catalogue, Lang } from './catalogue';
import { CANDIDATE_FIELD_LABELS } from './candidate';
import { en, enVerdicts } from './en';
import { mergeCatalogues } from './format';
import { PROCEDURE_FIELD_LABELS, PROCEDURE_MESSAGES } from './procedure';
import { TERM_MESSAGES } from './terms';
import { vi, viVerdicts } from './vi';

/**
 * The message catalogues by language, every area merged: candidate checks
 * (`CANDIDATE_MESSAGES`), terms and overlays (`TERM_MESSAGES`), meetings,
 * tallies, timelines and the report (`PROCEDURE_MESSAGES`). Each area keeps
 * its own files; the merge is a pure call, so a bundle that formats with one
 * area's catalogue only (`createFormatter`) leaves the others out.
 */
export const MESSAGES: Readonly<Record<Lang, Catalogue>> = /* @__PURE__ */ mergeCatalogues(
  { vi, en },
  TERM_MESSAGES,
  { vi: viVerdicts, en: enVerdicts },
  PROCEDURE_MESSAGES,
);

/** Field labels by language, keyed by dotted input path (`CANDIDATE_FIELD_LABELS` and `PROCEDURE_FIELD_LABELS` merged). */
export const FIELD_LABELS: Readonly<Record<Lang, Catalogue>> = /* @__PURE__ */ mergeCatalogues(CANDIDATE_FIELD_LABELS, PROCEDURE_FIELD_LABELS);
