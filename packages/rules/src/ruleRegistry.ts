import type { Citation, Confidence, IsoDate, Rule } from '@truongthon/core';
import { listingDate } from './callerInput';
import { birthDatePlausible, ELIGIBILITY_RULES } from './eligibility/index';
import { lawNotReviewed } from './law/reviewed';
import { CANDIDATE_POLICY_RULES } from './policy/index';
import { PROCEDURE_RULES } from './procedure/sets';
import { REPORT_RULES } from './report/index';

/** A rule as listed: everything but its check function. */
export interface RuleDescriptor {
  readonly id: string;
  readonly kind: 'legal' | 'policy';
  /** What the rule is about: `eligibility`, `policy`, `procedure`, … */
  readonly area: string;
  readonly summary: string;
  readonly citations: readonly Citation[];
  readonly confidence: Confidence;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly params: unknown;
  readonly codes: readonly string[];
}

/** Every rule of the package, grouped by area. Areas add their group here. */
export const RULE_GROUPS: readonly { readonly area: string; readonly rules: readonly Rule<any, any, any>[] }[] = [
  { area: 'law', rules: [lawNotReviewed] },
  { area: 'eligibility', rules: ELIGIBILITY_RULES },
  { area: 'policy', rules: CANDIDATE_POLICY_RULES },
  { area: 'input', rules: [birthDatePlausible] },
  { area: 'procedure', rules: PROCEDURE_RULES },
  { area: 'report', rules: REPORT_RULES },
];

/** Whether a rule applies on a date. */
export function ruleAppliesOn(rule: { readonly from: IsoDate; readonly to: IsoDate | null }, date: IsoDate): boolean {
  return date >= rule.from && (rule.to === null || date <= rule.to);
}

/**
 * The rules with their citations and parameters, without running them: all of
 * them, or those in force on `date`. Never throws: options that cannot be
 * read, or a date that is not a real `YYYY-MM-DD` day, give an empty list.
 *
 * @example
 * listRules({ date: '2021-01-10' }).map((r) => r.id)
 * // ['ELIG.RESIDENCE', 'ELIG.AGE.MIN', 'ELIG.JUDGMENT', 'POLICY.PARTY_MEMBER', 'POLICY.SECRETARY_HEAD', …]
 */
export function listRules(options: { readonly date?: IsoDate } = {}): RuleDescriptor[] {
  const date = listingDate(options);
  if (date === null) return [];
  const out: RuleDescriptor[] = [];
  for (const group of RULE_GROUPS) {
    for (const rule of group.rules) {
      if (date !== undefined && !ruleAppliesOn(rule, date)) continue;
      const { check: _check, ...rest } = rule;
      out.push({ ...rest, area: group.area });
    }
  }
  return out;
}
