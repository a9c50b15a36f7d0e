import { isIsoDate, type IsoDate, type Rule } from '@truongthon/core';
import { candidates } from './candidates';
import type { MeetingContext, MeetingRecord } from './context';
import { choThoiLamCommuneDecision2023 } from './communeDecision';
import { countConsistency, noWinnerOnAnyReading } from './countConsistency';
import { decisionSent2023 } from './decisionSent';
import { electionGroup2023 } from './electionGroup';
import { householdBallot2008, householdBallot2023 } from './householdBallot';
import { interim2008, interim2023, interimAfterChoThoiLam2023 } from './interim';
import { motion } from './motion';
import { newElection } from './newElection';
import { procedureNotEncoded2005 } from './notEncoded';
import { preparation } from './preparation';
import { quorum2008, quorum2023 } from './quorum';
import { choThoiLamRecognition2023, recognition } from './recognition';
import { rerun } from './rerun';
import { transition2023 } from './transition';
import { votingUnit2023 } from './votingUnit';
import { win } from './winner';

/**
 * The procedure rules of one period, by role, where the period has its own
 * (the rules that read a dated law parameter serve both periods and are not
 * listed here: `preparation`, `candidates`, `win`, `motion`, `recognition`,
 * `rerun`, `newElection`). The election procedure changed
 * on 01/07/2023 (Luật 10/2022/QH15, then Nghị định 59/2023/NĐ-CP); regimes
 * R2008, R2017 and R2018 share NQLT 09/2008, R2023 and R2025 share ND 59/2023.
 *
 * Where the texts changed a number (or a name) and kept the test, one rule
 * reads a dated law parameter: the preparation deadlines `PROC.PREP` (NĐ
 * 59/2023 Điều 6 added the public notice), the size of the Front's list
 * `PROC.CANDIDATES`, the winning share `PROC.WIN`, the motion `PROC.MOTION`
 * (miễn nhiệm and bãi nhiệm became cho thôi làm, carried by the same share),
 * the recognition deadline `PROC.RECOGNITION`, the re-run `PROC.RERUN`, the
 * new election `PROC.NEW_ELECTION`. Where the test itself changed, each period keeps its
 * rule: under NQLT 09/2008 Điều 8 khoản 1 attendance above one half is a
 * condition of the meeting, which otherwise cannot decide (`invalid-meeting`);
 * Luật 10/2022 has no separate quorum — a meeting too few household
 * representatives attend cannot reach the share of Điều 21 khoản 1, and
 * ballots go to each household instead (Điều 17 khoản 2, Điều 19 khoản 1
 * điểm b; Nghị định 59/2023 Điều 4 khoản 1 điểm b), so the quorum and the
 * household-ballot rules differ in what follows, not in a number; and the
 * interim leader after a carried cho thôi làm is chosen by the UBND cấp xã
 * with the UBMTTQ cấp xã, with no cap (Nghị định 59/2023 Điều 9 khoản 3),
 * where NQLT 09/2008 had one interim rule for a failed re-run and a carried
 * dismissal or removal.
 */
export interface ProcedureSet {
  readonly id: 'NQLT-09/2008' | 'ND-59/2023';
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly quorum: typeof quorum2008;
  /** The interim appointment after a failed re-run. */
  readonly interim: typeof interim2008;
  /** The interim appointment after a carried dismissal / removal / cho thôi làm. */
  readonly interimAfterMotion: typeof interim2008;
  /** The recognition of a carried motion, where a text sets it (`null`: not encoded). */
  readonly motionRecognition: typeof choThoiLamRecognition2023 | null;
  /** The meeting's decision sent to the commune, where a text sets it. */
  readonly decisionSent: typeof decisionSent2023 | null;
  /** The commune's decision on a motion the meeting did not carry, where a text sets it. */
  readonly communeDecision: typeof choThoiLamCommuneDecision2023 | null;
}

/** The two encoded procedure periods, oldest first. Before 17/04/2008 the procedure is not encoded. */
export const PROCEDURE_SETS: readonly ProcedureSet[] = [
  {
    id: 'NQLT-09/2008', from: '2008-04-17', to: '2023-06-30', quorum: quorum2008,
    interim: interim2008, interimAfterMotion: interim2008, motionRecognition: null, decisionSent: null, communeDecision: null,
  },
  {
    id: 'ND-59/2023', from: '2023-07-01', to: null, quorum: quorum2023,
    interim: interim2023, interimAfterMotion: interimAfterChoThoiLam2023, motionRecognition: choThoiLamRecognition2023,
    decisionSent: decisionSent2023, communeDecision: choThoiLamCommuneDecision2023,
  },
];

/**
 * The procedure in force for a meeting on `date`, or `undefined` when it is
 * not encoded (before 17/04/2008) or `date` is not a real `YYYY-MM-DD` day
 * (never throws).
 *
 * @example
 * procedureSetOn('2023-06-30')?.id // 'NQLT-09/2008'
 * procedureSetOn('2023-07-01')?.id // 'ND-59/2023'
 */
export function procedureSetOn(date: IsoDate): ProcedureSet | undefined {
  if (!isIsoDate(date)) return undefined;
  return PROCEDURE_SETS.find((s) => date >= s.from && (s.to === null || date <= s.to));
}

/** Rules that judge whether the meeting and its record can be counted at all (run first). */
export const VALIDITY_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [
  procedureNotEncoded2005,
  transition2023,
  countConsistency,
  votingUnit2023,
  candidates,
  electionGroup2023,
  preparation,
  householdBallot2008,
  householdBallot2023,
  quorum2008,
  quorum2023,
];

/**
 * Rules that read an `inconsistent` record (run only then, after the
 * validity rules, with the ids of those that failed).
 */
export const READING_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [noWinnerOnAnyReading];

/** Rules that count the vote (run only on a valid meeting with a consistent record). */
export const RESULT_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [win, motion];

/** Rules that judge the meeting itself: validity, then the count. */
export const MEETING_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [...VALIDITY_RULES, ...RESULT_RULES];

/** Rules that say what follows the outcome (decision sent, recognition, re-run, interim leader, new election, the commune's decision). */
export const FOLLOW_UP_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [
  decisionSent2023,
  recognition,
  choThoiLamRecognition2023,
  rerun,
  interim2008,
  interim2023,
  interimAfterChoThoiLam2023,
  newElection,
  choThoiLamCommuneDecision2023,
];

/** Every procedure rule, for listings. */
export const PROCEDURE_RULES: readonly Rule<MeetingRecord, any, MeetingContext>[] = [...MEETING_RULES, ...READING_RULES, ...FOLLOW_UP_RULES];
