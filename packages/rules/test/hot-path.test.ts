/**
 * Issue 6: the fast paths give exactly what the code before them gave. The
 * references (test/support/reference.ts) are the candidate rules, the engine
 * loop and the secretary-also-leader report as they were, copied unchanged;
 * every comparison is of JSON text, so key order counts.
 */
import { evaluate, fromDayNumber, parseCandidate, parseInput, type Rule, type RuleOutcome, unitRecordSchema } from '@truongthon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  buildSecretaryReport,
  CANDIDATE_POLICY_RULES,
  checkCandidate,
  createCandidateChecker,
  ELIGIBILITY_RULES,
  evaluateCandidate,
  minimumAge,
  RULESET_VERSION,
  ruleAppliesOn,
  secretaryAlsoLeaderReport,
} from '../src/index';
import { REFERENCE_CHECKS, referenceBuild, referenceEvaluate, referenceSecretaryReport } from './support/reference';

const RULES: readonly Rule<any, any, any>[] = [...ELIGIBILITY_RULES, ...CANDIDATE_POLICY_RULES];
/** The same rules (ids, kinds, params, citations) with the checks as they were. */
const REFERENCE_RULES = RULES.map((rule) => ({ ...rule, check: REFERENCE_CHECKS[rule.id]! }));

const json = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`;
  }
};

/** An outcome as JSON with its members in one order (the checks return one shape of outcome object; the engine reads members, not their order). */
const outcome = (run: () => RuleOutcome): string => json(() => {
  const o = run();
  return { status: o.status, findings: o.findings, missing: o.missing };
});

const flag = fc.oneof(fc.constantFrom(true, false, null, undefined), fc.anything());
const day = fc.integer({ min: -30000, max: 30000 }).map(fromDayNumber);
const near = (date: string) => fc.integer({ min: -800, max: 800 }).map((d) => fromDayNumber(Math.round(Date.parse(`${date}T00:00:00Z`) / 86400000) - 21 * 365 + d));
/** Candidates as evaluateCandidate may receive them: parsed ones, and anything else a caller may pass. */
const candidate = fc.record(
  {
    fullName: fc.constant('Nguyễn Văn An'),
    dateOfBirth: fc.oneof(day, near('2021-01-10'), near('2026-01-18'), fc.constantFrom('2000-02-29', '2004-02-29', '1999-02-28', '2000-02-30', '0001-01-01', '9999-12-31', ''), fc.string({ maxLength: 10 }), fc.anything()),
    permanentResident: flag,
    livesInUnit: flag,
    partyMember: flag,
    partyCellSecretary: flag,
    role: fc.constantFrom('leader', 'deputy', undefined, null, 'x'),
    attestations: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.record({ health: flag, dedication: flag, moralQuality: flag, exemplaryFamily: flag, capacity: flag }, { requiredKeys: [] }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const electionDate = fc.oneof(
  fc.constantFrom('2021-01-10', '2026-01-18', '2010-06-01', '2012-10-14', '2012-10-15', '2017-10-24', '2017-10-25', '2024-02-29', '2005-05-11'),
  day,
  fc.string({ maxLength: 10 }),
);

describe('the candidate hot path (issue 6)', () => {
  it('property: the check of each rule gives what its check gave, with its own parameters and others', { timeout: 60_000 }, () => {
    const custom = { minAgeYears: [18, 25, -3], leapDayAnniversary: ['02-28', '03-01'], criteria: [['capacity', 'health'], [], ['health', 'health']], until: ['2012-10-14', '2000-01-01'] };
    fc.assert(
      fc.property(candidate, electionDate, fc.nat(5), (c, date, pick) => {
        for (const rule of RULES) {
          const reference = REFERENCE_CHECKS[rule.id]!;
          const context = { electionDate: date };
          expect(outcome(() => rule.check(c as never, rule.params, context)), rule.id).toBe(outcome(() => reference(c as never, rule.params, context)));
          // and with other parameters than the rule's own
          const params: Record<string, unknown> = { ...rule.params };
          for (const [key, values] of Object.entries(custom)) if (key in params) params[key] = values[pick % values.length];
          expect(outcome(() => rule.check(c as never, params, context)), `${rule.id} ${JSON.stringify(params)}`).toBe(outcome(() => reference(c as never, params, context)));
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('property: the age check gives what it gave for any whole number of years (0, negative, past 32 bits) under both 29 February readings', { timeout: 60_000 }, () => {
    const reference = REFERENCE_CHECKS['ELIG.AGE.MIN']!;
    const years = fc.oneof(fc.constantFrom(0, -0, 21, 2 ** 31, -(2 ** 31), 2 ** 40, -(2 ** 40)), fc.integer());
    fc.assert(
      fc.property(candidate, electionDate, years, fc.constantFrom('02-28', '03-01'), (c, date, minAgeYears, leapDayAnniversary) => {
        const params = { minAgeYears, leapDayAnniversary };
        const context = { electionDate: date };
        expect(outcome(() => minimumAge.check(c as never, params as never, context)), JSON.stringify(params)).toBe(outcome(() => reference(c as never, params, context)));
      }),
      { numRuns: 3000 },
    );
  });

  it('reads a minimum that is not a whole number of years in completed years, and never passes on one that is not a number', () => {
    // (The old check compared birth dates as text against "2000.5-01-10" and passed a 20-year-old for 20.5, or anyone for NaN.)
    const context = { electionDate: '2021-01-10' };
    const twenty = { fullName: 'A', dateOfBirth: '2000-07-02' };
    const check = (minAgeYears: number, dateOfBirth = twenty.dateOfBirth) => minimumAge.check({ ...twenty, dateOfBirth } as never, { minAgeYears, leapDayAnniversary: '03-01' }, context);
    expect(check(20.5).status).toBe('fail');
    expect(check(20.5, '2000-01-10').status).toBe('pass');
    expect(() => check(Number.NaN)).toThrow(RangeError);
    expect(() => check(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('property: evaluate (the small engine checkCandidate and forms use) gives what the old engine gave on the old rules', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(candidate, electionDate, fc.boolean(), (c, date, trace) => {
        const inForce = RULES.filter((rule) => ruleAppliesOn(rule, date)) as Rule<unknown, any, { electionDate: string }>[];
        const inForceBefore = REFERENCE_RULES.filter((rule) => ruleAppliesOn(rule, date)) as Rule<unknown, any, { electionDate: string }>[];
        const options = { ruleSetVersion: RULESET_VERSION, trace };
        expect(json(() => evaluate(inForce, c, { electionDate: date }, options))).toBe(json(() => referenceEvaluate(inForceBefore, c, { electionDate: date }, options)));
      }),
      { numRuns: 2000 },
    );
  });

  it('returns constant outcomes where the outcome does not depend on the candidate, and fresh ones where it does', () => {
    const context = { electionDate: '2021-01-10' };
    const base = { fullName: 'A', dateOfBirth: '1980-01-01', permanentResident: true, livesInUnit: false, partyMember: null, partyCellSecretary: true, attestations: { health: true, dedication: null, moralQuality: true, exemplaryFamily: true, capacity: true } };
    const other = { ...base, fullName: 'B', dateOfBirth: '1990-05-05', attestations: { ...base.attestations } };
    for (const rule of RULES) {
      const a = rule.check(base as never, rule.params, context);
      expect(rule.check(other as never, rule.params, context), rule.id).toBe(a);
      expect(Object.isFrozen(a), rule.id).toBe(true);
    }
    const young = minimumAge.check({ ...base, dateOfBirth: '2000-01-11' } as never, minimumAge.params, context);
    expect(young).not.toBe(minimumAge.check({ ...base, dateOfBirth: '2000-01-11' } as never, minimumAge.params, context));
    expect(young.findings?.[0]?.params).toEqual({ age: 20, minAge: 21, reachesOn: '2021-01-11' });
  });

  it('property: evaluateCandidate gives what the old engine gave on the old rules, call after call, with and without trace', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(candidate, electionDate), { minLength: 1, maxLength: 20 }), (batch) => {
        for (const [c, date] of [...batch, ...batch]) {
          const inForce = REFERENCE_RULES.filter((rule) => ruleAppliesOn(rule, date)) as Rule<unknown, any, { electionDate: string }>[];
          for (const trace of [true, false]) {
            const expected = json(() => referenceEvaluate(inForce, c, { electionDate: date }, { ruleSetVersion: RULESET_VERSION, trace }));
            expect(json(() => evaluateCandidate(c as never, { electionDate: date }, { trace }))).toBe(expected);
          }
          expect(json(() => evaluateCandidate(c as never, { electionDate: date }))).toBe(json(() => referenceEvaluate(inForce, c, { electionDate: date }, { ruleSetVersion: RULESET_VERSION })));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('property: createCandidateChecker gives what checkCandidate gives, row after row, whatever the contexts and options', { timeout: 60_000 }, () => {
    const raw = candidate.map((c) => ({ ...c, fullName: ' Nguye\u0302\u0303n  Văn An ' }));
    const context = fc.oneof(
      fc.record({ electionDate, province: fc.constantFrom('46', 'Thừa Thiên Huế', 'thua thien hue', '62', '99', null, undefined) }, { requiredKeys: ['electionDate'] }),
      fc.constantFrom(undefined, null, 'x', { electionDate: '2021-01-10', province: '46', extra: 1 }, { electionDate: 20210110 }),
    );
    const options = fc.record({ trace: fc.boolean(), today: fc.constantFrom('2021-01-01', '2026-12-03') }, { requiredKeys: [] });
    fc.assert(
      fc.property(options, fc.array(fc.tuple(fc.oneof(candidate, raw), context), { minLength: 1, maxLength: 20 }), (opts, rows) => {
        const check = createCandidateChecker(opts);
        for (const [c, ctx] of [...rows, ...rows]) expect(json(() => check(c, ctx))).toBe(json(() => checkCandidate(c, ctx, opts)));
      }),
      { numRuns: 500 },
    );
  });

  it('keeps the rule objects as they were: data, citations and a check', () => {
    for (const rule of RULES) expect(Object.keys(rule)).toEqual(['id', 'kind', 'summary', 'citations', 'confidence', 'from', 'to', 'params', 'codes', 'check']);
  });

  it('returns frozen results for repeated combinations, and checkCandidate still returns a plain object', () => {
    const person = { fullName: 'Lê Văn Hùng', dateOfBirth: '1980-01-01', permanentResident: true, livesInUnit: true, partyMember: true, partyCellSecretary: true, attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true } };
    const parsed = parseCandidate(person);
    if (!parsed.ok) throw new Error('does not parse');
    const a = evaluateCandidate(parsed.value, { electionDate: '2021-01-10' });
    const b = evaluateCandidate(parsed.value, { electionDate: '2021-01-10' });
    expect(b).toBe(a);
    expect(Object.isFrozen(a)).toBe(true);
    const checked = checkCandidate(person, { electionDate: '2021-01-10', province: '46' });
    expect(Object.isFrozen(checked)).toBe(false);
    expect(checked.findings).toEqual(a.findings);
  });
});

// ---------------------------------------------------------------------------

const text = fc.oneof(fc.constantFrom('Thôn 1', 'Thôn 2', ' Thôn  1 ', 'Tho\u0302n 1', 'Tổ dân phố 3', '', '  ', 'A', 'B'), fc.string({ maxLength: 4 }));
const code = fc.oneof(fc.constantFrom('46', '62', '01', '1', '100', '101', '608', '23284', ' 62 ', '12a', ''), fc.string({ maxLength: 3 }));
const ref = fc.oneof(
  fc.record({ code, name: fc.oneof(text, fc.constant(null)) }, { requiredKeys: ['code'] }),
  fc.constantFrom({ code: '62', name: 'Kon Tum' }, { code: '100', name: 'Huyện 100' }, { code: '23284', name: 'Xã A' }, { code: '100', name: 'Xã 100' }),
);
const unitFlag: fc.Arbitrary<boolean | null | undefined | string> = fc.constantFrom(true, false, null, undefined, '', 'yes');
/** Unit records, mostly valid, with repeated codes (duplicates, communes under two parents, a commune code equal to a district code). */
const unitRecord = fc.record(
  {
    province: fc.oneof(fc.constantFrom({ code: '62', name: 'Kon Tum' }, { code: '46', name: 'Thừa Thiên Huế' }, { code: '62' }), ref),
    district: fc.oneof(fc.constantFrom({ code: '100', name: 'Huyện 100' }, { code: '101' }, null), ref, fc.constant(undefined)),
    commune: fc.oneof(fc.constantFrom({ code: '100', name: 'Xã 100' }, { code: '23284', name: 'Xã A' }, { code: '23284', name: 'Xã B' }, { code: '23290' }), ref),
    unit: fc.record({ code: fc.oneof(fc.constantFrom('1', '2', '3', '10', '01', null), text), name: text, kind: fc.constantFrom('thon', 'to_dan_pho', 'x') }, { requiredKeys: ['name', 'kind'] }),
    leaderStatus: fc.constantFrom('elected', 'elected', 'interim', 'vacant', 'x'),
    leaderPartyMember: unitFlag,
    leaderIsPartyCellSecretary: unitFlag,
    hasPartyCell: unitFlag,
  },
  { requiredKeys: ['province', 'commune', 'unit', 'leaderStatus'] },
);
const reportOptions = fc.record({ asOf: fc.constantFrom(undefined, null, '2021-11-15', '2025-07-01', '2026-01-01', '2021-02-30'), listUnits: fc.constantFrom(undefined, true, false) }, { requiredKeys: [] });

describe('the secretary-also-leader report (issue 6)', () => {
  it('property: gives what the report gave, byte for byte (records read, counted, listed, rejected)', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(unitRecord, unitRecord, unitRecord, fc.anything()), { maxLength: 60 }), reportOptions, (units, options) => {
        expect(json(() => secretaryAlsoLeaderReport(units, options))).toBe(json(() => referenceSecretaryReport(units, options)));
      }),
      { numRuns: 1500 },
    );
  });

  it('property: buildSecretaryReport on records parsed beforehand gives what it gave', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(unitRecord, { maxLength: 60 }), reportOptions, (units, options) => {
        const parsed = units.flatMap((u, index) => {
          const r = parseInput(unitRecordSchema, u);
          return r.ok ? [{ unit: r.value, index }] : [];
        });
        expect(json(() => buildSecretaryReport(parsed, options))).toBe(json(() => referenceBuild(parsed, options)));
      }),
      { numRuns: 500 },
    );
  });

  it('gives the same report on 5 000 generated units, and when rows come in another order', { timeout: 60_000 }, () => {
    const units = Array.from({ length: 5_000 }, (_, i) => {
      const commune = Math.floor(i / 25);
      return {
        province: { code: ['46', '62', '38'][Math.floor(commune / 60) % 3]!, name: ['Thừa Thiên Huế', 'Kon Tum', 'Thanh Hóa'][Math.floor(commune / 60) % 3]! },
        district: { code: String(100 + Math.floor(commune / 20)), name: `Huyện ${Math.floor(commune / 20)}` },
        commune: { code: String(10000 + commune), name: `Xã ${commune}` },
        unit: { code: `${10000 + commune}${String(i % 25).padStart(3, '0')}`, name: `Thôn ${(i % 25) + 1}`, kind: i % 3 === 0 ? 'to_dan_pho' : 'thon' },
        leaderStatus: ['elected', 'elected', 'elected', 'interim', 'vacant'][i % 5]!,
        leaderPartyMember: i % 5 === 4 ? null : i % 7 !== 0,
        leaderIsPartyCellSecretary: i % 5 === 4 ? false : i % 2 === 0 && i % 7 !== 0,
        hasPartyCell: i % 11 !== 0,
      };
    });
    for (const options of [{ asOf: '2021-12-01' }, { asOf: '2025-08-01' }, { listUnits: false }]) {
      expect(json(() => secretaryAlsoLeaderReport(units, options))).toBe(json(() => referenceSecretaryReport(units, options)));
      const reversed = [...units].reverse();
      expect(json(() => secretaryAlsoLeaderReport(reversed, options))).toBe(json(() => referenceSecretaryReport(reversed, options)));
    }
  });
});

