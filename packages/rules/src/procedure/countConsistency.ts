import { checkCountRecord, defineRule, type FindingDraft, TALLY_CODES } from '@truongthon/core';
import { type MeetingContext, type MeetingRecord, voteOptions } from './context';

/**
 * PROC.COUNT.CONSISTENCY: the figures of the count record must agree: no
 * more present than the whole electorate, no more ballots issued than people
 * present, no more returned than issued, valid + invalid = returned, no
 * candidate (or all together) with more votes than valid ballots or than
 * people present, at least one candidate, no name twice. Any disagreement
 * makes the outcome `inconsistent`: a result is never computed silently from
 * figures that contradict each other. A secret ballot without its
 * valid-ballot figure gets a warning.
 *
 * Legal basis: the count record (biên bản kiểm phiếu) lists the total
 * electorate, those present, ballots issued, returned, valid and invalid, and
 * each candidate's votes (NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8, confirmed).
 * The ND 59/2023 templates were not read (UNCONFIRMED that they list the
 * same figures; arithmetic consistency holds whatever they list).
 *
 * @example
 * // present 400 of 361 households → 'tally.present-exceeds-total' (outcome 'inconsistent')
 */
export const countConsistency = defineRule<MeetingRecord, { readonly oneVotePerPerson: true }, MeetingContext>({
  id: 'PROC.COUNT.CONSISTENCY',
  kind: 'legal',
  summary: 'The figures of the count record agree with each other.',
  citations: [
    { document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', confidence: 'confirmed', note: 'Fields of the count record.' },
    { document: '59/2023/NĐ-CP', confidence: 'unconfirmed', note: 'Count-record template not read; the same figures are assumed.' },
  ],
  confidence: 'confirmed',
  from: '2008-04-17',
  to: null,
  params: { oneVotePerPerson: true },
  codes: TALLY_CODES.filter((c) => c !== 'tally.tie-at-top'),
  check: (record, _params, context) => {
    const issues = checkCountRecord({
      total: record.totalElectorate,
      present: record.present,
      mode: record.votingMode,
      ballots: record.ballots,
      options: voteOptions(record),
      kind: context.purpose === 'election' ? 'candidates' : 'motion',
    });
    const findings: FindingDraft[] = issues.map((i) => ({ code: i.code, severity: i.severity, params: i.params, path: i.path }));
    // Several candidates above the winning share of the whole electorate: only possible when the figures contradict each other.
    const above = context.purpose === 'election' && context.tally ? context.tally.aboveThreshold : [];
    if (above.length > 1 && context.tally) {
      const names = above.map((i) => context.tally!.options[i]!.name).join(', ');
      findings.push({ code: 'tally.multiple-winners', severity: 'error', path: 'candidates', params: { names, count: above.length, total: record.totalElectorate } });
    }
    if (findings.length === 0) return { status: 'pass' };
    return { status: findings.some((f) => f.severity === 'error') ? 'fail' : 'pass', findings };
  },
});
