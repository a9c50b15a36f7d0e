import type { FindingParam, Severity } from '../engine/finding';
import type { TallyResult } from './tallyVotes';

/** One option of a vote: a candidate, or "for" / "against" a motion. */
export interface VoteOption {
  readonly name: string;
  readonly votes: number;
}

/** Ballot figures of a count record (biên bản kiểm phiếu); any may be unknown. */
export interface BallotFigures {
  /** Số phiếu phát ra. */
  readonly issued?: number | null;
  /** Số phiếu thu vào. */
  readonly returned?: number | null;
  /** Số phiếu hợp lệ. */
  readonly valid?: number | null;
  /** Số phiếu không hợp lệ. */
  readonly invalid?: number | null;
}

/** The figures of one count record, as whole numbers. */
export interface CountFigures {
  /** The whole electorate of the unit (voters or household representatives). */
  readonly total: number;
  /**
   * Those present at the meeting; for a ballot taken to each household
   * (`household_ballot`), the households whose ballot came back.
   */
  readonly present: number;
  /**
   * How the vote was taken: at the meeting (`show_of_hands`, `secret_ballot`),
   * or by a ballot taken to each household (`household_ballot`, phát phiếu lấy
   * ý kiến), where ballots are issued to every household of the unit rather
   * than to those present.
   */
  readonly mode: 'show_of_hands' | 'secret_ballot' | 'household_ballot';
  readonly ballots?: BallotFigures | null;
  readonly options: readonly VoteOption[];
  /** `candidates` (an election: names must differ, at least one) or `motion` (for / against). */
  readonly kind: 'candidates' | 'motion';
}

/** A coded problem in a count record. */
export interface CountIssue {
  readonly code: (typeof TALLY_CODES)[number];
  readonly severity: Severity;
  readonly params: Readonly<Record<string, FindingParam>>;
  /** The field of a meeting record the issue is about (`present`, `ballots.valid`, `candidates.1.votes`, `motion.votesFor`…). */
  readonly path: string;
}

/** The codes of figures that contradict each other (not a missing, duplicate or surplus candidate). */
export const FIGURE_CODES = [
  'tally.present-exceeds-total',
  'tally.issued-exceeds-present',
  'tally.issued-exceeds-total',
  'tally.returned-exceeds-issued',
  'tally.returned-exceeds-present',
  'tally.valid-invalid-mismatch',
  'tally.votes-exceed-valid',
  'tally.total-votes-exceed-valid',
  'tally.votes-exceed-present',
  'tally.total-votes-exceed-present',
] as const;

/**
 * Every code of a count problem: those {@link checkCountRecord} produces, plus
 * `tally.multiple-winners` and `tally.tie-at-top`, which callers derive from a
 * {@link TallyResult} (`aboveThreshold`, `top`).
 */
export const TALLY_CODES = [
  ...FIGURE_CODES,
  'tally.duplicate-candidate',
  'tally.no-candidates',
  'tally.ballots-missing',
  'tally.multiple-winners',
  'tally.tie-at-top',
] as const;

const sameName = (name: string): string => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * Checks that the figures of a count record agree with each other, and
 * returns every disagreement as a coded issue (empty when none):
 * - more present than the whole electorate (`tally.present-exceeds-total`);
 * - ballots: more issued than present (for a household ballot: than the
 *   households of the unit, `tally.issued-exceeds-total`), more returned than
 *   issued (or than present when the number issued is unknown),
 *   valid + invalid ≠ returned;
 * - votes: an option with more votes than valid ballots or than people
 *   present, or all options together with more (each person has one vote:
 *   one post is elected, so a ballot marking two names is invalid; the same
 *   for a show of hands);
 * - an election with no candidate, or with the same name twice;
 * - a secret or household ballot whose valid-ballot figure is missing (`warning`).
 *
 * Legal basis: the count record lists total electorate, present, ballots
 * issued, returned, valid, invalid, and each candidate's votes (NQLT
 * 09/2008/NQLT-CP-UBTWMTTQVN Điều 8). That a ballot may name only one
 * person is the rule of Vietnamese elections for one seat, applied by analogy
 * (no text read says it for thôn elections). A household ballot goes to every
 * household of the unit (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 19
 * khoản 1 điểm b; Nghị định 59/2023/NĐ-CP Điều 4 khoản 1 điểm b), so its
 * ballots are bounded by the unit's households, not by an attendance.
 *
 * @example
 * checkCountRecord({ total: 361, present: 400, mode: 'show_of_hands', options: [{ name: 'A', votes: 159 }], kind: 'candidates' })
 * // [{ code: 'tally.present-exceeds-total', severity: 'error', params: { present: 400, total: 361 }, path: 'present' }]
 */
export function checkCountRecord(figures: CountFigures): CountIssue[] {
  const issues: CountIssue[] = [];
  const { total, present, options } = figures;
  const motion = figures.kind === 'motion';
  const optionPath = (index: number, field: 'votes' | 'name'): string =>
    motion ? (index === 0 ? 'motion.votesFor' : 'motion.votesAgainst') : `candidates.${index}.${field}`;
  const all = motion ? 'motion' : 'candidates';
  const ballots = figures.ballots ?? {};
  const issued = ballots.issued ?? null;
  const returned = ballots.returned ?? null;
  const valid = ballots.valid ?? null;
  const invalid = ballots.invalid ?? null;

  if (present > total) issues.push({ code: 'tally.present-exceeds-total', severity: 'error', params: { present, total }, path: 'present' });
  const householdBallot = figures.mode === 'household_ballot';
  if (issued !== null && householdBallot && issued > total) issues.push({ code: 'tally.issued-exceeds-total', severity: 'error', params: { issued, total }, path: 'ballots.issued' });
  if (issued !== null && !householdBallot && issued > present) issues.push({ code: 'tally.issued-exceeds-present', severity: 'error', params: { issued, present }, path: 'ballots.issued' });
  if (returned !== null && issued !== null && returned > issued) issues.push({ code: 'tally.returned-exceeds-issued', severity: 'error', params: { returned, issued }, path: 'ballots.returned' });
  if (returned !== null && issued === null && returned > present) issues.push({ code: 'tally.returned-exceeds-present', severity: 'error', params: { returned, present }, path: 'ballots.returned' });
  if (returned !== null && valid !== null && invalid !== null && valid + invalid !== returned) {
    issues.push({ code: 'tally.valid-invalid-mismatch', severity: 'error', params: { valid, invalid, returned }, path: 'ballots.valid' });
  }
  if (figures.mode !== 'show_of_hands' && valid === null) {
    issues.push({ code: 'tally.ballots-missing', severity: 'warning', params: { missing: 'valid' }, path: 'ballots.valid' });
  }

  if (figures.kind === 'candidates') {
    if (options.length === 0) issues.push({ code: 'tally.no-candidates', severity: 'error', params: {}, path: 'candidates' });
    const seen = new Set<string>();
    options.forEach((option, index) => {
      const key = sameName(option.name);
      if (seen.has(key)) issues.push({ code: 'tally.duplicate-candidate', severity: 'error', params: { name: option.name }, path: optionPath(index, 'name') });
      seen.add(key);
    });
  }

  let sum = 0;
  let overValid = false;
  let overPresent = false;
  options.forEach((option, index) => {
    sum += option.votes;
    if (valid !== null && option.votes > valid) {
      overValid = true;
      issues.push({ code: 'tally.votes-exceed-valid', severity: 'error', params: { name: option.name, votes: option.votes, valid }, path: optionPath(index, 'votes') });
    }
    if (option.votes > present) {
      overPresent = true;
      issues.push({ code: 'tally.votes-exceed-present', severity: 'error', params: { name: option.name, votes: option.votes, present }, path: optionPath(index, 'votes') });
    }
  });
  if (!overValid && valid !== null && sum > valid) issues.push({ code: 'tally.total-votes-exceed-valid', severity: 'error', params: { votes: sum, valid }, path: all });
  if (!overPresent && sum > present) issues.push({ code: 'tally.total-votes-exceed-present', severity: 'error', params: { votes: sum, present }, path: all });
  return issues;
}

/**
 * The most votes any one person has on the count record, reading two lines
 * with the same name (compared as {@link checkCountRecord} compares them:
 * NFC, spacing and case ignored) as one person: the highest vote count that
 * any reading of a contradictory record can give a candidate, when only the
 * attendance and ballot figures, or the candidates' own figures being too
 * high, can be wrong. 0 without options.
 *
 * @example
 * mostVotesOnAnyReading([{ name: 'A', votes: 30 }, { name: 'B', votes: 40 }, { name: ' a', votes: 25 }]) // 55
 */
export function mostVotesOnAnyReading(options: readonly VoteOption[]): number {
  const byName = new Map<string, number>();
  let most = 0;
  for (const option of options) {
    const key = sameName(option.name);
    const votes = (byName.get(key) ?? 0) + option.votes;
    byName.set(key, votes);
    if (votes > most) most = votes;
  }
  return most;
}
