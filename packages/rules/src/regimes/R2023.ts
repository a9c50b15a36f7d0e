import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2023: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 (in force 01/07/2023;
 * Điều 15: residents decide directly on electing and removing the leader)
 * and Nghị định 59/2023/NĐ-CP (Điều 6 preparation, 7 election, 8 recognition,
 * 9 cho thôi làm). Criteria and term stay TT 04/2012 as amended.
 */
export const R2023: RegimePeriod = {
  id: 'R2023',
  from: '2023-07-01',
  to: '2025-06-30',
  name: { vi: 'Giai đoạn Luật Thực hiện dân chủ ở cơ sở 2022', en: 'Grassroots Democracy Law 2022 period' },
};

/** The texts that govern R2023's criteria, term and procedure, and what is uncertain about it. */
export const R2023_TEXTS: RegimeTexts = {
  criteria: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'confirmed' }],
  term: [{ document: '04/2012/TT-BNV', article: '12', amendedBy: '14/2018/TT-BNV', confidence: 'confirmed' }],
  procedure: [
    { document: '10/2022/QH15', article: '15', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '6–9', effective: '2023-08-15', confidence: 'confirmed' },
  ],
  notes: ['Nghị định 59/2023 took effect on 15/08/2023 (pháp điển); how elections between 01/07/2023 and 14/08/2023 were to be run is not stated in any text read (UNCONFIRMED).'],
};
