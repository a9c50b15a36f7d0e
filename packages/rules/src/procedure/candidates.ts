import { type FindingDraft } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { parameterOn } from '../law/parameter';
import type { MeetingContext, MeetingRecord } from './context';
import { CANDIDATE_LIST_SIZE } from './parameters';

/** How many candidates the Ban công tác Mặt trận's list has (a value of `PROC.CANDIDATE_LIST_SIZE`). */
export interface CandidateListSize {
  /** Fewest candidates on the list. */
  readonly min: number;
  /** Most candidates on the list (`null`: no upper bound). */
  readonly max: number | null;
}

/** Parameters of the candidate-list rule: the law parameter that sets the size of the Front's list. */
export interface CandidateListParams {
  /** The list's bounds are the value of this law parameter on the meeting date. */
  readonly size: 'PROC.CANDIDATE_LIST_SIZE';
}

/**
 * PROC.CANDIDATES: the Ban công tác Mặt trận agrees its candidate list with
 * the chi ủy within the bounds `PROC.CANDIDATE_LIST_SIZE` gives on the meeting
 * date; voters (from 01/07/2023, household representatives) may also
 * nominate themselves or others at the meeting, and those are not counted
 * against the bounds:
 * - under NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 6, **1 to 2 candidates** ("từ
 *   1–2 người"; secondary: quoted by thuviennhadat);
 * - from 01/07/2023, **at least one** ("ít nhất 01 người"), no upper bound
 *   (Nghị định 59/2023/NĐ-CP Điều 6 khoản 2, confirmed; Điều 3).
 * More than the most on the Front's list is a procedural irregularity:
 * reported with a warning, and the vote is still counted (the commune weighs
 * it when it recognises the result); fewer than the fewest, when every
 * candidate's origin is given, is a warning too. The number changed with the
 * text, the test did not: one rule, one dated parameter; each finding cites
 * the text in force on the date.
 *
 * @example
 * // 2021-01-10, three candidates nominatedBy 'front_committee' → warning 'procedure.candidates.too-many-nominated' { count: 3, max: 2 }; still counted
 * // 2023-09-17, the same three → no finding
 */
export const candidates = defineRule<MeetingRecord, CandidateListParams, MeetingContext>({
  id: 'PROC.CANDIDATES',
  kind: 'legal',
  summary: 'The Front committee\'s list agreed with the Party cell has 1 or 2 candidates until 30/06/2023, at least one from 01/07/2023; others may be nominated at the meeting.',
  citations: CANDIDATE_LIST_SIZE.values.flatMap((v) => v.citations),
  confidence: 'secondary',
  from: '2008-04-17',
  to: null,
  params: { size: 'PROC.CANDIDATE_LIST_SIZE' },
  codes: ['procedure.candidates.too-many-nominated', 'procedure.candidates.too-few-nominated'],
  check: (record, _p, context) => {
    const size = parameterOn(CANDIDATE_LIST_SIZE, context.date);
    if (context.purpose !== 'election' || !size) return { status: 'not-applicable' };
    const list = record.candidates ?? [];
    if (list.length === 0) return { status: 'not-applicable' };
    const { min, max } = size.value;
    const nominated = list.filter((c) => c.nominatedBy === 'front_committee').length;
    const findings: FindingDraft[] = [];
    // A procedural irregularity: reported, and the vote is still counted.
    if (max !== null && nominated > max) findings.push({ code: 'procedure.candidates.too-many-nominated', path: 'candidates', severity: 'warning', params: { count: nominated, max } });
    const allKnown = list.every((c) => c.nominatedBy != null);
    if (allKnown && nominated < min) findings.push({ code: 'procedure.candidates.too-few-nominated', path: 'candidates', severity: 'warning', params: { count: nominated, min } });
    return { status: 'pass', findings, citations: size.citations };
  },
});
