import { fromDayNumber } from '@truongthon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCandidate, checkCandidateWithAudit, findProvince, termOn } from '../src/index';

/** The default suite runs a sample; `npm run fuzz` sets FUZZ_RUNS=100000. */
const runs = Number(process.env['FUZZ_RUNS'] ?? 300);
const VERDICTS = ['eligible', 'ineligible', 'undetermined', 'invalid'];

const day = fc.integer({ min: -30000, max: 30000 }).map(fromDayNumber);
const flag = fc.constantFrom(true, false, null, undefined);
const plausible = fc.record({
  fullName: fc.oneof(fc.string(), fc.constant('Nguyễn Văn An'), fc.constant('<script>alert(1)</script>'), fc.constant('=cmd|/C calc!A0')),
  dateOfBirth: fc.oneof(day, fc.string(), fc.constant('2000-02-30')),
  permanentResident: flag,
  livesInUnit: flag,
  partyMember: flag,
  partyCellSecretary: flag,
  citizenId: fc.oneof(fc.constant(undefined), fc.stringMatching(/^\d{12}$/u), fc.string()),
  attestations: fc.oneof(fc.constant(undefined), fc.record({ health: flag, dedication: flag, moralQuality: flag, exemplaryFamily: flag, capacity: flag })),
}, { requiredKeys: [] });
const context = fc.record({ electionDate: fc.oneof(day, fc.string()), province: fc.oneof(fc.constant(undefined), fc.constantFrom('46', '62', '15', '79', '99', 'Huế', 'kon tum', ''), fc.string()) }, { requiredKeys: [] });

describe(`fuzz (${runs} runs each)`, { timeout: Math.max(5000, runs * 5) }, () => {
  it('checkCandidate never throws on anything, and its result is coherent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), plausible), fc.oneof(fc.anything(), context), (input, ctx) => {
        const r = checkCandidate(input, ctx);
        expect(VERDICTS).toContain(r.verdict);
        expect(r.verdict === 'invalid').toBe(r.issues.length > 0);
        if (r.verdict !== 'undetermined') expect(r.missing).toEqual([]);
        if (r.verdict === 'eligible') expect(r.findings.every((f) => f.kind === 'policy')).toBe(true);
        if (r.verdict === 'ineligible') expect(r.findings.some((f) => f.kind === 'legal' && f.severity === 'error')).toBe(true);
        for (const issue of r.issues) expect(issue.code).toMatch(/^input\./u);
      }),
      { numRuns: runs },
    );
  });
  it('is deterministic: the same input gives byte-identical output and the same audit hash', () => {
    fc.assert(
      fc.property(plausible, context, (input, ctx) => {
        const a = checkCandidateWithAudit(input, ctx);
        const b = checkCandidateWithAudit(structuredClone(input), structuredClone(ctx));
        expect(JSON.stringify(b)).toBe(JSON.stringify(a));
      }),
      { numRuns: Math.min(runs, 20000) },
    );
  });
  it('province and term look-ups never throw', () => {
    fc.assert(
      fc.property(fc.string(), day, (name, date) => {
        findProvince(name, date);
        termOn(name, date);
      }),
      { numRuns: runs },
    );
  });
});
