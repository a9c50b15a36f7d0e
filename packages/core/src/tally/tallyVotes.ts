import type { VoteOption } from './checkCountRecord';
import { exceedsFraction, type Fraction } from './fraction';
import { percentOf } from './percentOf';

/** What {@link tallyVotes} counts. */
export interface TallyInput {
  /** The whole electorate of the unit: the base of every share. */
  readonly total: number;
  readonly present: number;
  readonly options: readonly VoteOption[];
  /**
   * Attendance needed, as a share of `total` that must be exceeded; `null`
   * when attendance is not a condition (a ballot taken to each household:
   * its result is measured against all households, whoever replied).
   */
  readonly quorum: Fraction | null;
  /** Votes needed, as a share of `total` that must be exceeded. */
  readonly threshold: Fraction;
}

/** One option's result: its votes and its share of the whole electorate. */
export interface OptionResult {
  readonly name: string;
  readonly votes: number;
  /** Votes as a percentage of `total` (not of those present, not of valid ballots), 2 decimals. */
  readonly percent: number;
  readonly reachesThreshold: boolean;
}

/** The count of one vote. */
export interface TallyResult {
  readonly total: number;
  readonly present: number;
  /** `present` as a percentage of `total`, 2 decimals. */
  readonly presentPercent: number;
  readonly quorumMet: boolean;
  /** In input order. */
  readonly options: readonly OptionResult[];
  /** Indices of the options whose votes exceed the threshold (more than one means the record is inconsistent). */
  readonly aboveThreshold: readonly number[];
  /** Indices of the options with the most votes (several on a tie; empty without options). */
  readonly top: readonly number[];
  /** Index of the one option that wins: quorum met (or not required) and exactly one option above the threshold; otherwise `null`. */
  readonly winner: number | null;
}

/**
 * Counts a vote the way the rules for Trưởng thôn / Tổ trưởng tổ dân phố do:
 * the meeting counts only when attendance exceeds the quorum share of the
 * whole electorate (unless `quorum` is `null`), and an option wins only when
 * its votes exceed the threshold share of the **whole electorate** of the
 * unit, not of those present and not of the valid ballots. Generic: the
 * shares are parameters, chosen by `@truongthon/rules` from the regime in
 * force. `total` must be positive.
 *
 * Legal basis (of the usual parameters, one half each): NQLT
 * 09/2008/NQLT-CP-UBTWMTTQVN Điều 8 ("trên 50% số phiếu bầu hợp lệ so với
 * tổng số cử tri hoặc cử tri đại diện hộ gia đình").
 *
 * @example
 * tallyVotes({ total: 361, present: 300, options: [{ name: 'A', votes: 159 }, { name: 'B', votes: 120 }], quorum: ONE_HALF, threshold: ONE_HALF })
 * // { quorumMet: true, winner: null, options: [{ name: 'A', votes: 159, percent: 44.04, reachesThreshold: false }, …], … }
 */
export function tallyVotes(input: TallyInput): TallyResult {
  const { total, present } = input;
  if (!(total > 0)) throw new RangeError(`total must be positive, got ${total}`);
  const quorumMet = input.quorum === null || exceedsFraction(present, total, input.quorum);
  const options: OptionResult[] = [];
  const aboveThreshold: number[] = [];
  let top: number[] = [];
  let best = -1;
  input.options.forEach((option, index) => {
    const reachesThreshold = exceedsFraction(option.votes, total, input.threshold);
    options.push({ name: option.name, votes: option.votes, percent: percentOf(option.votes, total) as number, reachesThreshold });
    if (reachesThreshold) aboveThreshold.push(index);
    if (option.votes > best) {
      best = option.votes;
      top = [index];
    } else if (option.votes === best) top.push(index);
  });
  const winner = quorumMet && aboveThreshold.length === 1 ? (aboveThreshold[0] as number) : null;
  return { total, present, presentPercent: percentOf(present, total) as number, quorumMet, options, aboveThreshold, top, winner };
}
