import type { RegimePeriod, RegimeTexts } from './regime';

/**
 * R2026: Nghị định 185/2026/NĐ-CP on the organisation and work of thôn and tổ
 * dân phố, in force 26/05/2026 (Điều 20 khoản 1). New criteria (Điều 7:
 * residence in the commune, IT and reporting skills, no current sanction), a
 * national 5-year term (Điều 4 khoản 3), interim heads for at most 6 months
 * (Điều 4 khoản 2), no national deputy (Điều 4 khoản 1). The election and
 * cho thôi làm still follow Luật 10/2022/QH15 and Nghị định 59/2023/NĐ-CP
 * (Điều 4 khoản 2).
 */
export const R2026: RegimePeriod = {
  id: 'R2026',
  from: '2026-05-26',
  to: null,
  name: { vi: 'Giai đoạn Nghị định 185/2026/NĐ-CP', en: 'Decree 185/2026 period' },
};

/** The texts that govern R2026's criteria, term and procedure, and what is uncertain about it. */
export const R2026_TEXTS: RegimeTexts = {
  criteria: [{ document: '185/2026/NĐ-CP', article: '7', effective: '2026-05-26', confidence: 'secondary', note: 'Read in a public copy of the full text; to be checked against Công báo.' }],
  term: [{ document: '185/2026/NĐ-CP', article: '4', clause: '3', effective: '2026-05-26', confidence: 'secondary', note: 'Read in a public copy of the full text; to be checked against Công báo.' }],
  procedure: [
    { document: '185/2026/NĐ-CP', article: '4', clause: '2', effective: '2026-05-26', confidence: 'secondary', note: 'Election and cho thôi làm follow the Grassroots Democracy Law and its decree.' },
    { document: '10/2022/QH15', article: '15', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '6–9', confidence: 'confirmed' },
  ],
  notes: [
    'Nghị định 185/2026/NĐ-CP was read in a public copy (luatvietnam.vn 435528 via a GitHub mirror), not in Công báo: every rule from it is `secondary`.',
    'Terms running on 26/05/2026 are not ended by the decree: sitting heads finish them unless the UBND cấp xã shortens or extends them (at most 6 months; beyond that the UBND cấp tỉnh).',
    'Most provinces rearranged their thôn and tổ dân phố from 01/07/2026: new units have interim heads (at most 6 months) until they elect.',
  ],
};
