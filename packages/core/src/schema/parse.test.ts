import { describe, expect, it } from 'vitest';
import { candidateSchema } from './candidate';
import { parseCandidate } from './parseCandidate';
import { dropBlanks, parseInput } from './parse';

/** Values a caller can pass that are not plain data. */
function hostile(): Record<string, unknown> {
  const getter = { fullName: 'A', dateOfBirth: '2000-01-01' };
  Object.defineProperty(getter, 'livesInUnit', { enumerable: true, get: () => { throw new Error('boom'); } });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const cycle: Record<string, unknown> = { fullName: 'A', dateOfBirth: '2000-01-01' };
  cycle['attestations'] = cycle;
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 100_000; i++) deep = { attestations: deep };
  return { getter, proxy, cycle, deep: { fullName: 'A', dateOfBirth: '2000-01-01', attestations: deep } };
}

describe('parseInput never throws on values that are not plain data', () => {
  it.each(Object.entries(hostile()))('%s', (_name, value) => {
    for (const parse of [(v: unknown) => parseInput(candidateSchema, v), parseCandidate]) {
      const r = parse(value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.length).toBeGreaterThan(0);
    }
  });
  it('a throwing getter or a revoked proxy is input.unreadable', () => {
    const { getter, proxy } = hostile();
    expect(parseInput(candidateSchema, getter)).toEqual({ ok: false, issues: [{ path: '', code: 'input.unreadable', params: {} }] });
    expect(parseCandidate(proxy)).toEqual({ ok: false, issues: [{ path: '', code: 'input.unreadable', params: {} }] });
  });
  it('a cycle or deep nesting is a wrong type at the nested field, not a stack overflow', () => {
    const { cycle, deep } = hostile();
    for (const value of [cycle, deep]) {
      const r = parseInput(candidateSchema, value);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues.every((i) => i.path.startsWith('attestations'))).toBe(true);
    }
  });
  it('dropBlanks still drops blanks at the depths real input has', () => {
    expect(dropBlanks({ a: ' ', b: { c: '', d: 'x' } })).toEqual({ b: { d: 'x' } });
  });
});
