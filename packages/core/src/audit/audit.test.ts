import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditRecord } from './auditRecord';
import { canonicalJson } from './canonicalJson';

describe('canonicalJson and auditRecord', () => {
  it('orders keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] })).toBe('{"a":[2,{"c":3}],"b":1}');
  });
  it('property: key order never changes the canonical text', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
      const reversed = Object.fromEntries(Object.entries(o).reverse());
      expect(canonicalJson(reversed)).toBe(canonicalJson(o));
    }));
  });
  it('records version, input hash and fired rules, without the input', () => {
    const record = auditRecord({ ruleSetVersion: '1', inputHash: 'sha256:00', trace: [{ ruleId: 'A', kind: 'legal', status: 'pass', params: { name: 'Lê Văn Hùng' } }], verdict: 'eligible' });
    expect(record).toEqual({ ruleSetVersion: '1', inputHash: 'sha256:00', rulesFired: [{ ruleId: 'A', status: 'pass' }], verdict: 'eligible' });
    expect(JSON.stringify(record)).not.toContain('Hùng');
  });
});
