import type { DeclaredTerm, ProvinceOverlay } from './overlay';

/**
 * Kon Tum (code 62 until 30/06/2025; merged into Quảng Ngãi from 01/07/2025).
 *
 * QĐ 34/2020/QĐ-UBND (27/11/2020) is the provincial quy chế: recognition within
 * 5 working days (summary read). Terms 2020–2023 (Văn bản 4360/UBND-KTTH,
 * 20/11/2020) and 2023–2025 (elections completed by 17/09/2023). Term length
 * 2.5 years is inferred from the labels (the article was not read:
 * UNCONFIRMED). The boundary days of the terms are approximate: units voted
 * on different days after their Party-cell congresses.
 * Reporting (2881/UBND-KTTH, 16/08/2021): districts report before 01/12/2021,
 * the Sở Nội vụ advises the UBND tỉnh before 10/12/2021.
 *
 * The 2023–2025 term did not end with the province on 30/06/2025: a merger
 * moves units, it does not end their heads' terms (MOHA 11776/BNV-CQĐP keeps
 * thôn and tổ dân phố unchanged until the Government rules on their
 * rearrangement). Its last day is not known (no source read gives it, nor a
 * later election): the term is recorded with `end: null` and runs on in
 * Quảng Ngãi for the former Kon Tum units (see `51-quang-ngai`).
 */
/**
 * Kon Tum's 2023–2025 term: label from the Sở Nội vụ report (kontum.gov.vn
 * 48677), elections completed by 17/09/2023. Its last day is unknown
 * (UNCONFIRMED): the label says 2025, a 2.5-year term from 17/09/2023 would
 * run to 16/03/2026, and the terms follow the Party-cell congresses; no text
 * read ends it, and the merger of 01/07/2025 did not.
 */
export const KON_TUM_TERM_2023: DeclaredTerm = {
  label: '2023–2025',
  start: '2023-09-17',
  end: null,
  citations: [
    {
      document: '34/2020/QĐ-UBND',
      confidence: 'unconfirmed',
      note: 'Label from the Sở Nội vụ report (kontum.gov.vn 48677); elections completed by 17/09/2023. Last day not known: it did not end with the province on 30/06/2025 and runs on in Quảng Ngãi (51) for the former Kon Tum units.',
    },
  ],
};

export const konTum: ProvinceOverlay = {
  id: '62-kon-tum',
  province: { code: '62', from: '2005-05-12', to: '2025-06-30' },
  parameters: {
    'term.lengthYears': [
      {
        from: '2020-11-27',
        to: '2025-06-30',
        value: 2.5,
        citations: [{ document: '34/2020/QĐ-UBND', confidence: 'unconfirmed', note: 'Inferred from the term labels 2020–2023 and 2023–2025; the term article was not read.' }],
      },
    ],
    'recognition.workingDays': [
      {
        from: '2020-11-27',
        to: '2023-08-14',
        value: 5,
        citations: [{ document: '34/2020/QĐ-UBND', confidence: 'secondary', note: 'Within 05 working days of the Tổ bầu cử report (kontum.gov.vn summary).' }],
      },
    ],
  },
  terms: [
    {
      label: '2020–2023',
      start: '2020-12-01',
      end: '2023-09-16',
      citations: [{ document: '4360/UBND-KTTH', confidence: 'unconfirmed', note: 'Label confirmed (cited by 2881/UBND-KTTH); boundary days approximate.' }],
    },
    KON_TUM_TERM_2023,
  ],
  reportingDeadlines: [
    { id: 'KONTUM.2021.DISTRICTS', due: '2021-11-30', who: 'UBND các huyện, thành phố → UBND tỉnh (qua Sở Nội vụ)', citations: [{ document: '2881/UBND-KTTH', article: '1', point: 'c', confidence: 'confirmed', note: '"trước ngày 01 tháng 12 năm 2021": the last allowed day is 30/11/2021.' }] },
    { id: 'KONTUM.2021.SNV', due: '2021-12-09', who: 'Sở Nội vụ → UBND tỉnh', citations: [{ document: '2881/UBND-KTTH', article: '2', confidence: 'confirmed', note: '"trước ngày 10 tháng 12 năm 2021": the last allowed day is 09/12/2021.' }] },
  ],
};
