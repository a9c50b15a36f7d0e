import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import type { Finding, FindingDraft } from './finding';
import { compileRules, constantOutcome, ruleOutcome } from './plan';
import { defineRule, type RuleOutcome, type RuleStatus } from './rule';

/** The reference: core's small engine, which plans must match byte for byte (see EvaluationPlan). */
const referenceEvaluate = evaluate;

const citations = [{ document: 'TEST', confidence: 'confirmed' as const }];
const status = fc.constantFrom<RuleStatus>('pass', 'fail', 'unknown', 'advice', 'not-applicable');
const draft: fc.Arbitrary<FindingDraft> = fc.record(
  {
    code: fc.constantFrom('a', 'b', 'c'),
    severity: fc.constantFrom('error' as const, 'warning' as const, 'info' as const),
    params: fc.dictionary(fc.constantFrom('n', 'm'), fc.oneof(fc.integer(), fc.string({ maxLength: 3 }), fc.boolean(), fc.constant(null))),
    path: fc.constantFrom('x', 'y.z'),
  },
  { requiredKeys: ['code'] },
);
/** An outcome as a rule may return it: a literal, a ruleOutcome, or a constant one. */
const outcome: fc.Arbitrary<() => RuleOutcome> = fc
  .tuple(status, fc.option(fc.array(draft, { maxLength: 3 }), { nil: undefined }), fc.option(fc.array(fc.constantFrom('p', 'q', 'r'), { maxLength: 3 }), { nil: undefined }), fc.constantFrom('literal', 'made', 'constant'))
  .map(([s, findings, missing, how]) => {
    const literal = (): RuleOutcome => ({ status: s, ...(findings ? { findings: structuredClone(findings) } : {}), ...(missing ? { missing: [...missing] } : {}) });
    if (how === 'constant') {
      const shared = constantOutcome(literal());
      return () => shared;
    }
    return how === 'made' ? () => ruleOutcome(s, findings && structuredClone(findings), missing && [...missing]) : literal;
  });
/** A rule choosing among a few outcomes by its input (a number), or throwing. */
const rule = fc.tuple(fc.constantFrom('legal' as const, 'policy' as const), fc.array(outcome, { minLength: 1, maxLength: 3 }), fc.boolean()).map(([kind, outcomes, throws]) =>
  defineRule<number, { n: number }, null>({
    id: 'R', kind, summary: '', citations, confidence: 'confirmed', from: '2000-01-01', to: null, params: { n: 1 }, codes: [],
    check: (input) => {
      if (throws && input % 7 === 3) throw new Error(`boom ${input}`);
      return outcomes[input % outcomes.length]!();
    },
  }),
);

describe('compileRules', () => {
  it('property: gives what the reference engine gives, byte for byte, call after call (memo included)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(rule, { maxLength: 6 }), fc.array(fc.nat(20), { minLength: 1, maxLength: 12 }), (rules, inputs) => {
        const withIds = rules.map((r, i) => ({ ...r, id: `R${i}` }));
        const plan = compileRules(withIds, { ruleSetVersion: 'v' });
        for (const input of [...inputs, ...inputs]) {
          for (const trace of [true, false]) {
            const expected = JSON.stringify(referenceEvaluate(withIds, input, null, { ruleSetVersion: 'v', trace }));
            expect(JSON.stringify(plan.evaluate(input, null, trace))).toBe(expected);
            expect(JSON.stringify(evaluate(withIds, input, null, { ruleSetVersion: 'v', trace }))).toBe(expected);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it('shares only frozen parts, and remembers only constant outcomes', () => {
    const member = constantOutcome({ status: 'advice', findings: [{ code: 'p', path: 'partyMember' }] });
    const PASS = constantOutcome({ status: 'pass' });
    let fresh = 0;
    const rules = [
      defineRule<number, {}, null>({ id: 'L', kind: 'legal', summary: '', citations, confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [], check: (n) => (n > 0 ? ruleOutcome('fail', [{ code: 'f', params: { n: ++fresh } }]) : PASS) }),
      defineRule<number, {}, null>({ id: 'P', kind: 'policy', summary: '', citations, confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [], check: () => member }),
    ];
    const plan = compileRules(rules, { ruleSetVersion: 'v' });
    const a = plan.evaluate(0, null);
    const b = plan.evaluate(0, null);
    expect(b).toBe(a); // constant outcomes: the remembered, frozen evaluation
    expect(Object.isFrozen(a) && Object.isFrozen(a.findings) && Object.isFrozen(a.findings[0]) && Object.isFrozen(a.trace) && Object.isFrozen(a.trace[0])).toBe(true);
    expect(() => (a.findings as Finding[]).push(a.findings[0]!)).toThrow(TypeError);
    const c = plan.evaluate(1, null);
    const d = plan.evaluate(2, null);
    expect(c).not.toBe(d); // a fresh outcome: a fresh evaluation
    expect([c.findings[0]!.params, d.findings[0]!.params]).toEqual([{ n: 1 }, { n: 2 }]);
    expect(c.findings[1]).toBe(a.findings[0]); // the constant finding is stamped once
  });

  it('lets a rule evaluate the same plan again from inside its check', () => {
    const holder: { plan?: ReturnType<typeof compileRules<number, null>> } = {};
    const rules = [
      defineRule<number, {}, null>({
        id: 'R', kind: 'legal', summary: '', citations, confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [],
        check: (n) => (n > 0 && holder.plan!.evaluate(n - 1, null).verdict === 'eligible' ? ruleOutcome('fail') : constantOutcome({ status: 'pass' })),
      }),
      defineRule<number, {}, null>({ id: 'S', kind: 'legal', summary: '', citations, confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [], check: (n) => (n === 1 ? ruleOutcome('unknown', [], ['s']) : constantOutcome({ status: 'pass' })) }),
    ];
    holder.plan = compileRules(rules, { ruleSetVersion: 'v' });
    for (const n of [0, 1, 2, 3]) expect(JSON.stringify(holder.plan.evaluate(n, null))).toBe(JSON.stringify(referenceEvaluate(rules, n, null, { ruleSetVersion: 'v' })));
  });

  it('constantOutcome freezes a copy: the outcome given can still change without changing it', () => {
    const given = { status: 'fail' as const, findings: [{ code: 'x', params: { n: 1 } }], missing: ['a'] };
    const made = constantOutcome(given);
    given.findings[0]!.params.n = 2;
    given.missing.push('b');
    expect(made).toEqual({ status: 'fail', findings: [{ code: 'x', params: { n: 1 } }], missing: ['a'] });
    expect(Object.isFrozen(made.findings![0]!.params)).toBe(true);
  });
});
