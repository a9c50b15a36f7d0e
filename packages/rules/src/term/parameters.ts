import { defineParameter, type LawParameter } from '../law/parameter';

/**
 * What national law says about the length of a term: the lengths it allows,
 * and the length when it leaves no choice (`null`: the UBND cấp tỉnh chooses
 * among `allowedYears`).
 */
export interface TermLengthValue {
  readonly allowedYears: readonly number[];
  readonly defaultYears: number | null;
}

/**
 * TERM.LENGTH_YEARS: the term (nhiệm kỳ) of a Trưởng thôn / Tổ trưởng tổ dân
 * phố elected on a day, as one dated series. The value on a day is the law for
 * a term that **starts** that day: a term keeps the length it started with
 * (no text read shortens a running term when the law changes; see `termOn`).
 * - 12/05/2005 – 14/10/2012: 2.5 years, the usual understanding of QĐ
 *   13/2002/QĐ-BNV (not read: UNCONFIRMED);
 * - 15/10/2012 – 28/02/2018: TT 04/2012/TT-BNV Điều 12 khoản 3 (original
 *   text): 2.5 years only (confirmed: MOHA's reply to voters of 15/02/2017
 *   quotes the clause);
 * - 01/03/2018 – 25/05/2026: TT 04/2012 Điều 12 as rewritten by TT 09/2017
 *   then TT 14/2018 (khoản 2 điểm a in VBHN 08/VBHN-BNV): 2.5 or 5 years,
 *   chosen uniformly by the UBND cấp tỉnh. No national default;
 * - from 26/05/2026: Nghị định 185/2026/NĐ-CP Điều 4 khoản 3: "Nhiệm kỳ của
 *   Trưởng thôn, Tổ trưởng tổ dân phố là 05 năm", for every province, with no
 *   provincial choice (secondary: read in a public copy, to be checked
 *   against Công báo).
 *
 * @example
 * parameterOn(TERM_LENGTH_YEARS, '2021-01-10')?.value // { allowedYears: [2.5, 5], defaultYears: null }
 * parameterOn(TERM_LENGTH_YEARS, '2026-10-18')?.value // { allowedYears: [5], defaultYears: 5 }
 */
export const TERM_LENGTH_YEARS: LawParameter<TermLengthValue> = defineParameter<TermLengthValue>({
  id: 'TERM.LENGTH_YEARS',
  area: 'term',
  summary: 'Term of a Trưởng thôn / Tổ trưởng tổ dân phố starting on the day: the lengths (years) the law allows, and the length when the province has no choice.',
  values: [
    {
      from: '2005-05-12',
      to: '2012-10-14',
      value: { allowedYears: [2.5], defaultYears: 2.5 },
      citations: [{ document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: '2.5 years is the usual understanding; the decision was not read.' }],
      confidence: 'unconfirmed',
    },
    {
      from: '2012-10-15',
      to: '2018-02-28',
      value: { allowedYears: [2.5], defaultYears: 2.5 },
      citations: [
        {
          document: '04/2012/TT-BNV',
          article: '12',
          clause: '3',
          confidence: 'confirmed',
          note: 'Original text: a term of 2.5 years ("2 năm rưỡi để phù hợp với nhiệm kỳ chi bộ"), quoted with its clause in MOHA\'s reply to voters of 15/02/2017 (baoapbac.vn).',
        },
      ],
      confidence: 'confirmed',
    },
    {
      from: '2018-03-01',
      to: '2026-05-25',
      value: { allowedYears: [2.5, 5], defaultYears: null },
      citations: [
        { document: '04/2012/TT-BNV', article: '12', amendedBy: '09/2017/TT-BNV', effective: '2018-03-01', confidence: 'secondary', note: 'From 01/03/2018 to 19/01/2019 the choice rests on TT 09/2017, read only in summaries.' },
        {
          document: '04/2012/TT-BNV',
          article: '12',
          clause: '2',
          point: 'a',
          amendedBy: '14/2018/TT-BNV',
          effective: '2019-01-20',
          confidence: 'confirmed',
          note: 'khoản 9 Điều 1 TT 14/2018; numbered khoản 2 điểm a in the consolidated text 08/VBHN-BNV: 2.5 or 5 years, chosen by the UBND cấp tỉnh.',
        },
      ],
      confidence: 'secondary',
    },
    {
      from: '2026-05-26',
      to: null,
      value: { allowedYears: [5], defaultYears: 5 },
      citations: [
        {
          document: '185/2026/NĐ-CP',
          article: '4',
          clause: '3',
          confidence: 'secondary',
          note: '"Nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố là 05 năm", in force 26/05/2026 (Điều 20 khoản 1). Read in a public copy of the full text (said to be from luatvietnam.vn); to be checked against Công báo.',
        },
      ],
      confidence: 'secondary',
    },
  ],
});

/**
 * TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS: the most a UBND cấp xã may itself
 * shorten or extend a term (rút ngắn / kéo dài nhiệm kỳ), to align it with a
 * rearrangement of thôn and tổ dân phố or because force majeure (natural
 * disaster, epidemic) prevents a timely election. Beyond it the UBND cấp xã
 * reports to the UBND cấp tỉnh, which decides. Nghị định 185/2026/NĐ-CP Điều 4
 * khoản 3 (second paragraph), from 26/05/2026 (secondary). Before that day no
 * national text read gives the commune such a power or limit: the parameter
 * has no value.
 *
 * @example
 * parameterOn(TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS, '2026-10-18')?.value // 6
 * parameterOn(TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS, '2026-05-25')         // undefined
 */
export const TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS: LawParameter<number> = defineParameter<number>({
  id: 'TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS',
  area: 'term',
  summary: 'Most months by which the UBND cấp xã may itself shorten or extend a term; beyond it the UBND cấp tỉnh decides.',
  values: [
    {
      from: '2026-05-26',
      to: null,
      value: 6,
      citations: [
        {
          document: '185/2026/NĐ-CP',
          article: '4',
          clause: '3',
          confidence: 'secondary',
          note: 'Second paragraph of khoản 3: "Ủy ban nhân dân cấp xã quyết định việc rút ngắn hoặc kéo dài nhiệm kỳ … nhưng không quá 06 tháng. Trường hợp phải rút ngắn hoặc kéo dài quá 06 tháng thì Ủy ban nhân dân cấp xã báo cáo Ủy ban nhân dân cấp tỉnh xem xét, quyết định." Read in a public copy; to be checked against Công báo.',
        },
      ],
      confidence: 'secondary',
    },
  ],
});

/** The national term parameters, as dated series (listed by `listParameters`). */
export const TERM_PARAMETERS: readonly LawParameter[] = [TERM_LENGTH_YEARS, TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS];
