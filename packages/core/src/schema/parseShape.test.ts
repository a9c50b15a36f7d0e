import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateSchema } from './candidate';
import { electionContextSchema } from './context';
import { parseInput } from './parse';
import { parseCandidate, parseElectionContext } from './parseCandidate';

/*
 * The parse by shape against zod, the real schema, as the oracle: on any
 * input, the same value (same keys in the same order, also nested) or the
 * same issues (path, code, params, in the same order).
 */

function same(actual: unknown, expected: unknown): void {
  expect(actual).toStrictEqual(expected);
  expect(JSON.stringify(actual)).toBe(JSON.stringify(expected));
  const a = actual as { ok: boolean; value?: Record<string, unknown> };
  if (a.ok) {
    const e = expected as { value: Record<string, unknown> };
    expect(Object.keys(a.value!)).toEqual(Object.keys(e.value));
    const nested = (v: Record<string, unknown>) => (typeof v['attestations'] === 'object' && v['attestations'] !== null ? Object.keys(v['attestations']) : v['attestations']);
    expect(nested(a.value!)).toEqual(nested(e.value));
  }
}

/** Any value a caller might pass in a member's place. */
const junk = fc.oneof(
  fc.constantFrom(undefined, null, true, false, 0, 1, -1, Number.NaN, '', ' ', '\u200b', '\u00ad', [], ['x'], {}, { length: 0 }, { length: 300 }, { length: 'x' }, 10n),
  fc.string({ maxLength: 6 }),
  fc.array(fc.string({ maxLength: 2 }), { maxLength: 3 }),
  fc.integer(),
);

const text = (max: number) =>
  fc.oneof(
    fc.constantFrom('Nguyễn Văn An', ' Trần  Thị\u00a0Hoa ', 'Tho\u0302n 3'.normalize('NFD'), 'x'.repeat(max), 'x'.repeat(max + 1), '😀'.repeat(max), '😀'.repeat(max) + 'x', 'a\ud800'.repeat(max / 2 + 1), ' \t '),
    fc.string({ maxLength: 8 }),
    fc.string({ unit: 'grapheme', maxLength: 6 }),
  );

const date = fc.oneof(
  fc.constantFrom('2000-01-10', '1980-02-29', '1981-02-29', '2001-13-01', '2000-00-10', '0000-01-01', '9999-12-31', ' 2000-01-10', '20000110', '2000-1-10', '2026-10-18'),
  fc.date({ min: new Date('1900-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
);

const citizenId = fc.oneof(
  fc.constantFrom('046200001234', '046 200 001 234', '046.200-001 234', '001080001234', '001180001234', '099200001234', '04620000123', '0462000012345', '...', '-', ' 0 '),
  fc.stringMatching(/^\d{3}[0-9]\d{2}\d{6}$/u),
  fc.string({ maxLength: 14 }),
);

const flag = fc.oneof(fc.constantFrom(true, false, null, undefined), junk);

const attestations = fc.oneof(
  fc.constantFrom(null, undefined, 'x', [], 5, {}),
  fc.dictionary(fc.constantFrom('health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity', 'digitalSkills', 'other', '__proto__', 'toString'), flag, { maxKeys: 8 }),
  fc.record({ health: flag, dedication: flag, moralQuality: flag, exemplaryFamily: flag, capacity: flag, digitalSkills: flag }, { requiredKeys: [] }),
);

/** A member: mostly a value of its kind, sometimes anything. */
const or = <T>(arb: fc.Arbitrary<T>) => fc.oneof({ arbitrary: arb, weight: 4 }, { arbitrary: junk, weight: 1 });

const candidate = fc.record(
  {
    id: or(text(100)),
    fullName: or(text(200)),
    dateOfBirth: or(date),
    gender: or(fc.constantFrom('male', 'female', 'Nam', null, undefined)),
    citizenId: or(citizenId),
    role: or(fc.constantFrom('leader', 'deputy', 'mayor', null, undefined)),
    unitCode: or(text(50)),
    unitName: or(text(200)),
    permanentResident: flag,
    livesInUnit: flag,
    residesInCommune: flag,
    underSanction: flag,
    partyMember: flag,
    partyCellSecretary: flag,
    attestations: or(attestations),
    extra: junk,
    dob: date,
  },
  { requiredKeys: [] },
);

/** Objects that are not plain records: other prototypes, an own `__proto__`, inherited members, non-enumerable members. */
const odd = (record: fc.Arbitrary<Record<string, unknown>>) =>
  fc.oneof(
    record.map((r) => Object.assign(Object.create(null), r)),
    record.map((r) => Object.assign(Object.create(r), { zz: 1 })),
    record.map((r) => Object.defineProperty({ ...r }, '__proto__', { value: { polluted: true }, enumerable: true, writable: true, configurable: true })),
    record.map((r) => Object.defineProperty({ ...r }, 'fullName', { value: 'A', enumerable: false })),
    record.map((r) => Object.assign(new Date(0), r)),
    record.map((r) => Object.assign([], r)),
  );

const nonObject = fc.constantFrom(undefined, null, 'x', '', 1, true, [], [{}], () => 1, Symbol.for('x'), new Map(), new Date(0));

const context = fc.record(
  { electionDate: or(date), province: or(fc.oneof(text(100), fc.constantFrom('46', 'Thừa Thiên Huế', null))), extra: junk },
  { requiredKeys: [] },
);

describe('parseCandidate and parseElectionContext agree with zod', () => {
  it('on generated candidates (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: candidate, weight: 6 }, { arbitrary: odd(candidate), weight: 2 }, { arbitrary: nonObject, weight: 1 }), (input) => {
        same(parseCandidate(input), parseInput(candidateSchema, input));
      }),
      { numRuns: 4000 },
    );
  });

  it('on generated valid candidates, whose citizen id matches the record or not', () => {
    const valid = fc
      .record({
        fullName: text(200),
        dateOfBirth: date,
        gender: fc.constantFrom('male', 'female', null),
        century: fc.constantFrom('0', '1', '2', '3', '9'),
        province: fc.constantFrom('001', '046', '099', '100'),
        rest: fc.stringMatching(/^\d{6}$/u),
        attestations: attestations,
      })
      .map(({ century, province, rest, ...r }) => ({ ...r, citizenId: `${province}${century}${r.dateOfBirth.slice(2, 4)}${rest}` }));
    const seen = new Set<string>();
    fc.assert(
      fc.property(valid, (input) => {
        const result = parseCandidate(input);
        same(result, parseInput(candidateSchema, input));
        seen.add(result.ok ? 'ok' : result.issues[0]!.code);
      }),
      { numRuns: 2000 },
    );
    // The generator reaches both outcomes, and the citizen-id checks with the record.
    expect(seen).toContain('ok');
    expect(seen).toContain('input.citizen-id-birth-year');
    expect(seen).toContain('input.citizen-id-gender');
  });

  it('on generated election contexts (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof({ arbitrary: context, weight: 6 }, { arbitrary: odd(context), weight: 2 }, { arbitrary: nonObject, weight: 1 }), (input) => {
        same(parseElectionContext(input), parseInput(electionContextSchema, input));
      }),
      { numRuns: 2000 },
    );
  });

  it('on input that cannot be read: input.unreadable', () => {
    const getter = Object.defineProperty({ fullName: 'A', dateOfBirth: '2000-01-01' }, 'livesInUnit', { enumerable: true, get: () => { throw new Error('boom'); } });
    const unknownGetter = Object.defineProperty({ fullName: 'A', dateOfBirth: '2000-01-01' }, 'other', { enumerable: true, get: () => { throw new Error('boom'); } });
    const { proxy, revoke } = Proxy.revocable({}, {});
    revoke();
    for (const input of [getter, unknownGetter, proxy, { fullName: 'A', dateOfBirth: '2000-01-01', attestations: proxy }]) {
      same(parseCandidate(input), parseInput(candidateSchema, input));
      same(parseElectionContext(input), parseInput(electionContextSchema, input));
    }
    expect(parseCandidate(proxy)).toEqual({ ok: false, issues: [{ path: '', code: 'input.unreadable', params: {} }] });
  });

  it('never writes to a prototype', () => {
    const input = JSON.parse('{"fullName":"A","dateOfBirth":"2000-01-01","__proto__":{"polluted":true},"attestations":{"__proto__":{"polluted":true}}}');
    same(parseCandidate(input), parseInput(candidateSchema, input));
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });
});
