import { checkCountRecord, FIGURE_CODES, exceedsFraction, type FindingDraft, type Fraction, mostVotesOnAnyReading, ONE_HALF, percentOf, TALLY_CODES } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type MeetingContext, type MeetingRecord, voteOptions } from './context';

/**
 * PROC.COUNT.CONSISTENCY: the figures of the count record must agree: no
 * more present than the whole electorate, no more ballots issued than people
 * present, no more returned than issued, valid + invalid = returned, no
 * candidate (or all together) with more votes than valid ballots or than
 * people present, at least one candidate, no name twice. Any disagreement
 * makes the outcome `inconsistent`: a result is never computed silently from
 * figures that contradict each other (see
 * {@link noWinnerOnAnyReading} for what follows when nobody can have won). A
 * secret or household ballot without its valid-ballot figure gets a warning.
 * A ballot taken to each household goes to every household of the unit: its
 * ballots issued are bounded by the unit's households, not by an attendance.
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

/** Codes of figures that contradict each other (core's `FIGURE_CODES`). */
const FIGURES: ReadonlySet<string> = new Set(FIGURE_CODES);

/**
 * PROC.COUNT.NO_WINNER_ON_ANY_READING: an election record whose figures
 * contradict each other (more votes than people present, valid + invalid ≠
 * returned…) stays `inconsistent`: no result is computed from it. But when
 * no candidate has more than the winning share of the whole electorate on
 * any reading of it — each candidate's votes taken as recorded, lines with
 * the same name read as one person, since only the attendance and ballot
 * figures or a candidate's own figure being too high can explain the
 * contradiction — nobody can have been elected, and what follows a meeting
 * without a winner follows (the re-run and its deadline; under Nghị định
 * 59/2023 the commune's decision to re-run; after a re-run, the interim).
 * Only when the count record is the sole problem: a meeting too few attended
 * or a record the regime rejects keeps no follow-up.
 *
 * Legal basis: the winning share of the whole electorate (NQLT
 * 09/2008/NQLT-CP-UBTWMTTQVN Điều 8; Luật 10/2022/QH15 Điều 21 khoản 1,
 * both confirmed); that a contradictory record with no possible winner is
 * followed up as having no winner is the December 2026 audit's reading, not a
 * text (UNCONFIRMED).
 *
 * @example
 * // 361 households, 200 present, A 150 + B 100 votes (250 > 200) → inconsistent, 'procedure.count.no-winner-on-any-reading', re-run steps
 */
export const noWinnerOnAnyReading = defineRule<MeetingRecord, { readonly threshold: Fraction }, MeetingContext>({
  id: 'PROC.COUNT.NO_WINNER_ON_ANY_READING',
  kind: 'legal',
  summary: 'A contradictory count on which nobody can have won is followed up as a meeting without a winner.',
  citations: [
    { document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', confidence: 'confirmed', note: 'Until 30/06/2023: the winning share of the whole electorate.' },
    { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: 'From 01/07/2023: more than 50% of all household representatives.' },
    { document: '59/2023/NĐ-CP', article: '3', clause: '5', point: 'd', confidence: 'unconfirmed', note: 'No text addresses a contradictory count; following it up as a meeting without a winner is the December 2026 audit\'s reading.' },
  ],
  confidence: 'unconfirmed',
  from: '2008-04-17',
  to: null,
  params: { threshold: ONE_HALF },
  codes: ['procedure.count.no-winner-on-any-reading'],
  check: (record, p, context) => {
    if (context.outcome !== 'inconsistent' || context.purpose !== 'election') return { status: 'not-applicable' };
    const failed = context.failedRules ?? [];
    if (failed.length !== 1 || failed[0] !== countConsistency.id) return { status: 'not-applicable' };
    const candidates = record.candidates ?? [];
    if (candidates.length === 0) return { status: 'not-applicable' };
    const errors = checkCountRecord({
      total: record.totalElectorate, present: record.present, mode: record.votingMode, ballots: record.ballots, options: voteOptions(record), kind: 'candidates',
    }).filter((i) => i.severity === 'error');
    if (errors.length === 0 || !errors.every((i) => FIGURES.has(i.code))) return { status: 'not-applicable' };
    const total = record.totalElectorate;
    const most = mostVotesOnAnyReading(candidates);
    if (exceedsFraction(most, total, p.threshold)) return { status: 'not-applicable' };
    return {
      status: 'pass',
      findings: [
        {
          code: 'procedure.count.no-winner-on-any-reading',
          severity: 'warning',
          params: { votes: most, total, percent: percentOf(most, total), required: percentOf(p.threshold.numerator, p.threshold.denominator) },
        },
      ],
    };
  },
});
