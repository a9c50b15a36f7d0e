import type { ProvinceOverlay } from './overlay';

/**
 * Thừa Thiên Huế (code 46; thành phố Huế from 01/01/2025, same code). Huế was
 * not merged on 01/07/2025: it is one of the 34 provinces under the same code,
 * and its rules did not lapse, so this overlay runs on.
 *
 * Term length:
 * - 01/03/2018 – 24/05/2021: 2.5 years, inferred from the term labels
 *   2018–2020 and 2021–2023 (seed 13-CV/ĐU); the provincial decision then in
 *   force was not found (UNCONFIRMED);
 * - 25/05/2021 – 25/05/2026: 30 months, QĐ 31/2021/QĐ-UBND ("hai năm sáu
 *   tháng (30 tháng)"), in force 25/05/2021. The source names QĐ 30 and
 *   31/2021 without saying which is the quy chế (secondary);
 * - from 26/05/2026: no provincial choice is left: the national 5 years of
 *   Nghị định 185/2026/NĐ-CP Điều 4 khoản 3 applies to terms starting then.
 *
 * Seed: Đảng ủy phường Hương Xuân (thị xã Hương Trà), Công văn 13-CV/ĐU of
 * 16/12/2020: Tổ trưởng tổ dân phố term 2021–2023, elected the same day,
 * 10/01/2021, in all groups; previous term 2018–2020. The 2018–2020 term's
 * first day is derived by counting 2.5 years back from the next election
 * (UNCONFIRMED).
 */
export const thuaThienHue: ProvinceOverlay = {
  id: '46-thua-thien-hue',
  province: { code: '46', from: '2005-05-12', to: null },
  parameters: {
    'term.lengthYears': [
      {
        from: '2018-03-01',
        to: '2021-05-24',
        value: 2.5,
        citations: [{ document: '13-CV/ĐU', confidence: 'unconfirmed', note: 'Inferred from the term labels 2018–2020 and 2021–2023; the UBND tỉnh decision in force before 25/05/2021 was not found.' }],
      },
      {
        from: '2021-05-25',
        to: '2026-05-25',
        value: 2.5,
        citations: [
          {
            document: '31/2021/QĐ-UBND',
            confidence: 'secondary',
            note: '"Nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố là hai năm sáu tháng (30 tháng)", in force 25/05/2021 (Sở VHTT Thừa Thiên Huế, 12/05/2021). The source names QĐ 30 and 31/2021 without saying which is the quy chế; 31 is the likelier. Article not read. Ends 25/05/2026: from 26/05/2026 Nghị định 185/2026/NĐ-CP Điều 4 khoản 3 sets 5 years with no provincial choice.',
          },
        ],
      },
    ],
  },
  terms: [
    {
      label: '2018–2020',
      start: '2018-07-10',
      end: '2021-01-09',
      citations: [{ document: '13-CV/ĐU', article: '2', confidence: 'unconfirmed', note: 'Label confirmed by the seed; start date derived (2.5 years before 10/01/2021).' }],
    },
    {
      label: '2021–2023',
      start: '2021-01-10',
      end: '2023-07-09',
      electionDate: '2021-01-10',
      citations: [{ document: '13-CV/ĐU', article: '1', confidence: 'confirmed', note: 'Election on 10/01/2021 in all groups (phường Hương Xuân); end date is start + 2.5 years.' }],
    },
  ],
};
