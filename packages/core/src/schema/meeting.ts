import * as z from 'zod/mini';
import { isoDateSchema, textSchema } from './primitives';

/** Input-issue codes of the meeting schema, besides the common `input.*` codes. */
export const MEETING_INPUT_CODES = [
  'input.not-a-count',
  'input.not-positive-count',
  'input.not-allowed-for-purpose',
  'input.date-after-meeting',
  'input.date-before-meeting',
] as const;

/** A head count (số người, số phiếu): a whole number, 0 or more. */
export const countSchema = z.number().check(
  z.refine((value) => Number.isSafeInteger(value) && value >= 0, { params: { code: 'input.not-a-count' } }),
);

/** A head count that must be at least 1 (the electorate of a unit). */
export const positiveCountSchema = z.number().check(
  z.refine((value) => Number.isSafeInteger(value) && value >= 1, { params: { code: 'input.not-positive-count' } }),
);

/**
 * How a vote was taken: at the meeting (`show_of_hands`, `secret_ballot`) or
 * by ballots taken to each household (`household_ballot`, from 01/07/2023).
 */
const VOTING_MODES = ['show_of_hands', 'secret_ballot', 'household_ballot'] as const;

const optionalCount = z.optional(z.nullable(countSchema));
const optionalDate = z.optional(z.nullable(isoDateSchema));

/** A person on the ballot, with the votes the count record gives them. */
export const meetingCandidateSchema = z.strictObject({
  /** Họ và tên (NFC, trimmed). */
  name: textSchema(200),
  /** Số phiếu bầu (or raised hands) for this person. */
  votes: countSchema,
  /**
   * Who proposed them: the Ban công tác Mặt trận's list agreed with the chi
   * ủy (`front_committee`), self-nomination (`self`), or nomination by others
   * at the meeting (`meeting`).
   */
  nominatedBy: z.optional(z.nullable(z.enum(['front_committee', 'self', 'meeting']))),
});

/** Ballot figures of the count record (biên bản kiểm phiếu); expected for a secret ballot. */
export const ballotCountsSchema = z.strictObject({
  /** Số phiếu phát ra. */
  issued: optionalCount,
  /** Số phiếu thu vào. */
  returned: optionalCount,
  /** Số phiếu hợp lệ. */
  valid: optionalCount,
  /** Số phiếu không hợp lệ. */
  invalid: optionalCount,
});

/** The vote on a motion to dismiss, remove or cho thôi làm a sitting leader. */
export const motionVoteSchema = z.strictObject({
  /** The leader concerned. */
  subject: z.optional(z.nullable(textSchema(200))),
  /** Votes in favour of the motion. */
  votesFor: countSchema,
  /** Votes against (optional; used only for consistency checks). */
  votesAgainst: optionalCount,
});

/** The dates the preparation steps were actually taken, where known (to check them against the deadlines). */
export const preparationDatesSchema = z.strictObject({
  /** Decision announcing the election and its plan (kế hoạch). */
  planOn: optionalDate,
  /**
   * Candidate list agreed by the Ban công tác Mặt trận with the chi ủy; from
   * 01/07/2023, the day its minutes (biên bản, Mẫu 05) were sent to the UBND
   * cấp xã (Nghị định 59/2023/NĐ-CP Điều 6 khoản 2).
   */
  candidateListOn: optionalDate,
  /** Decision forming the election group (tổ bầu cử). */
  electionGroupOn: optionalDate,
  /** Public notice (niêm yết, thông báo) of the decisions. */
  publicNoticeOn: optionalDate,
});

const PREPARATION_KEYS = ['planOn', 'candidateListOn', 'electionGroupOn', 'publicNoticeOn'] as const;

const meetingFields = z.strictObject({
  /** Your own identifier for the record. */
  id: z.optional(textSchema(100)),
  /** Ngày họp bầu (the community meeting), `YYYY-MM-DD`: chooses the regime. */
  electionDate: isoDateSchema,
  /** Province code or name, read on `electionDate` (for provincial parameters such as the recognition deadline). */
  province: z.optional(z.nullable(textSchema(100))),
  /** The thôn / tổ dân phố. */
  unit: z.strictObject({
    code: z.optional(z.nullable(textSchema(50))),
    name: textSchema(200),
    kind: z.optional(z.nullable(z.enum(['thon', 'to_dan_pho']))),
  }),
  /** `first` (bầu lần đầu) or `rerun` (bầu lại after no one won). Default `first`. */
  round: z.optional(z.enum(['first', 'rerun'])),
  /**
   * `election` (bầu), `dismissal` (miễn nhiệm), `removal` (bãi nhiệm), or
   * `cho-thoi-lam` (the single procedure replacing both from 2023). Default `election`.
   */
  purpose: z.optional(z.enum(['election', 'dismissal', 'removal', 'cho-thoi-lam'])),
  /** What one vote is: a voter (cử tri) or a household representative (cử tri đại diện hộ gia đình). */
  electorateBase: z.enum(['voters', 'households']),
  /** The whole electorate of the unit on that base (tổng số cử tri / hộ): the base of every share. */
  totalElectorate: positiveCountSchema,
  /**
   * Those present (số cử tri / đại diện hộ tham dự). For a `household_ballot`:
   * the households whose ballot came back (số hộ tham gia ý kiến); attendance
   * is then not a condition.
   */
  present: countSchema,
  /**
   * How the vote was taken. At the community meeting: biểu quyết giơ tay
   * (`show_of_hands`) or bỏ phiếu kín (`secret_ballot`), as the meeting
   * decided. Or, from 01/07/2023, by ballots taken to each household
   * (`household_ballot`, phát phiếu lấy ý kiến tới từng hộ gia đình) after a
   * meeting that too few household representatives attended to reach the
   * threshold (Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 17 khoản 2,
   * Điều 19 khoản 1 điểm b; Nghị định 59/2023/NĐ-CP Điều 4 khoản 1 điểm b):
   * the record is then the count of those ballots (Mẫu 04), measured against
   * all households of the unit.
   */
  votingMode: z.enum(VOTING_MODES),
  ballots: z.optional(z.nullable(ballotCountsSchema)),
  /** Required for an election (an empty list is read, and reported as inconsistent). */
  candidates: z.optional(z.nullable(z.array(meetingCandidateSchema))),
  /** Required for a dismissal, removal or cho thôi làm. */
  motion: z.optional(z.nullable(motionVoteSchema)),
  /** Names of the election group (tổ bầu cử) members, to detect a member who is also a candidate. */
  electionGroup: z.optional(z.nullable(z.array(textSchema(200)))),
  /** For a re-run: the date of the first round. */
  firstRoundDate: optionalDate,
  /** The day the UBND cấp xã received the result (recognition deadlines run from it); default the meeting date. */
  receivedOn: optionalDate,
  /** The day the UBND cấp xã recognised a cho thôi làm (the new-election deadline runs from it). */
  recognizedOn: optionalDate,
  preparation: z.optional(z.nullable(preparationDatesSchema)),
});

/**
 * The record of one community meeting (hội nghị) of a thôn / tổ dân phố that
 * elected a leader or voted on dismissing, removing or cho thôi làm one, as
 * its count record (biên bản kiểm phiếu) states it. Text is NFC. Dates are
 * checked for order (preparation before the meeting, receipt not before it);
 * the figures are checked against each other later, by the tally, which
 * reports disagreements as findings rather than input errors.
 *
 * Fields follow NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8 (the count record:
 * total electorate, present, ballots issued, returned, valid, invalid, votes
 * per candidate) and Nghị định 59/2023/NĐ-CP Điều 6 (election group).
 *
 * @example
 * parseInput(meetingRecordSchema, {
 *   electionDate: '2021-01-10', unit: { name: 'Tổ dân phố 1' }, electorateBase: 'households',
 *   totalElectorate: 361, present: 300, votingMode: 'secret_ballot',
 *   ballots: { issued: 300, returned: 300, valid: 290, invalid: 10 },
 *   candidates: [{ name: 'Nguyễn Văn An', votes: 159 }, { name: 'Trần Thị Bình', votes: 131 }],
 * }).ok // true
 */
export const meetingRecordSchema = meetingFields.check(
  z.superRefine((record, ctx) => {
    const issue = (path: PropertyKey[], code: string) =>
      ctx.issues.push({ code: 'custom', path, params: { code }, message: code, input: undefined });
    const purpose = record.purpose ?? 'election';
    if (purpose === 'election') {
      if (record.candidates == null) issue(['candidates'], 'input.required');
      if (record.motion != null) issue(['motion'], 'input.not-allowed-for-purpose');
    } else {
      if (record.motion == null) issue(['motion'], 'input.required');
      if (record.candidates != null && record.candidates.length > 0) issue(['candidates'], 'input.not-allowed-for-purpose');
    }
    if (record.firstRoundDate != null && record.firstRoundDate > record.electionDate) issue(['firstRoundDate'], 'input.date-after-meeting');
    if (record.receivedOn != null && record.receivedOn < record.electionDate) issue(['receivedOn'], 'input.date-before-meeting');
    if (record.recognizedOn != null && record.recognizedOn < record.electionDate) issue(['recognizedOn'], 'input.date-before-meeting');
    const prep = record.preparation;
    if (prep) {
      for (const key of PREPARATION_KEYS) {
        const date = prep[key];
        if (date != null && date > record.electionDate) issue(['preparation', key], 'input.date-after-meeting');
      }
    }
  }),
);

/** A meeting record as accepted by {@link meetingRecordSchema} (input side). */
export type MeetingRecordInput = z.input<typeof meetingRecordSchema>;
/** A meeting record after parsing. */
export type MeetingRecord = z.output<typeof meetingRecordSchema>;
/** A candidate line of a meeting record, after parsing. */
export type MeetingCandidate = z.output<typeof meetingCandidateSchema>;
/** What the meeting voted on. */
export type MeetingPurpose = NonNullable<MeetingRecord['purpose']>;
/** First round or re-run. */
export type MeetingRound = NonNullable<MeetingRecord['round']>;
