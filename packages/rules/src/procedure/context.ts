import type { Citation, Confidence, IsoDate, MeetingPurpose, MeetingRecord, MeetingRound, TallyResult, WorkingCalendarOptions } from '@truongthon/core';
import type { OverlayRegistry } from '../provinces/index';
import type { RegimeId } from '../regimes/index';

export type { MeetingRecord };

/** What a meeting ends in. */
export type MeetingOutcome =
  /** One candidate has more than half of the whole electorate; recognition follows. */
  | 'elected'
  /** Nobody has more than half of the whole electorate: a re-run (or, after a failed re-run, an interim leader). */
  | 'no-winner'
  /** A dismissal / removal / cho thôi làm motion has more than half of the whole electorate. */
  | 'carried'
  /** The motion does not. */
  | 'not-carried'
  /** Attendance did not exceed half of the whole electorate (NQLT 09/2008): the meeting could not decide. */
  | 'invalid-meeting'
  /**
   * From 01/07/2023: no more than half of the unit's household representatives
   * attended, so the meeting could not reach the threshold; the law sends a
   * ballot to each household instead (phát phiếu lấy ý kiến; Luật 10/2022
   * Điều 17 khoản 2, Điều 19 khoản 1 điểm b). Not an invalid meeting.
   */
  | 'household-ballot-required'
  /**
   * The record contradicts itself or the rules of its regime: no result is
   * given. When the figures contradict each other but nobody can have been
   * elected on any reading of them, the steps of `no-winner` still follow
   * (`MeetingResult.followUpAs`).
   */
  | 'inconsistent'
  /** The rules of the period are not encoded, or a rule could not run. */
  | 'undetermined'
  /** The input could not be read (see `issues`). */
  | 'invalid';

/** What procedure rules see besides the record. */
export interface MeetingContext {
  readonly date: IsoDate;
  readonly regime: RegimeId;
  readonly purpose: MeetingPurpose;
  readonly round: MeetingRound;
  /** Province code on `date`, when known. */
  readonly provinceCode: string | null;
  readonly overlays: OverlayRegistry;
  readonly calendar: WorkingCalendarOptions | undefined;
  /** The count, with the quorum and threshold of the regime; `null` when the regime's procedure is not encoded. */
  readonly tally: TallyResult | null;
  /** Set for the rules that run after the outcome is known (recognition, re-run, interim, new election). */
  readonly outcome?: MeetingOutcome;
  /**
   * The outcome whose steps follow, when it is not `outcome` itself: `no-winner`
   * for an `inconsistent` record on which nobody can have been elected.
   */
  readonly followUpAs?: MeetingOutcome;
  /** Set after the validity rules ran: the ids of those that failed (for the rules that read an inconsistent record). */
  readonly failedRules?: readonly string[];
}

/** The outcome whose consequences the follow-up rules give: `followUpAs` when set, else `outcome`. */
export function followUpOutcome(context: MeetingContext): MeetingOutcome | undefined {
  return context.followUpAs ?? context.outcome;
}

/** Steps of the procedure, by id. */
export type StepId =
  | 'plan'
  | 'candidate-list'
  | 'election-group'
  | 'public-notice'
  | 'meeting'
  /** The meeting's decision (Mẫu 03) sent to the UBND cấp xã. */
  | 'decision-sent'
  /** Ballots taken to each household after a meeting too few attended. */
  | 'household-ballot'
  | 'recognition'
  | 'rerun'
  | 'interim-appointment'
  | 'new-election-decision'
  /** The commune decides a cho thôi làm the meeting could not agree on. */
  | 'commune-decision';

/** How a step's date is reckoned. */
export type StepBasis =
  /** At least `days` calendar days before `from` (the meeting): `date` is the last allowed day. */
  | { readonly kind: 'calendar-days-before'; readonly days: number; readonly from: IsoDate }
  /** Within `days` calendar days after `from`: `date` is the last allowed day (`null` with `from` when the starting day is not known yet). */
  | { readonly kind: 'calendar-days-after'; readonly days: number; readonly from: IsoDate | null }
  /** Within `days` working days after `from` (day of receipt not counted): `date` is the last allowed day. */
  | { readonly kind: 'working-days-after'; readonly days: number; readonly from: IsoDate }
  /** The meeting itself. */
  | { readonly kind: 'meeting-day'; readonly from: IsoDate }
  /** No text read sets the deadline: `date` is `null`. */
  | { readonly kind: 'not-set' };

/**
 * One step of the election procedure with its date: for preparation steps
 * and deadlines, the **last allowed day**; for the meeting, its day. `null`
 * when no text read sets it (see `basis`). `condition` says when the step
 * applies at all.
 */
export interface ProcedureStep {
  readonly id: StepId;
  readonly date: IsoDate | null;
  readonly basis: StepBasis;
  /**
   * `always`, or only if nobody wins, only if a re-run also fails, only if a
   * motion is carried, only if too few attend to reach the threshold (from
   * 01/07/2023), only if a cho thôi làm is not carried.
   */
  readonly condition: 'always' | 'no-winner' | 'rerun-failed' | 'motion-carried' | 'quorum-not-met' | 'motion-not-carried';
  /** The rule that sets the step. */
  readonly ruleId: string;
  readonly citations: readonly Citation[];
  /** How sure the date's basis is (the lowest confidence of its citations). */
  readonly confidence: Confidence;
  /** For an interim appointment: the longest it may last, where a text sets it. */
  readonly maxMonths?: number | null;
}

const ORDER: Record<Confidence, number> = { unconfirmed: 0, secondary: 1, confirmed: 2 };

/** The lowest confidence among citations, or among values that each carry a confidence (`confirmed` when there are none). */
export function lowestConfidence(citations: readonly Pick<Citation, 'confidence'>[]): Confidence {
  let out: Confidence = 'confirmed';
  for (const c of citations) if (ORDER[c.confidence] < ORDER[out]) out = c.confidence;
  return out;
}

/** The vote options of a record: its candidates, or "for" (and "against", when given) a motion. */
export function voteOptions(record: MeetingRecord): { name: string; votes: number }[] {
  if ((record.purpose ?? 'election') === 'election') return (record.candidates ?? []).map((c) => ({ name: c.name, votes: c.votes }));
  const motion = record.motion;
  if (!motion) return [];
  const out = [{ name: 'for', votes: motion.votesFor }];
  if (motion.votesAgainst != null) out.push({ name: 'against', votes: motion.votesAgainst });
  return out;
}
