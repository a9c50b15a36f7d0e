import type { Catalogues } from './format';
import { procedureEn, procedureEnFields } from './procedure.en';
import { procedureVi, procedureViFields } from './procedure.vi';

/**
 * The texts of meetings, tallies, timelines and the secretary-also-leader
 * report, by language (`evaluateMeeting`, `electionTimeline`,
 * `secretaryAlsoLeaderReport`), with the input error of unit codes read as
 * digits (`input.invalid-unit-code`, meeting and unit records). They complete
 * `CANDIDATE_MESSAGES` (a meeting record's other input errors use its
 * `input.*` codes); with it and `TERM_MESSAGES`, they make `MESSAGES`.
 */
export const PROCEDURE_MESSAGES: Catalogues = { vi: procedureVi, en: procedureEn };

/** Labels of the meeting and unit-record fields, by language. With `CANDIDATE_FIELD_LABELS`, they are `FIELD_LABELS`. */
export const PROCEDURE_FIELD_LABELS: Catalogues = { vi: procedureViFields, en: procedureEnFields };
