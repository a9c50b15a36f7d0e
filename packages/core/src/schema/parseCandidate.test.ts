import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { candidateSchema } from './candidate';
import { parseInput } from './parse';
import { parseCandidate } from './parseCandidate';

const good = {
  id: 'UV-1',
  fullName: 'Nguyễn Văn An',
  dateOfBirth: '2000-01-10',
  gender: 'male',
  citizenId: '046200001234',
  role: 'leader',
  unitCode: '19900011',
  unitName: 'Thôn 1',
  permanentResident: true,
  livesInUnit: true,
  partyMember: false,
  partyCellSecretary: null,
  attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
};

/** Same value, same keys in the same order (also nested), same issues. */
const same = (input: unknown) => {
  const fast = parseCandidate(input);
  const slow = parseInput(candidateSchema, input);
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  if (fast.ok && slow.ok) {
    expect(Object.keys(fast.value)).toEqual(Object.keys(slow.value));
    expect(Object.keys(fast.value.attestations ?? {})).toEqual(Object.keys(slow.value.attestations ?? {}));
  }
};

describe('parseCandidate', () => {
  it('returns what the zod schema returns, on valid and invalid candidates', () => {
    same(good);
    same({ fullName: 'A', dateOfBirth: '2000-01-10' });
    same({ ...good, fullName: '  Nguye\u0302\u0303n  Thi\u0323\u00a0Hoa '.normalize('NFD') });
    same({ ...good, citizenId: '046 200 001 234' });
    same({ ...good, citizenId: '046.200-001 234' });
    same({ ...good, citizenId: '...' });
    same({ ...good, citizenId: '046300001234' });
    same({ ...good, citizenId: '' });
    same({ ...good, gender: undefined, role: undefined, attestations: { health: undefined, capacity: null } });
    same({ ...good, attestations: null });
    same({ ...good, attestations: { health: 'yes' } });
    same({ ...good, attestations: { health: true, other: true } });
    same({ ...good, attestations: { health: true, other: ' ' } });
    same({ ...good, dateOfBirth: '2000-02-30' });
    same({ ...good, dateOfBirth: '' });
    same({ ...good, fullName: 'x'.repeat(201) });
    same({ ...good, id: null });
    same({ ...good, role: 'mayor' });
    same({ ...good, dob: '2000-01-10' });
    same({ ...good, dob: '' });
    same(Object.assign(Object.create(null), good));
    same(Object.assign(Object.create({ fullName: 'A' }), { dateOfBirth: '2000-01-10' }));
    same(Object.defineProperty({ dateOfBirth: '2000-01-10' }, 'fullName', { value: 'A', enumerable: false }));
    same(JSON.parse('{"fullName":"A","dateOfBirth":"2000-01-10","__proto__":{"x":1}}'));
    same(null);
    same([good]);
    same('A');
  });

  it('agrees with the zod schema on generated candidates (fast-check)', () => {
    const text = fc.oneof(
      fc.constantFrom('Nguyễn Văn An', ' Trần  Thị\u00a0Hoa ', 'Tho\u0302n 3', '', '   ', 'x'.repeat(201), 'x'.repeat(101), 'ℌ', 'Ω', '2000-01-10'),
      fc.string({ maxLength: 12 }),
    );
    const flag = fc.constantFrom(true, false, null, undefined, '', 'yes', 0);
    const attestations = fc.oneof(
      fc.constant(null),
      fc.constant('x'),
      fc.dictionary(fc.constantFrom('health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity', 'other'), flag, { maxKeys: 6 }),
    );
    const candidate = fc.record(
      {
        id: fc.oneof(text, fc.constant(null)),
        fullName: text,
        dateOfBirth: fc.constantFrom('2000-01-10', '1980-02-29', '1981-02-29', '2001-13-01', '', ' 2000-01-10', '20000110'),
        gender: fc.constantFrom('male', 'female', 'other', null, undefined, ''),
        citizenId: fc.oneof(fc.constantFrom('046200001234', '046 200 001 234', '001080001234', '099200001234', '04620000123', '', ' ', '...'), fc.string({ maxLength: 14 })),
        role: fc.constantFrom('leader', 'deputy', 'mayor', null, undefined, ''),
        unitCode: fc.oneof(text, fc.constant(null)),
        unitName: fc.oneof(text, fc.constant(null)),
        permanentResident: flag,
        livesInUnit: flag,
        partyMember: flag,
        partyCellSecretary: flag,
        attestations,
        extra: text,
      },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(candidate, (input) => {
        same(input);
      }),
      { numRuns: 3000 },
    );
  }, 30_000);
});
