import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2005: from Thông tư liên tịch 01/2005/TTLT-BTTUBTWMTTQVN-BNV (12/05/2005),
 * which set the procedure for electing, dismissing and removing Trưởng thôn,
 * under Nghị định 79/2003/NĐ-CP, until NQLT 09/2008 (17/04/2008).
 */
export const R2005: RegimePeriod = {
  id: 'R2005',
  from: '2005-05-12',
  to: '2008-04-16',
  name: { vi: 'Giai đoạn Thông tư liên tịch 01/2005', en: 'Joint Circular 01/2005 period' },
};

/** The texts that govern R2005's criteria, term and procedure, and what is uncertain about it. */
export const R2005_TEXTS: RegimeTexts = {
  criteria: [{ document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: 'Criteria of QĐ 13/2002 not read; not encoded.' }],
  term: [{ document: '13/2002/QĐ-BNV', confidence: 'unconfirmed', note: '2.5 years is the usual understanding; not read.' }],
  procedure: [{ document: '01/2005/TTLT-BTTUBTWMTTQVN-BNV', confidence: 'secondary', note: 'Numbers not read.' }],
  notes: [
    'Start is the signing date of TTLT 01/2005; its effective date is UNCONFIRMED.',
    'Candidate criteria of this period are not encoded: checks return "undetermined".',
  ],
};
