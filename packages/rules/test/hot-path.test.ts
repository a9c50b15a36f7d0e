/**
 * The batch paths give exactly what the one-at-a-time paths give: the rules
 * compiled per election date (`evaluateCandidate`) what core's small engine
 * (`evaluate`) gives on the rules in force, and `createCandidateChecker` what
 * `checkCandidate` gives; the report is the same whatever the order of its
 * rows. Every comparison is of JSON text, so key order counts.
 */
import { evaluate, fromDayNumber, parseInput, type Rule, unitRecordSchema } from '@truongthon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  birthDatePlausible,
  buildSecretaryReport,
  CANDIDATE_POLICY_RULES,
  checkCandidate,
  createCandidateChecker,
  ELIGIBILITY_RULES,
  evaluateCandidate,
  lawNotReviewed,
  minimumAge,
  RULESET_VERSION,
  ruleAppliesOn,
  secretaryAlsoLeaderReport,
} from '../src/index';

const RULES: readonly Rule<any, any, any>[] = [birthDatePlausible, lawNotReviewed, ...ELIGIBILITY_RULES, ...CANDIDATE_POLICY_RULES];

const json = (run: () => unknown): string => {
  try {
    return JSON.stringify(run());
  } catch (error) {
    return `threw ${error instanceof Error ? `${error.constructor.name}: ${error.message}` : String(error)}`;
  }
};

const flag = fc.oneof(fc.constantFrom(true, false, null, undefined), fc.anything());
const day = fc.integer({ min: -30000, max: 30000 }).map(fromDayNumber);
const near = (date: string) => fc.integer({ min: -800, max: 800 }).map((d) => fromDayNumber(Math.round(Date.parse(`${date}T00:00:00Z`) / 86400000) - 21 * 365 + d));
/** Candidates as evaluateCandidate may receive them: parsed ones, and anything else a caller may pass. */
const candidate = fc.record(
  {
    fullName: fc.constant('Nguyễn Văn An'),
    dateOfBirth: fc.oneof(day, near('2021-01-10'), near('2026-01-18'), near('2026-10-18'), fc.constantFrom('2000-02-29', '2004-02-29', '1999-02-28', '2000-02-30', '0001-01-01', '9999-12-31', ''), fc.string({ maxLength: 10 }), fc.anything()),
    permanentResident: flag,
    livesInUnit: flag,
    residesInCommune: flag,
    underSanction: flag,
    partyMember: flag,
    partyCellSecretary: flag,
    role: fc.constantFrom('leader', 'deputy', undefined, null, 'x'),
    attestations: fc.oneof(
      fc.constant(undefined),
      fc.constant(null),
      fc.record({ health: flag, dedication: flag, moralQuality: flag, exemplaryFamily: flag, capacity: flag, digitalSkills: flag }, { requiredKeys: [] }),
      fc.anything(),
    ),
  },
  { requiredKeys: [] },
);
const electionDate = fc.oneof(
  fc.constantFrom('2021-01-10', '2026-01-18', '2010-06-01', '2012-10-14', '2012-10-15', '2017-10-24', '2017-10-25', '2024-02-29', '2005-05-11', '2026-05-25', '2026-05-26', '2026-10-18', '2026-12-06', '2026-12-07', '2027-03-01'),
  day,
  fc.string({ maxLength: 10 }),
);

describe('the candidate batch path', () => {
  it('reads a minimum that is not a whole number of years in completed years, and never passes on one that is not a number', () => {
    // (An old check compared birth dates as text against "2000.5-01-10" and passed a 20-year-old for 20.5, or anyone for NaN.)
    const context = { electionDate: '2021-01-10' };
    const twenty = { fullName: 'A', dateOfBirth: '2000-07-02' };
    const check = (minAgeYears: number, dateOfBirth = twenty.dateOfBirth) => minimumAge.check({ ...twenty, dateOfBirth } as never, { minAgeYears, leapDayAnniversary: '03-01' }, context);
    expect(check(20.5).status).toBe('fail');
    expect(check(20.5, '2000-01-10').status).toBe('pass');
    expect(() => check(Number.NaN)).toThrow(RangeError);
    expect(() => check(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('property: evaluateCandidate gives what the small engine gives on the rules in force, call after call, with and without trace', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(candidate, electionDate), { minLength: 1, maxLength: 20 }), (batch) => {
        for (const [c, date] of [...batch, ...batch]) {
          const inForce = RULES.filter((rule) => ruleAppliesOn(rule, date)) as Rule<unknown, any, { electionDate: string }>[];
          for (const trace of [true, false]) {
            const expected = json(() => evaluate(inForce, c, { electionDate: date }, { ruleSetVersion: RULESET_VERSION, trace }));
            expect(json(() => evaluateCandidate(c as never, { electionDate: date }, { trace }))).toBe(expected);
          }
          expect(json(() => evaluateCandidate(c as never, { electionDate: date }))).toBe(json(() => evaluate(inForce, c, { electionDate: date }, { ruleSetVersion: RULESET_VERSION })));
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

describe('the secretary-also-leader report on a batch', () => {
  it('counts 5 000 generated units the same when the rows come in another order, and buildSecretaryReport on parsed rows agrees', { timeout: 60_000 }, () => {
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
    const counts = (report: { total: unknown; provinces: unknown }) => JSON.stringify({ total: report.total, provinces: report.provinces });
    for (const options of [{ asOf: '2021-12-01', listUnits: false }, { asOf: '2025-06-30', listUnits: false }, { listUnits: false }]) {
      const forward = secretaryAlsoLeaderReport(units, options);
      expect(forward.counted + forward.rejected).toBe(5_000);
      expect(counts(secretaryAlsoLeaderReport([...units].reverse(), options))).toBe(counts(forward));
      const parsed = units.map((u, index) => {
        const r = parseInput(unitRecordSchema, u);
        if (!r.ok) throw new Error(`row ${index} does not parse`);
        return { unit: r.value, index };
      });
      expect(parsed).toHaveLength(5_000);
      expect(counts(buildSecretaryReport(parsed, options))).toBe(counts(forward));
    }
  });
});

describe('the secretary-also-leader report on any rows', () => {
  it('property: never throws, and every record is either counted or rejected with an issue', { timeout: 60_000 }, () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(unitRecord, unitRecord, unitRecord, fc.anything()), { maxLength: 60 }), reportOptions, (units, options) => {
        const report = secretaryAlsoLeaderReport(units, options);
        if (!report.ok) return;
        expect(report.records).toBe(units.length);
        expect(report.counted + report.rejected).toBe(units.length);
        expect(new Set(report.issues.filter((i) => i.index >= 0).map((i) => i.index)).size).toBeGreaterThanOrEqual(report.rejected);
      }),
      { numRuns: 1000 },
    );
  });
});
