import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2017: TT 09/2017/TT-BNV (29/12/2017, in force 01/03/2018) amends TT 04/2012
 * and first allows a 2.5- or 5-year term chosen by the province; superseded
 * in effect by TT 14/2018/TT-BNV from 20/01/2019.
 */
export const R2017: RegimePeriod = {
  id: 'R2017',
  from: '2018-03-01',
  to: '2019-01-19',
  name: { vi: 'Giai đoạn Thông tư 09/2017', en: 'Circular 09/2017 period' },
};

/** The texts that govern R2017's criteria, term and procedure, and what is uncertain about it. */
export const R2017_TEXTS: RegimeTexts = {
  criteria: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'confirmed' }],
  term: [{ document: '04/2012/TT-BNV', article: '12', amendedBy: '09/2017/TT-BNV', confidence: 'secondary' }],
  procedure: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6–8', confidence: 'confirmed' }],
  notes: ['How TT 09/2017 ended (annulled or superseded) and on what date is UNCONFIRMED; modelled as ending on 19/01/2019.'],
};
