import type { ProvinceOverlay } from './overlay';

/**
 * Đồng Nai (code 75 from 01/07/2025: the former Đồng Nai 75 and Bình Phước 70).
 *
 * Công văn 12917 of the UBND tỉnh (read in press, dantri 05/01/2026): for thôn,
 * ấp and khu phố whose term ends in 2025 or 2026, no election for now; the
 * sitting heads are extended, and interim heads continue or are appointed,
 * "cho đến khi có quy định mới của cơ quan có thẩm quyền" (until: null). It
 * implements MOHA Công văn 11776/BNV-CQĐP (09/12/2025), which let the UBND tỉnh
 * extend terms for the 15/03/2026 elections; that guidance is cited, it is not
 * itself an extension. The date of 12917 was not read: it is taken to apply
 * from the day it was reported, 05/01/2026 (it was issued between 09/12/2025
 * and that day). The province's term calendar and length are not in the data.
 */
export const dongNai: ProvinceOverlay = {
  id: '75-dong-nai',
  province: { code: '75', from: '2025-07-01', to: null },
  parameters: {},
  extensions: [
    {
      appliesToTermsEndingFrom: '2025-01-01',
      appliesToTermsEndingTo: '2026-12-31',
      until: null,
      from: '2026-01-05',
      decidedBy: 'province',
      citations: [
        {
          document: '12917 (Đồng Nai)',
          confidence: 'secondary',
          note: 'Read in press (dantri 05/01/2026): terms ending in 2025 and 2026 extended, no election, "cho đến khi có quy định mới". Date of the Công văn not read: applied from 05/01/2026, the day it was reported.',
        },
        {
          document: '11776/BNV-CQĐP',
          confidence: 'secondary',
          note: 'National guidance (09/12/2025) the decision implements: the UBND tỉnh may extend terms for the 15/03/2026 elections. Not itself an extension.',
        },
      ],
    },
  ],
};
