import type { Regime } from './regime';

/**
 * R2025: two-tier local government from 01/07/2025 (34 provinces, no district
 * level). MOHA guidance (10/2025) keeps the procedure of Luật 10/2022 and
 * Nghị định 59/2023; criteria and term stay TT 04/2012 as amended until the
 * announced decree on thôn/TDP replaces it.
 */
export const R2025: Regime = {
  id: 'R2025',
  from: '2025-07-01',
  to: null,
  name: { vi: 'Giai đoạn chính quyền địa phương hai cấp', en: 'Two-tier local government period' },
  criteria: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'secondary', note: 'Still cited as in force in 09/2025 (Dân Việt).' }],
  term: [{ document: '04/2012/TT-BNV', article: '12', amendedBy: '14/2018/TT-BNV', confidence: 'secondary' }],
  procedure: [
    { document: '10/2022/QH15', article: '15', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '6–8', confidence: 'secondary', note: 'MOHA (10/2025): still applies under the two-tier model.' },
  ],
  notes: [
    'Administrative-unit codes were reused from 01/07/2025: read every code with its date.',
    'A decree replacing TT 04/2012 is being drafted (not issued as of 01/2026); provinces may extend terms for the 15/03/2026 elections.',
  ],
};
