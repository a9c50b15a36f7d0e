import type { Rule } from '@truongthon/core';
import type { Candidate, EligibilityContext } from './context';
import { criteriaNotEncoded } from './criteriaNotEncoded';
import { judgmentCriteria } from './judgmentCriteria';
import { minimumAge } from './minimumAge';
import { residence } from './residence';

export type { EligibilityContext } from './context';
export { criteriaNotEncoded, minimumAge, residence, judgmentCriteria };

/** The legal eligibility rules, in the order of TT 04/2012 Điều 11. */
export const ELIGIBILITY_RULES: readonly Rule<Candidate, any, EligibilityContext>[] = [criteriaNotEncoded, residence, minimumAge, judgmentCriteria];
