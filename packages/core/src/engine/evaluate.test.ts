import { describe, expect, it } from 'vitest';
import { evaluate } from './evaluate';
import { defineRule } from './rule';

const citation = [{ document: 'TEST', confidence: 'confirmed' as const }];
const legal = (id: string, status: 'pass' | 'fail' | 'unknown', missing: string[] = []) =>
  defineRule<null, { n: number }, null>({
    id, kind: 'legal', summary: id, citations: citation, confidence: 'confirmed', from: '2000-01-01', to: null, params: { n: 1 },
    codes: [`${id}.code`],
    check: () => ({ status, missing, findings: status === 'pass' ? [] : [{ code: `${id}.code` }] }),
  });
const advice = defineRule<null, {}, null>({
  id: 'P', kind: 'policy', summary: 'p', citations: citation, confidence: 'secondary', from: '2000-01-01', to: null, params: {}, codes: ['p'],
  check: () => ({ status: 'advice', findings: [{ code: 'p' }] }),
});
const opts = { ruleSetVersion: 'test' };

describe('evaluate', () => {
  it('is eligible only when every legal rule passes', () => {
    expect(evaluate([legal('A', 'pass'), legal('B', 'pass')], null, null, opts).verdict).toBe('eligible');
  });
  it('is ineligible when any legal rule fails, even if others are unknown', () => {
    const r = evaluate([legal('A', 'unknown', ['x']), legal('B', 'fail')], null, null, opts);
    expect(r.verdict).toBe('ineligible');
    expect(r.missing).toEqual([]);
  });
  it('is undetermined with the missing inputs when a legal rule cannot decide', () => {
    const r = evaluate([legal('A', 'pass'), legal('B', 'unknown', ['x', 'y']), legal('C', 'unknown', ['y'])], null, null, opts);
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual(['x', 'y']);
  });
  it('never lets a policy rule change the verdict', () => {
    const r = evaluate([legal('A', 'pass'), advice], null, null, opts);
    expect(r.verdict).toBe('eligible');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'p', kind: 'policy', severity: 'info', ruleId: 'P' })]);
  });
  it('stamps findings with rule id, kind and citations, and traces every rule with its parameters', () => {
    const r = evaluate([legal('A', 'fail'), advice], null, null, opts);
    expect(r.findings[0]).toEqual({ code: 'A.code', ruleId: 'A', kind: 'legal', severity: 'error', params: {}, citations: citation });
    expect(r.trace).toEqual([
      { ruleId: 'A', kind: 'legal', status: 'fail', params: { n: 1 } },
      { ruleId: 'P', kind: 'policy', status: 'advice', params: {} },
    ]);
    expect(r.ruleSetVersion).toBe('test');
    expect(evaluate([legal('A', 'fail')], null, null, { ...opts, trace: false }).trace).toEqual([]);
  });
  it('turns a throwing rule into an undetermined verdict with engine.rule-error, never a crash', () => {
    const broken = defineRule<null, {}, null>({
      id: 'X', kind: 'legal', summary: 'x', citations: citation, confidence: 'confirmed', from: '2000-01-01', to: null, params: {}, codes: [],
      check: () => { throw new Error('boom'); },
    });
    const r = evaluate([legal('A', 'pass'), broken], null, null, opts);
    expect(r.verdict).toBe('undetermined');
    expect(r.findings[0]).toMatchObject({ code: 'engine.rule-error', params: { rule: 'X', reason: 'boom' } });
  });
});
