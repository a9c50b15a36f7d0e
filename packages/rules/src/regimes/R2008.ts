import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2008: NQLT 09/2008/NQLT-CP-UBTWMTTQVN (17/04/2008) governs the procedure;
 * from 15/10/2012 TT 04/2012/TT-BNV governs criteria (Điều 11) and the term
 * (2.5 years, Điều 12). Ends when TT 09/2017/TT-BNV takes effect (01/03/2018).
 */
export const R2008: RegimePeriod = {
  id: 'R2008',
  from: '2008-04-17',
  to: '2018-02-28',
  name: { vi: 'Giai đoạn Nghị quyết liên tịch 09/2008 và Thông tư 04/2012', en: 'Joint Resolution 09/2008 and Circular 04/2012 period' },
};

/** The texts that govern R2008's criteria, term and procedure, and what is uncertain about it. */
export const R2008_TEXTS: RegimeTexts = {
  criteria: [
    { document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: 'Until 14/10/2012; not read, not encoded.' },
    { document: '04/2012/TT-BNV', article: '11', effective: '2012-10-15', confidence: 'confirmed' },
  ],
  term: [{ document: '04/2012/TT-BNV', article: '12', effective: '2012-10-15', confidence: 'secondary', note: '2.5 years only (trongtaivietnam summary).' }],
  procedure: [{ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6–8', confidence: 'confirmed' }],
  notes: ['Candidate criteria before 15/10/2012 (QĐ 13/2002/QĐ-BNV) are not encoded: checks before that date return "undetermined".'],
};
