import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { MeetingContext, MeetingRecord } from './context';

/**
 * PROC.2008.HOUSEHOLD_BALLOT: before 01/07/2023 (NQLT 09/2008) the leader is
 * elected, dismissed or removed at a meeting of the thôn / tổ dân phố; no text
 * read says whether a ballot taken to each household could decide it
 * (UNCONFIRMED). A `household_ballot` record of that period is not counted:
 * outcome `undetermined`. (A meeting without quorum stays `invalid-meeting`.)
 *
 * @example
 * // votingMode 'household_ballot', electionDate 2021-01-10 → 'procedure.household-ballot.not-encoded' (outcome 'undetermined')
 */
export const householdBallot2008 = defineRule<MeetingRecord, { readonly householdBallot: 'not-encoded' }, MeetingContext>({
  id: 'PROC.2008.HOUSEHOLD_BALLOT',
  kind: 'legal',
  summary: 'Under NQLT 09/2008 a ballot taken to each household is not encoded: such a record is undetermined.',
  citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', confidence: 'unconfirmed', note: 'Điều 8 provides for the count at a meeting; whether ballots taken to each household could decide the election was not read.' }],
  confidence: 'unconfirmed',
  from: '2008-04-17',
  to: '2023-06-30',
  params: { householdBallot: 'not-encoded' },
  codes: ['procedure.household-ballot.not-encoded'],
  check: (record) =>
    record.votingMode === 'household_ballot'
      ? { status: 'unknown', findings: [{ code: 'procedure.household-ballot.not-encoded', path: 'votingMode', severity: 'warning', params: { until: '2023-06-30' } }] }
      : { status: 'not-applicable' },
});

/**
 * PROC.2023.HOUSEHOLD_BALLOT: from 01/07/2023, after a meeting that too few
 * household representatives attended to reach the threshold, ballots go to
 * each household (phát phiếu lấy ý kiến; count record Mẫu 04). Their count is
 * measured on the **same base** as a meeting: more than 50% of **all**
 * household representatives of the unit (Luật Điều 21 khoản 1); how many
 * households replied is not a condition. Reported as information.
 *
 * Legal basis: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 17 khoản 2,
 * Điều 19 khoản 1 điểm b, Điều 21 khoản 1; Nghị định 59/2023/NĐ-CP Điều 4
 * khoản 1 điểm b (confirmed).
 *
 * @example
 * // votingMode 'household_ballot', 100 households, A 60 → 'procedure.household-ballot.counted', then 'procedure.elected'
 */
export const householdBallot2023 = defineRule<MeetingRecord, { readonly base: 'total-electorate'; readonly attendanceRequired: false }, MeetingContext>({
  id: 'PROC.2023.HOUSEHOLD_BALLOT',
  kind: 'legal',
  summary: 'A ballot taken to each household is counted against all households of the unit, whoever replied.',
  citations: [
    { document: '10/2022/QH15', article: '19', clause: '1', point: 'b', confidence: 'confirmed' },
    { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '4', clause: '1', point: 'b', confidence: 'confirmed' },
  ],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { base: 'total-electorate', attendanceRequired: false },
  codes: ['procedure.household-ballot.counted'],
  check: (record) =>
    record.votingMode === 'household_ballot'
      ? { status: 'pass', findings: [{ code: 'procedure.household-ballot.counted', severity: 'info', params: { total: record.totalElectorate, replied: record.present } }] }
      : { status: 'not-applicable' },
});
