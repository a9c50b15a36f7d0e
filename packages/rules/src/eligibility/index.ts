import type { Rule } from '@truongthon/core';
import { birthDatePlausible } from './birthDate';
import type { Candidate, EligibilityContext } from './context';
import { criteriaNotEncoded } from './criteriaNotEncoded';
import { deputy2026 } from './deputy';
import { formerCriteria2026 } from './formerCriteria';
import { judgmentCriteria, judgmentCriteria2026 } from './judgmentCriteria';
import { minimumAge, minimumAge2026 } from './minimumAge';
import { residence, residence2026 } from './residence';
import { sanction2026 } from './sanction';

export type { EligibilityContext } from './context';
export { birthDatePlausible, type BirthDateParams } from './birthDate';
export { criteriaNotEncoded, minimumAge, residence, judgmentCriteria, residence2026, minimumAge2026, judgmentCriteria2026, sanction2026, deputy2026, formerCriteria2026 };

/**
 * The legal eligibility rules: those of TT 04/2012/TT-BNV Điều 11 (until
 * 25/05/2026) in the order of that article, then those of Nghị định
 * 185/2026/NĐ-CP (from 26/05/2026) in the order of its Điều 4 and 7. Each
 * rule's validity window picks the ones in force on the election date.
 */
export const ELIGIBILITY_RULES: readonly Rule<Candidate, any, EligibilityContext>[] = [
  criteriaNotEncoded,
  residence,
  minimumAge,
  judgmentCriteria,
  deputy2026,
  residence2026,
  minimumAge2026,
  judgmentCriteria2026,
  sanction2026,
  formerCriteria2026,
];
