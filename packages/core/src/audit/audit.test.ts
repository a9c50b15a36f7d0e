import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { auditRecord } from './auditRecord';
import { canonicalJson } from './canonicalJson';
import { sha256 } from './sha256';

describe('sha256', () => {
  it('matches the FIPS test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });
  it('property: agrees with Node crypto on any text, including Vietnamese and astral characters', { timeout: 60_000 }, () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
      expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }), { numRuns: 300 });
    expect(sha256('Nguyễn Thị Hoa')).toBe(createHash('sha256').update('Nguyễn Thị Hoa').digest('hex'));
  });
});

describe('canonicalJson and auditRecord', () => {
  it('orders keys and drops undefined members', () => {
    expect(canonicalJson({ b: 1, a: [2, { d: undefined, c: 3 }] })).toBe('{"a":[2,{"c":3}],"b":1}');
  });
  it('property: key order never changes the hash', () => {
    fc.assert(fc.property(fc.dictionary(fc.string(), fc.jsonValue()), (o) => {
      const reversed = Object.fromEntries(Object.entries(o).reverse());
      expect(canonicalJson(reversed)).toBe(canonicalJson(o));
    }));
  });
  it('records version, input hash and fired rules, without the input', () => {
    const record = auditRecord({ ruleSetVersion: '1', input: { fullName: 'Lê Văn Hùng' }, context: { electionDate: '2021-01-10' }, trace: [{ ruleId: 'A', kind: 'legal', status: 'pass', params: {} }], verdict: 'eligible' });
    expect(record.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(record.rulesFired).toEqual([{ ruleId: 'A', status: 'pass' }]);
    expect(JSON.stringify(record)).not.toContain('Hùng');
  });
});
