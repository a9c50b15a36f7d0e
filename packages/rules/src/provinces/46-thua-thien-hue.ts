import type { ProvinceOverlay } from './overlay';

/**
 * Thừa Thiên Huế (code 46; thành phố Huế from 01/01/2025).
 *
 * Seed: Đảng ủy phường Hương Xuân (thị xã Hương Trà), Công văn 13-CV/ĐU of
 * 16/12/2020: Tổ trưởng tổ dân phố term 2021–2023, elected the same day,
 * 10/01/2021, in all groups; previous term 2018–2020. The provincial decision
 * fixing the term length was not found: 2.5 years is inferred from the labels
 * (UNCONFIRMED). The 2018–2020 term's first day is derived by counting 2.5
 * years back from the next election (UNCONFIRMED).
 */
export const thuaThienHue: ProvinceOverlay = {
  id: '46-thua-thien-hue',
  province: { code: '46', from: '2005-05-12', to: '2025-06-30' },
  parameters: {
    'term.lengthYears': [
      {
        from: '2018-03-01',
        to: '2025-06-30',
        value: 2.5,
        citations: [{ document: '13-CV/ĐU', confidence: 'unconfirmed', note: 'Inferred from the term labels 2018–2020 and 2021–2023; the UBND tỉnh decision was not found.' }],
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
