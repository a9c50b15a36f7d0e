import { type Fraction, type MeetingPurpose, ONE_HALF } from '@truongthon/core';
import { defineParameter, type LawParameter } from '../law/parameter';
import type { SourceCitation } from '../sources';
import type { CandidateListSize } from './candidates';
import type { PreparationStep } from './preparation';

/**
 * PROC.INTERIM_MAX_MONTHS: the longest an interim (lâm thời) Trưởng thôn /
 * Tổ trưởng tổ dân phố appointed by the commune may serve, in months counted
 * from the appointment decision.
 *
 * - From 01/03/2018 to 25/05/2026, **6 months**: on a new unit or a vacancy
 *   the Chủ tịch UBND cấp xã appoints an interim head (TT 04/2012/TT-BNV
 *   Điều 12 khoản 2 điểm a, as rewritten first by TT 09/2017/TT-BNV from
 *   01/03/2018, then by TT 14/2018/TT-BNV; consolidated as 08/VBHN-BNV).
 * - From 26/05/2026, **6 months**: on establishment, rearrangement or a
 *   vacancy the UBND cấp xã appoints an interim head "cho đến khi bầu được …
 *   trong thời hạn không quá 06 tháng kể từ ngày có quyết định chỉ định"
 *   (Nghị định 185/2026/NĐ-CP Điều 4 khoản 2; secondary: read in a public
 *   copy of the text, to be checked against Công báo).
 *
 * Before 01/03/2018 no text read sets a cap: the parameter has no value.
 *
 * @example
 * parameterOn(INTERIM_MAX_MONTHS, '2026-07-01')?.value // 6 (Nghị định 185/2026 Điều 4 khoản 2)
 * parameterOn(INTERIM_MAX_MONTHS, '2017-06-01')        // undefined
 */
export const INTERIM_MAX_MONTHS = defineParameter<number>({
  id: 'PROC.INTERIM_MAX_MONTHS',
  area: 'procedure',
  summary: 'Longest term of an interim head appointed by the commune, in months from the appointment decision.',
  values: [
    {
      from: '2018-03-01',
      to: '2026-05-25',
      value: 6,
      citations: [
        {
          document: '04/2012/TT-BNV', article: '12', clause: '2', point: 'a', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed',
          note: 'New unit or vacancy: the Chủ tịch UBND cấp xã appoints an interim head for at most 6 months (first in TT 09/2017, from 01/03/2018; consolidated as 08/VBHN-BNV).',
        },
      ],
      confidence: 'confirmed',
    },
    {
      from: '2026-05-26',
      to: null,
      value: 6,
      citations: [
        {
          document: '185/2026/NĐ-CP', article: '4', clause: '2', confidence: 'secondary',
          note: 'Establishment, rearrangement or vacancy: the UBND cấp xã appoints an interim head "trong thời hạn không quá 06 tháng kể từ ngày có quyết định chỉ định". Read in a public copy of the text (from luatvietnam.vn); to be checked against Công báo.',
        },
      ],
      confidence: 'secondary',
    },
  ],
});

/**
 * PROC.WIN_THRESHOLD: the share of the **whole electorate** of the thôn / tổ
 * dân phố (all its voters, or all its household representatives) a candidate
 * must exceed to be elected: not of those present, not of the valid ballots.
 *
 * - 17/04/2008 – 30/06/2023, **more than one half**: "trên 50% số phiếu bầu
 *   hợp lệ so với tổng số cử tri hoặc cử tri đại diện hộ gia đình" (NQLT
 *   09/2008/NQLT-CP-UBTWMTTQVN Điều 8; worked example 159 of 361 households,
 *   44.04%: no winner).
 * - From 01/07/2023, **more than one half** of all household
 *   representatives: "trên 50% tổng số đại diện hộ gia đình trong thôn, tổ
 *   dân phố tán thành" (Luật 10/2022/QH15 Điều 21 khoản 1), Điều 15 khoản 4
 *   being "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố".
 *
 * @example
 * parameterOn(WIN_THRESHOLD, '2021-01-10')?.value // { numerator: 1, denominator: 2 } (NQLT 09/2008 Điều 8)
 */
export const WIN_THRESHOLD = defineParameter<Fraction>({
  id: 'PROC.WIN_THRESHOLD',
  area: 'procedure',
  summary: 'Share of the whole electorate of the unit a candidate must exceed to be elected.',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: ONE_HALF,
      citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '8', confidence: 'confirmed', note: 'Base = all voters or household representatives of the unit (luatvietnam summary; nguoiduatin worked case 159/361).' }],
      confidence: 'confirmed',
    },
    {
      from: '2023-07-01',
      to: null,
      value: ONE_HALF,
      citations: [
        { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: '"trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán thành".' },
        { document: '10/2022/QH15', article: '15', clause: '4', confidence: 'confirmed', note: '"Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố" is decided by the community.' },
      ],
      confidence: 'confirmed',
    },
  ],
});

/** NQLT 09/2008 on dismissal and removal: the text sends both to a meeting of the unit; its vote threshold was not read. */
const MOTION_2008: SourceCitation = {
  document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'Dismissal and removal go to a thôn meeting (ngoisao, luatvietnam summaries); the vote threshold was not read.',
};

/**
 * PROC.MOTION_THRESHOLD: the share of the **whole electorate** of the thôn /
 * tổ dân phố the votes for a motion to remove the leader must exceed for it
 * to be carried (as for an election: not of those present, not of the valid
 * ballots).
 *
 * - 17/04/2008 – 30/06/2023, **more than one half**: dismissal and removal go
 *   to a meeting of the unit (NQLT 09/2008/NQLT-CP-UBTWMTTQVN Mục 2 Chương 2,
 *   as cited by TT 14/2018); the threshold was not read (UNCONFIRMED; the
 *   domain sheet rates "the same majority as an election" as likely).
 * - From 01/07/2023, **more than one half** of all household
 *   representatives: "trên 50% tổng số đại diện hộ gia đình trong thôn, tổ
 *   dân phố tán thành" (Luật 10/2022/QH15 Điều 21 khoản 1), Điều 15 khoản 4
 *   being "Bầu, cho thôi làm Trưởng thôn, Tổ trưởng tổ dân phố".
 *
 * @example
 * parameterOn(MOTION_THRESHOLD, '2024-03-03')?.value // { numerator: 1, denominator: 2 } (Luật 10/2022 Điều 21 khoản 1)
 */
export const MOTION_THRESHOLD = defineParameter<Fraction>({
  id: 'PROC.MOTION_THRESHOLD',
  area: 'procedure',
  summary: 'Share of the whole electorate of the unit the votes for removing the leader must exceed.',
  values: [
    { from: '2008-04-17', to: '2023-06-30', value: ONE_HALF, citations: [MOTION_2008], confidence: 'unconfirmed' },
    {
      from: '2023-07-01',
      to: null,
      value: ONE_HALF,
      citations: [
        { document: '10/2022/QH15', article: '21', clause: '1', confidence: 'confirmed', note: '"trên 50% tổng số đại diện hộ gia đình trong thôn, tổ dân phố tán thành".' },
        { document: '10/2022/QH15', article: '15', clause: '4', confidence: 'confirmed' },
      ],
      confidence: 'confirmed',
    },
  ],
});

/**
 * PROC.MOTION_PURPOSES: the motions by which a community removes its leader
 * before the end of the term.
 *
 * - 17/04/2008 – 30/06/2023, **miễn nhiệm** (dismissal: health, family or
 *   other reasons) and **bãi nhiệm** (removal: lost the people's trust, not
 *   fulfilling duties), both decided by a meeting of the unit (NQLT
 *   09/2008/NQLT-CP-UBTWMTTQVN Mục 2 Chương 2; UNCONFIRMED as read).
 * - From 01/07/2023 one procedure, **cho thôi làm**: at the leader's
 *   request, or on the proposal of the head of the Ban công tác Mặt trận
 *   (misconduct, loss of trust, or a petition of "ít nhất 50% tổng số hộ gia
 *   đình hoặc đại diện hộ gia đình trong thôn, tổ dân phố"; Nghị định
 *   59/2023/NĐ-CP Điều 9 khoản 1, confirmed).
 *
 * @example
 * parameterOn(MOTION_PURPOSES, '2020-05-10')?.value // ['dismissal', 'removal']
 */
export const MOTION_PURPOSES = defineParameter<readonly MeetingPurpose[]>({
  id: 'PROC.MOTION_PURPOSES',
  area: 'procedure',
  summary: 'The motions by which the community removes its leader: dismissal and removal until 30/06/2023, cho thôi làm from 01/07/2023.',
  values: [
    { from: '2008-04-17', to: '2023-06-30', value: ['dismissal', 'removal'], citations: [MOTION_2008], confidence: 'unconfirmed' },
    {
      from: '2023-07-01',
      to: null,
      value: ['cho-thoi-lam'],
      citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '1', confidence: 'confirmed', note: 'Who proposes cho thôi làm; a petition needs at least 50% of households (điểm b).' }],
      confidence: 'confirmed',
    },
  ],
});

/** NQLT 09/2008 Điều 6: the preparation of an election and the Front committee's candidate list. */
const PREPARATION_2008: SourceCitation = { document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6', confidence: 'secondary' };
/** Nghị định 59/2023 Điều 6 khoản 1: the plan, the election group and the public notice. */
const PREPARATION_2023: SourceCitation = { document: '59/2023/NĐ-CP', article: '6', clause: '1', confidence: 'confirmed' };
/** Nghị định 59/2023 Điều 6 khoản 2: the official candidate list. */
const CANDIDATE_LIST_2023: SourceCitation = { document: '59/2023/NĐ-CP', article: '6', clause: '2', confidence: 'confirmed' };

/**
 * PROC.CANDIDATE_LIST_SIZE: how many candidates the Ban công tác Mặt trận
 * puts on its list, agreed with the chi ủy (`max: null`: no upper bound).
 * Voters may also nominate themselves or others at the meeting; those are
 * not counted against it.
 *
 * - 17/04/2008 – 30/06/2023, **1 to 2** ("từ 1–2 người": NQLT
 *   09/2008/NQLT-CP-UBTWMTTQVN Điều 6; secondary: quoted by thuviennhadat;
 *   self-nomination from the TT 09/2017 summary).
 * - From 01/07/2023, **at least one** ("ít nhất 01 người"), no upper bound
 *   (Nghị định 59/2023/NĐ-CP Điều 6 khoản 2; confirmed).
 *
 * @example
 * parameterOn(CANDIDATE_LIST_SIZE, '2021-01-10')?.value // { min: 1, max: 2 }
 */
export const CANDIDATE_LIST_SIZE = defineParameter<CandidateListSize>({
  id: 'PROC.CANDIDATE_LIST_SIZE',
  area: 'procedure',
  summary: 'Fewest and most candidates on the Front committee\'s list (1 to 2 until 30/06/2023; at least 1, no upper bound, from 01/07/2023).',
  values: [
    { from: '2008-04-17', to: '2023-06-30', value: { min: 1, max: 2 }, citations: [PREPARATION_2008], confidence: 'secondary' },
    { from: '2023-07-01', to: null, value: { min: 1, max: null }, citations: [{ ...CANDIDATE_LIST_2023, note: '"ít nhất 01 người".' }], confidence: 'confirmed' },
  ],
});

/**
 * PROC.PREPARATION_STEPS: the steps before an election meeting and the
 * calendar days before it each must be taken at the latest ("ít nhất N ngày
 * trước ngày bầu cử").
 *
 * - 17/04/2008 – 30/06/2023 (NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 6;
 *   secondary: quoted by thuviennhadat): at least **20 days** before, the
 *   UBND cấp xã announces the date and, with the Ban Thường trực UBMTTQ cấp
 *   xã, the plan; at least **15 days** before, the Ban công tác Mặt trận
 *   drafts the candidate list and agrees it with the chi ủy; at least **10
 *   days** before, the Chủ tịch UBND cấp xã forms the election group (tổ bầu
 *   cử). A public-notice period was not read (UNCONFIRMED; no step).
 * - From 01/07/2023 (Nghị định 59/2023/NĐ-CP Điều 6; confirmed): at least
 *   **20 days** before, the Chủ tịch UBND cấp xã decides to hold the election
 *   and issues the plan with the Ban Thường trực UBMTTQ cấp xã; at least
 *   **10 days** before, the election group is formed (after agreeing with the
 *   UBMTTQ cấp xã); these decisions are announced and posted at least **7
 *   days** before (khoản 1); the Ban công tác Mặt trận's minutes of the
 *   official candidate list (Mẫu 05) reach the UBND cấp xã "chậm nhất 15 ngày
 *   trước ngày tổ chức cuộc họp" (khoản 2). Each step cites its clause.
 *
 * @example
 * parameterOn(PREPARATION_STEPS, '2023-09-17')?.value.map((s) => s.daysBefore) // [20, 15, 10, 7]
 */
export const PREPARATION_STEPS = defineParameter<readonly PreparationStep[]>({
  id: 'PROC.PREPARATION_STEPS',
  area: 'procedure',
  summary: 'Preparation steps and the calendar days before the election each must be taken at the latest.',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: [{ id: 'plan', daysBefore: 20 }, { id: 'candidate-list', daysBefore: 15 }, { id: 'election-group', daysBefore: 10 }],
      citations: [PREPARATION_2008],
      confidence: 'secondary',
    },
    {
      from: '2023-07-01',
      to: null,
      value: [
        { id: 'plan', daysBefore: 20, citation: PREPARATION_2023 },
        { id: 'candidate-list', daysBefore: 15, citation: CANDIDATE_LIST_2023 },
        { id: 'election-group', daysBefore: 10, citation: PREPARATION_2023 },
        { id: 'public-notice', daysBefore: 7, citation: PREPARATION_2023 },
      ],
      citations: [
        { ...PREPARATION_2023, note: 'Plan 20 days, election group 10 days, public notice 7 days before.' },
        { ...CANDIDATE_LIST_2023, note: 'Minutes of the candidate list (Mẫu 05) to the UBND cấp xã at the latest 15 days before.' },
      ],
      confidence: 'confirmed',
    },
  ],
});

/**
 * PROC.RECOGNITION_WORKING_DAYS: the working days the UBND cấp xã has, from
 * receiving the result of the election, to recognise it (a province overlay's
 * `recognition.workingDays` takes precedence, e.g. Kon Tum QĐ 34/2020: 5).
 *
 * - 17/04/2008 – 30/06/2023, **4 working days** of the election group's
 *   report (NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 9; UNCONFIRMED: the number
 *   is recalled, not read).
 * - From 01/07/2023, **5 working days** of receiving the community's
 *   decision, to recognise the result or decide to hold the election again
 *   (Nghị định 59/2023/NĐ-CP Điều 8; confirmed).
 *
 * @example
 * parameterOn(RECOGNITION_WORKING_DAYS, '2023-09-17')?.value // 5 (Nghị định 59/2023 Điều 8)
 */
export const RECOGNITION_WORKING_DAYS = defineParameter<number>({
  id: 'PROC.RECOGNITION_WORKING_DAYS',
  area: 'procedure',
  summary: 'Working days the commune has to recognise the result of an election.',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: 4,
      citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '9', confidence: 'unconfirmed', note: '"4 working days" is recalled, not read.' }],
      confidence: 'unconfirmed',
    },
    { from: '2023-07-01', to: null, value: 5, citations: [{ document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed' }], confidence: 'confirmed' },
  ],
});

/**
 * PROC.RECOGNITION_COVERS_RERUN_DECISION: whether, when nobody was elected,
 * the commune's recognition deadline also runs for its decision to hold the
 * election again.
 *
 * - 17/04/2008 – 30/06/2023, **no**: NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 9
 *   was not read to give the commune a deadline for that decision
 *   (UNCONFIRMED).
 * - From 01/07/2023, **yes**: within 5 working days the UBND cấp xã
 *   recognises the result "hoặc quyết định bầu lại" (Nghị định
 *   59/2023/NĐ-CP Điều 8; confirmed).
 *
 * @example
 * parameterOn(RECOGNITION_COVERS_RERUN_DECISION, '2024-12-08')?.value // true
 */
export const RECOGNITION_COVERS_RERUN_DECISION = defineParameter<boolean>({
  id: 'PROC.RECOGNITION_COVERS_RERUN_DECISION',
  area: 'procedure',
  summary: 'Whether the commune\'s recognition deadline also covers its decision to re-run an election nobody won.',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: false,
      citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '9', confidence: 'unconfirmed', note: 'No deadline for the commune\'s decision to re-run was read.' }],
      confidence: 'unconfirmed',
    },
    { from: '2023-07-01', to: null, value: true, citations: [{ document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed' }], confidence: 'confirmed' },
  ],
});

/**
 * PROC.RERUN_WITHIN_DAYS: the calendar days after a first round with no
 * winner within which the election is held again (`null`: no text read sets
 * a deadline).
 *
 * - 17/04/2008 – 30/06/2023, **15 days**, on a date the commune sets; not
 *   moved off weekends (NQLT 09/2008/NQLT-CP-UBTWMTTQVN; secondary:
 *   luatvietnam summary, the article was not read).
 * - From 01/07/2023, **none**: the meeting's decision states why nobody won
 *   "để báo cáo Ủy ban nhân dân cấp xã xem xét, quyết định việc tổ chức bầu
 *   lại" (Nghị định 59/2023/NĐ-CP Điều 3 khoản 5 điểm d) and the commune
 *   decides the re-run within 5 working days (Điều 8); neither sets a
 *   deadline for holding it (confirmed).
 *
 * @example
 * parameterOn(RERUN_WITHIN_DAYS, '2021-01-10')?.value // 15
 * parameterOn(RERUN_WITHIN_DAYS, '2024-12-08')?.value // null
 */
export const RERUN_WITHIN_DAYS = defineParameter<number | null>({
  id: 'PROC.RERUN_WITHIN_DAYS',
  area: 'procedure',
  summary: 'Calendar days after a first round with no winner within which the election is held again (null: not set).',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: 15,
      citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'secondary', note: 'luatvietnam summary; the article was not read.' }],
      confidence: 'secondary',
    },
    {
      from: '2023-07-01',
      to: null,
      value: null,
      citations: [
        { document: '59/2023/NĐ-CP', article: '3', clause: '5', point: 'd', confidence: 'confirmed', note: 'No winner: the reasons are reported to the commune, which decides the re-run.' },
        { document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed', note: 'The commune recognises the winner or decides the re-run within 5 working days; no deadline for holding the re-run.' },
      ],
      confidence: 'confirmed',
    },
  ],
});

/**
 * PROC.NEW_ELECTION_WITHIN_DAYS: after a carried dismissal, removal or cho
 * thôi làm, the calendar days from the commune's recognition of it within
 * which the commune decides to hold a new election (`null`: not set).
 *
 * - 17/04/2008 – 30/06/2023, **none read** (NQLT 09/2008/NQLT-CP-UBTWMTTQVN;
 *   UNCONFIRMED).
 * - From 01/07/2023, **60 days**: "Trong thời hạn 60 ngày kể từ ngày có
 *   quyết định công nhận cho thôi làm…, UBND cấp xã quyết định việc tiến hành
 *   bầu…" (Nghị định 59/2023/NĐ-CP Điều 9 khoản 3; confirmed).
 *
 * @example
 * parameterOn(NEW_ELECTION_WITHIN_DAYS, '2024-03-03')?.value // 60
 */
export const NEW_ELECTION_WITHIN_DAYS = defineParameter<number | null>({
  id: 'PROC.NEW_ELECTION_WITHIN_DAYS',
  area: 'procedure',
  summary: 'Calendar days from recognising a carried motion within which the commune decides a new election (null: not set).',
  values: [
    {
      from: '2008-04-17',
      to: '2023-06-30',
      value: null,
      citations: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', confidence: 'unconfirmed', note: 'No deadline for the new election was read.' }],
      confidence: 'unconfirmed',
    },
    { from: '2023-07-01', to: null, value: 60, citations: [{ document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed' }], confidence: 'confirmed' },
  ],
});

/** The national procedure parameters kept as dated series (rather than as rules). */
export const PROCEDURE_PARAMETERS: readonly LawParameter[] = [
  INTERIM_MAX_MONTHS,
  PREPARATION_STEPS,
  CANDIDATE_LIST_SIZE,
  WIN_THRESHOLD,
  MOTION_THRESHOLD,
  MOTION_PURPOSES,
  RECOGNITION_WORKING_DAYS,
  RECOGNITION_COVERS_RERUN_DECISION,
  RERUN_WITHIN_DAYS,
  NEW_ELECTION_WITHIN_DAYS,
];
