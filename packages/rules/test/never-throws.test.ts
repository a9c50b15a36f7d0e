/** The library never throws on a value a caller can pass (issue "Nothing lost, ever", item 4, for candidates and texts). */
import { describe, expect, it } from 'vitest';
import { checkCandidate, createCandidateChecker, fieldLabel, formatFinding, formatIssue, formatMessage } from '../src/index';

function hostileValues(): [string, unknown][] {
  const getter = { fullName: 'A', dateOfBirth: '2000-01-01' };
  Object.defineProperty(getter, 'partyMember', { enumerable: true, get: () => { throw new Error('boom'); } });
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  const cycle: Record<string, unknown> = { fullName: 'A', dateOfBirth: '2000-01-01' };
  cycle['attestations'] = cycle;
  let deep: Record<string, unknown> = {};
  for (let i = 0; i < 50_000; i++) deep = { attestations: deep };
  const contextGetter = {};
  Object.defineProperty(contextGetter, 'electionDate', { enumerable: true, get: () => { throw new Error('boom'); } });
  return [['throwing getter', getter], ['revoked proxy', proxy], ['cycle', cycle], ['deep nesting', { fullName: 'A', dateOfBirth: '2000-01-01', attestations: deep }], ['context with a throwing getter', contextGetter]];
}

describe('checkCandidate and createCandidateChecker never throw', () => {
  it.each(hostileValues())('%s, as the candidate and as the context', (_name, value) => {
    const check = createCandidateChecker();
    for (const run of [() => checkCandidate(value, { electionDate: '2026-10-18' }), () => checkCandidate({ fullName: 'A', dateOfBirth: '2000-01-01' }, value), () => check(value, value)]) {
      const r = run();
      expect(r.verdict).toBe('invalid');
      expect(r.issues.length).toBeGreaterThan(0);
    }
  });
  it('an unreadable candidate is the coded issue input.unreadable, with text in vi and en', () => {
    const [, proxy] = hostileValues()[1]!;
    const r = checkCandidate(proxy, { electionDate: '2026-10-18' });
    expect(r.issues).toEqual([{ path: '', code: 'input.unreadable', params: {} }]);
    expect(formatIssue(r.issues[0]!, 'vi')).toBe('Không đọc được dữ liệu đầu vào.');
    expect(formatIssue(r.issues[0]!, 'en')).toBe('The input could not be read.');
  });
});

describe('the catalogues look up their own entries only', () => {
  it('formatMessage of a name Object.prototype has renders the name itself', () => {
    for (const code of ['constructor', 'toString', '__proto__', 'hasOwnProperty', 'valueOf']) {
      expect(formatMessage(code)).toBe(code);
      expect(formatMessage(code, {}, 'en')).toBe(code);
    }
  });
  it('fieldLabel of such a name is the name, never a function', () => {
    for (const path of ['toString', 'constructor', '__proto__']) expect(fieldLabel(path)).toBe(path);
  });
  it('a parameter named like a prototype member is not read from the prototype', () => {
    expect(formatMessage('input.too-long', { field: 'fullName' })).toBe('Họ và tên: quá dài (tối đa  ký tự).');
  });
  it('a language that is neither vi nor en falls back to Vietnamese; null params do not throw', () => {
    expect(formatMessage('verdict.eligible', {}, 'fr' as never)).toBe('Đủ điều kiện');
    expect(formatMessage('elig.age.under-minimum', null as never)).toContain('Chưa đủ');
  });
});

describe('checkCandidate and createCandidateChecker read their options without throwing', () => {
  const person = { fullName: 'A', dateOfBirth: '1980-01-01' };
  const context = { electionDate: '2021-01-10', province: '46' };
  it.each([
    ['a number', 42, 'input.wrong-type'],
    ['a revoked proxy', (() => { const p = Proxy.revocable({}, {}); p.revoke(); return p.proxy; })(), 'input.unreadable'],
    ['a throwing getter', Object.defineProperty({}, 'trace', { get: () => { throw new Error('boom'); } }), 'input.unreadable'],
    ['today not a string', { today: 20210101 }, 'input.wrong-type'],
  ] as const)('options: %s', (_name, options, code) => {
    for (const r of [checkCandidate(person, context, options as never), createCandidateChecker(options as never)(person, context)]) {
      expect(r.verdict).toBe('invalid');
      expect(r.issues.map((i) => i.code)).toEqual([code]);
    }
  });
  it('undefined and null options are the defaults, as for every function of the package', () => {
    expect(checkCandidate(person, context, undefined).verdict).toBe('undetermined');
    expect(checkCandidate(person, context, null as never).verdict).toBe('undetermined');
  });
  it('a caller registry that throws is input.unreadable on overlays, never an exception', () => {
    const registry = { overlays: [], parameter: () => { throw new Error('boom'); }, forProvince: () => { throw new Error('boom'); } };
    const r = checkCandidate(person, context, { overlays: registry as never });
    expect(r.verdict).toBe('invalid');
    expect(r.issues).toEqual([{ path: 'overlays', code: 'input.unreadable', params: {} }]);
  });
});

describe('the text functions never throw', () => {
  const { proxy, revoke } = Proxy.revocable({}, {});
  revoke();
  it.each([
    ['null', null],
    ['undefined', undefined],
    ['a revoked proxy', proxy],
    ['a number', 42],
    ['a finding whose params throw', { code: 'elig.age.under-minimum', get params() { throw new Error('boom'); } }],
  ] as const)('%s', (_name, value) => {
    expect(() => formatFinding(value as never)).not.toThrow();
    expect(() => formatIssue(value as never, 'en')).not.toThrow();
    expect(() => formatMessage(value as never, value as never)).not.toThrow();
    expect(() => fieldLabel(value as never)).not.toThrow();
  });
  it('an unreadable finding renders as nothing; a code with unreadable params renders as the code', () => {
    expect(formatFinding(null as never)).toBe('');
    expect(formatMessage('elig.age.under-minimum', proxy as never)).toBe('elig.age.under-minimum');
  });
});
