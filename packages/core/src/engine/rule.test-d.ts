import { describe, expectTypeOf, it } from 'vitest';
import type { Candidate } from '../schema/candidate';
import { evaluate } from './evaluate';
import type { Finding } from './finding';
import { defineRule, type RuleOutcome } from './rule';
import type { Verdict } from './verdict';

describe('rule types', () => {
  it('keeps the parameter and input types of a rule', () => {
    const rule = defineRule<Candidate, { minAgeYears: number }, { electionDate: string }>({
      id: 'X', kind: 'legal', summary: '', citations: [], confidence: 'confirmed', from: '2012-10-15', to: null,
      params: { minAgeYears: 21 }, codes: [],
      check: (candidate, params, context) => {
        expectTypeOf(candidate.dateOfBirth).toEqualTypeOf<string>();
        expectTypeOf(params.minAgeYears).toEqualTypeOf<number>();
        expectTypeOf(context.electionDate).toEqualTypeOf<string>();
        return { status: 'pass' };
      },
    });
    expectTypeOf(rule.params).toEqualTypeOf<{ minAgeYears: number }>();
    expectTypeOf(rule.check).returns.toEqualTypeOf<RuleOutcome>();
  });
  it('returns a verdict of three values and read-only findings', () => {
    const r = evaluate([], null, null, { ruleSetVersion: '1' });
    expectTypeOf(r.verdict).toEqualTypeOf<Verdict>();
    expectTypeOf<Verdict>().toEqualTypeOf<'eligible' | 'ineligible' | 'undetermined'>();
    expectTypeOf(r.findings).toEqualTypeOf<readonly Finding[]>();
  });
  it('rejects an unknown rule kind', () => {
    // @ts-expect-error kind is 'legal' | 'policy'
    defineRule({ id: 'X', kind: 'advice', summary: '', citations: [], confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [], check: () => ({ status: 'pass' }) });
  });
});
