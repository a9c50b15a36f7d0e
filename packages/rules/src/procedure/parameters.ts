import { defineParameter, type LawParameter } from '../law/parameter';

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

/** The national procedure parameters kept as dated series (rather than as rules). */
export const PROCEDURE_PARAMETERS: readonly LawParameter[] = [INTERIM_MAX_MONTHS];
