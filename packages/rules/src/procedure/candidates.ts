import { type Confidence, type FindingDraft, type IsoDate, type Rule } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { SourceCitation } from '../sources';
import type { MeetingContext, MeetingRecord } from './context';

/** Parameters of a candidate-list rule. */
export interface CandidateListParams {
  /** Fewest candidates on the Ban công tác Mặt trận's list. */
  readonly min: number;
  /** Most candidates on that list (`null`: no upper bound). */
  readonly max: number | null;
}

function candidateListRule(meta: { id: string; from: IsoDate; to: IsoDate | null; citations: readonly SourceCitation[]; confidence: Confidence; summary: string }, params: CandidateListParams): Rule<MeetingRecord, CandidateListParams, MeetingContext> {
  return defineRule<MeetingRecord, CandidateListParams, MeetingContext>({
    ...meta,
    kind: 'legal',
    params,
    codes: ['procedure.candidates.too-many-nominated', 'procedure.candidates.too-few-nominated'],
    check: (record, p, context) => {
      if (context.purpose !== 'election') return { status: 'not-applicable' };
      const candidates = record.candidates ?? [];
      if (candidates.length === 0) return { status: 'not-applicable' };
      const nominated = candidates.filter((c) => c.nominatedBy === 'front_committee').length;
      const findings: FindingDraft[] = [];
      // A procedural irregularity: reported, and the vote is still counted.
      if (p.max !== null && nominated > p.max) {
        findings.push({ code: 'procedure.candidates.too-many-nominated', path: 'candidates', severity: 'warning', params: { count: nominated, max: p.max } });
      }
      const allKnown = candidates.every((c) => c.nominatedBy != null);
      if (allKnown && nominated < p.min) findings.push({ code: 'procedure.candidates.too-few-nominated', path: 'candidates', severity: 'warning', params: { count: nominated, min: p.min } });
      return { status: 'pass', findings };
    },
  });
}

/**
 * PROC.2008.CANDIDATES: the Ban công tác Mặt trận drafts the list and agrees
 * **1 to 2 candidates** ("từ 1–2 người") with the chi ủy; voters may also
 * nominate themselves or others at the meeting (those are not counted
 * against the limit). More than 2 on the Front's list is a procedural
 * irregularity: reported with a warning, and the vote is still counted (the
 * commune weighs it when it recognises the result); none, when every
 * candidate's origin is given, is a warning too.
 *
 * Legal basis: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 6 (secondary: quoted
 * by thuviennhadat; self-nomination from the TT 09/2017 summary).
 *
 * @example
 * // three candidates nominatedBy 'front_committee' → warning 'procedure.candidates.too-many-nominated' { count: 3, max: 2 }; still counted
 */
export const candidates2008 = candidateListRule(
  {
    id: 'PROC.2008.CANDIDATES',
    summary: 'The Front committee\'s list agreed with the Party cell has 1 or 2 candidates; others may be nominated at the meeting.',
    citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6', confidence: 'secondary' }],
    confidence: 'secondary',
    from: '2008-04-17',
    to: '2023-06-30',
  },
  { min: 1, max: 2 },
);

/**
 * PROC.2023.CANDIDATES: the Ban công tác Mặt trận agrees **at least one**
 * candidate ("ít nhất 01 người") with the chi ủy, with no upper bound;
 * household representatives may nominate themselves or others at the meeting.
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 6 khoản 2 (confirmed) and Điều 3.
 *
 * @example
 * // three candidates nominatedBy 'front_committee' → no finding
 */
export const candidates2023 = candidateListRule(
  {
    id: 'PROC.2023.CANDIDATES',
    summary: 'The Front committee\'s list has at least one candidate, with no upper bound.',
    citations: [{ document: '59/2023/NĐ-CP', article: '6', clause: '2', confidence: 'confirmed', note: '"ít nhất 01 người".' }],
    confidence: 'confirmed',
    from: '2023-07-01',
    to: null,
  },
  { min: 1, max: null },
);
