import type { ProvinceOverlay } from './overlay';

/**
 * Cao Bằng (code 04, not merged on 01/07/2025).
 *
 * Term length: QĐ 37/2019/QĐ-UBND (quy chế of thôn, xóm and tổ dân phố) Điều
 * 16 khoản 5: 2.5 years (read in press, laodong 05/01/2026: secondary). Its
 * effective date was not read: from 01/01/2020 is assumed (the decision is of
 * 2019) and marked UNCONFIRMED until 04/01/2026; from 05/01/2026, the day the
 * press reports it in force, secondary. It ends 25/05/2026: from 26/05/2026
 * Nghị định 185/2026/NĐ-CP Điều 4 khoản 3 sets 5 years for every province.
 *
 * Extension: Công văn 3940/UBND-NC, implementing MOHA 11776/BNV-CQĐP, asks the
 * chairmen of the UBND cấp xã to extend the heads' terms beyond the 2.5 years
 * "until there are Government regulations on arranging thôn and tổ dân phố"
 * (until: null). Decided by the province (the communes carry it out). Its date
 * and the terms it covers were not read: it is taken to apply from the day it
 * was reported, 05/01/2026, to terms ending on or after that day. Nghị định
 * 185/2026/NĐ-CP (26/05/2026) may be the regulation it waits for; whether and
 * when the extension ended is not known (UNCONFIRMED).
 */
export const caoBang: ProvinceOverlay = {
  id: '04-cao-bang',
  province: { code: '04', from: '2005-05-12', to: null },
  parameters: {
    'term.lengthYears': [
      {
        from: '2020-01-01',
        to: '2026-01-04',
        value: 2.5,
        citations: [
          { document: '37/2019/QĐ-UBND', article: '16', clause: '5', confidence: 'secondary', note: '2.5 years (laodong 05/01/2026, quoting the clause).' },
          { document: '37/2019/QĐ-UBND', confidence: 'unconfirmed', note: 'Effective date not read: in force from 01/01/2020 is assumed (the decision is of 2019).' },
        ],
      },
      {
        from: '2026-01-05',
        to: '2026-05-25',
        value: 2.5,
        citations: [
          { document: '37/2019/QĐ-UBND', article: '16', clause: '5', confidence: 'secondary', note: '2.5 years, in force when Công văn 3940/UBND-NC was reported (laodong 05/01/2026). Ends 25/05/2026: Nghị định 185/2026/NĐ-CP Điều 4 khoản 3 then sets 5 years with no provincial choice.' },
        ],
      },
    ],
  },
  extensions: [
    {
      appliesToTermsEndingFrom: '2026-01-05',
      until: null,
      from: '2026-01-05',
      decidedBy: 'province',
      citations: [
        {
          document: '3940/UBND-NC',
          confidence: 'secondary',
          note: 'Read in press (laodong 05/01/2026): the UBND tỉnh asks the commune chairmen to extend the terms beyond 2.5 years until the Government regulates the rearrangement of thôn and tổ dân phố. Date and covered terms not read: applied from 05/01/2026 to terms ending from that day. Whether Nghị định 185/2026/NĐ-CP ended it is UNCONFIRMED.',
        },
        {
          document: '11776/BNV-CQĐP',
          confidence: 'secondary',
          note: 'National guidance (09/12/2025) the decision implements: the UBND tỉnh may extend terms, or have the commune chairmen do so. Not itself an extension.',
        },
      ],
    },
  ],
};
