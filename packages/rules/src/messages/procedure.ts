import type { Catalogues } from './format';
import { procedureEn, procedureEnFields } from './procedure.en';
import { procedureVi, procedureViFields } from './procedure.vi';

/**
 * The texts of meetings, tallies, timelines and the secretary-also-leader
 * report, by language (`evaluateMeeting`, `electionTimeline`,
 * `secretaryAlsoLeaderReport`). They complete `CANDIDATE_MESSAGES` (a meeting
 * record's input errors also use its `input.*` codes); with it and
 * `TERM_MESSAGES`, they make `MESSAGES`.
 */
export const PROCEDURE_MESSAGES: Catalogues = { vi: procedureVi, en: procedureEn };

/** Labels of the meeting and unit-record fields, by language. With `CANDIDATE_FIELD_LABELS`, they are `FIELD_LABELS`. */
export const PROCEDURE_FIELD_LABELS: Catalogues = { vi: procedureViFields, en: procedureEnFields };
