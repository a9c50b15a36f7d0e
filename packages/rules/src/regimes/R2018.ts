import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2018: TT 14/2018/TT-BNV (03/12/2018, in force 20/01/2019) rewrites TT
 * 04/2012 Điều 12 (term 2.5 or 5 years set by the UBND cấp tỉnh; interim
 * leader ≤ 6 months) and Điều 4 (at most one deputy). Procedure still NQLT
 * 09/2008 until Luật 10/2022 takes effect (01/07/2023).
 */
export const R2018: RegimePeriod = {
  id: 'R2018',
  from: '2019-01-20',
  to: '2023-06-30',
  name: { vi: 'Giai đoạn Thông tư 14/2018', en: 'Circular 14/2018 period' },
};

/** The texts that govern R2018's criteria, term and procedure, and what is uncertain about it. */
export const R2018_TEXTS: RegimeTexts = {
  criteria: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'confirmed' }],
  term: [{ document: '04/2012/TT-BNV', article: '12', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed' }],
  procedure: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6–8', confidence: 'confirmed' }],
  notes: [],
};
