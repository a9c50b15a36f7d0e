import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2025: two-tier local government from 01/07/2025 (34 provinces, no district
 * level) until Nghị định 185/2026/NĐ-CP took effect on 26/05/2026. MOHA
 * guidance (10/2025) keeps the procedure of Luật 10/2022 and Nghị định
 * 59/2023; criteria and term stay TT 04/2012 as amended.
 */
export const R2025: RegimePeriod = {
  id: 'R2025',
  from: '2025-07-01',
  to: '2026-05-25',
  name: { vi: 'Giai đoạn chính quyền địa phương hai cấp', en: 'Two-tier local government period' },
};

/** The texts that govern R2025's criteria, term and procedure, and what is uncertain about it. */
export const R2025_TEXTS: RegimeTexts = {
  criteria: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'secondary', note: 'Still cited as in force in 09/2025 (Dân Việt); replaced for elections from 26/05/2026 by NĐ 185/2026 Điều 7.' }],
  term: [{ document: '04/2012/TT-BNV', article: '12', amendedBy: '14/2018/TT-BNV', confidence: 'secondary' }],
  procedure: [
    { document: '10/2022/QH15', article: '15', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '6–9', confidence: 'confirmed', note: 'MOHA (10/2025): still applies under the two-tier model.' },
  ],
  notes: [
    'Administrative-unit codes were reused from 01/07/2025: read every code with its date.',
    'MOHA Công văn 11776/BNV-CQĐP (09/12/2025) let provinces extend heads\' terms around the 15/03/2026 elections; Nghị định 185/2026/NĐ-CP replaced the criteria and term from 26/05/2026 (R2026).',
  ],
};
