import type { Rule } from '@truongthon/core';
import type { Candidate, EligibilityContext } from '../eligibility/context';
import { partyMember } from './partyMember';
import { secretaryAlsoLeader } from './secretaryAlsoLeader';

export { partyMember, secretaryAlsoLeader };

/** Policy (advisory) rules on candidates; they never change a verdict. */
export const CANDIDATE_POLICY_RULES: readonly Rule<Candidate, any, EligibilityContext>[] = [partyMember, secretaryAlsoLeader];
