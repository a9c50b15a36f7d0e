import { describe, expect, it } from 'vitest';
import { checkCandidate, checkCandidateWithAudit, evaluateCandidate, formatFinding, listRules, loadOverlays, RULESET_VERSION } from '../src/index';

const allTrue = { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true };
const huongXuan = { electionDate: '2021-01-10', province: '46' };
const person = (over: Record<string, unknown> = {}) => ({
  fullName: 'Trần Thị Bích',
  dateOfBirth: '1975-03-02',
  permanentResident: true,
  livesInUnit: true,
  partyMember: true,
  partyCellSecretary: true,
  attestations: allTrue,
  ...over,
});
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('checkCandidate — seed case: Hương Xuân, election on 10/01/2021', () => {
  it('a candidate who turns 21 on the election day is eligible', () => {
    const r = checkCandidate(person({ dateOfBirth: '2000-01-10' }), huongXuan);
    expect(r.verdict).toBe('eligible');
    expect(r.regime?.id).toBe('R2018');
    expect(r.province).toEqual({ code: '46', name: 'Thừa Thiên Huế' });
    expect(r.term).toMatchObject({ label: '2021–2023', start: '2021-01-10', end: '2023-07-09', basis: 'declared' });
  });
  it('a candidate who turns 21 the day after is ineligible, with the date they reach 21', () => {
    const r = checkCandidate(person({ dateOfBirth: '2000-01-11' }), huongXuan);
    expect(r.verdict).toBe('ineligible');
    const f = r.findings.find((x) => x.code === 'elig.age.under-minimum');
    expect(f).toMatchObject({ kind: 'legal', ruleId: 'ELIG.AGE.MIN', params: { age: 20, minAge: 21, reachesOn: '2021-01-11' } });
    expect(f?.citations[0]).toMatchObject({ document: '04/2012/TT-BNV', article: '11' });
    expect(formatFinding(f!, 'vi')).toBe('Chưa đủ 21 tuổi vào ngày bầu cử (20 tuổi); đủ 21 tuổi từ ngày 11/01/2021.');
    expect(formatFinding(f!, 'en')).toBe('Under 21 on the election date (20 years old); reaches 21 on 2021-01-11.');
  });
  it('a 29 February birthday reaches 21 on 1 March in a common year', () => {
    const r = checkCandidate(person({ dateOfBirth: '2000-02-29' }), { electionDate: '2021-02-28' });
    expect(r.findings[0]?.params).toMatchObject({ reachesOn: '2021-03-01' });
    expect(checkCandidate(person({ dateOfBirth: '2000-02-29' }), { electionDate: '2021-03-01' }).verdict).toBe('eligible');
  });
  it('residence: not registered or not living there is ineligible; unknown is undetermined', () => {
    expect(codes(checkCandidate(person({ permanentResident: false }), huongXuan))).toContain('elig.residence.not-registered');
    expect(checkCandidate(person({ livesInUnit: false }), huongXuan).verdict).toBe('ineligible');
    const r = checkCandidate(person({ livesInUnit: null, permanentResident: undefined }), huongXuan);
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual(['permanentResident', 'livesInUnit']);
  });
  it('a missing judgment attestation makes the verdict undetermined, never eligible', () => {
    const r = checkCandidate(person({ attestations: { ...allTrue, capacity: null, health: undefined } }), huongXuan);
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual(['attestations.health', 'attestations.capacity']);
    expect(checkCandidate(person({ attestations: undefined }), huongXuan).missing).toHaveLength(5);
  });
  it('a judgment attested as not met is ineligible', () => {
    const r = checkCandidate(person({ attestations: { ...allTrue, moralQuality: false } }), huongXuan);
    expect(r.verdict).toBe('ineligible');
    expect(formatFinding(r.findings[0]!, 'en')).toBe('Does not meet the criterion “Good political and moral qualities, trusted by the people”.');
    expect(formatFinding(r.findings[0]!)).toBe('Không đạt tiêu chuẩn «Phẩm chất chính trị, đạo đức tốt, được nhân dân tín nhiệm».');
  });
  it('not being a Party member or the cell secretary is policy advice, never ineligibility', () => {
    const r = checkCandidate(person({ partyMember: false, partyCellSecretary: false }), huongXuan);
    expect(r.verdict).toBe('eligible');
    expect(r.findings.map((f) => [f.code, f.kind])).toEqual([
      ['policy.not-party-member', 'policy'],
      ['policy.not-party-cell-secretary', 'policy'],
    ]);
  });
  it('the secretary-also-leader advice concerns the leader only', () => {
    expect(codes(checkCandidate(person({ role: 'deputy', partyCellSecretary: false }), huongXuan))).not.toContain('policy.not-party-cell-secretary');
    expect(codes(checkCandidate(person(), huongXuan))).toContain('policy.secretary-also-leader');
  });
  it('before 15/10/2012 the criteria are not encoded: undetermined, not eligible', () => {
    const r = checkCandidate(person(), { electionDate: '2012-10-14' });
    expect(r.verdict).toBe('undetermined');
    expect(codes(r)).toContain('elig.criteria-not-encoded');
    expect(checkCandidate(person(), { electionDate: '2012-10-15' }).verdict).toBe('eligible');
  });
  it('policy rules start with NQ 18-NQ/TW on 25/10/2017', () => {
    const ids = (date: string) => checkCandidate(person({ partyMember: false }), { electionDate: date }).trace.map((t) => t.ruleId);
    expect(ids('2017-10-24')).not.toContain('POLICY.PARTY_MEMBER');
    expect(ids('2017-10-25')).toContain('POLICY.PARTY_MEMBER');
  });
});

describe('checkCandidate — input problems', () => {
  it('unreadable input is invalid with coded issues naming each field, never thrown', () => {
    const r = checkCandidate({ fullName: 'A', dateOfBirth: '31/02/2000' }, { electionDate: '2021-13-01' });
    expect(r.verdict).toBe('invalid');
    expect(r.issues).toEqual([
      { path: 'electionDate', code: 'input.invalid-date', params: {} },
      { path: 'dateOfBirth', code: 'input.invalid-date', params: {} },
    ]);
    expect(checkCandidate(null, null).verdict).toBe('invalid');
    expect(checkCandidate('x', 42).issues.length).toBeGreaterThan(0);
  });
  it('reads province codes on the election date (codes were reused on 01/07/2025)', () => {
    expect(checkCandidate(person(), { electionDate: '2025-06-30', province: '62' }).province?.name).toBe('Kon Tum');
    const after = checkCandidate(person(), { electionDate: '2025-07-01', province: '62' });
    expect(after.verdict).toBe('invalid');
    expect(after.issues[0]).toMatchObject({ path: 'province', code: 'input.unknown-province' });
    expect(checkCandidate(person(), { electionDate: '2025-07-01', province: '15' }).province?.name).toBe('Lào Cai');
    expect(checkCandidate(person(), { electionDate: '2021-01-10', province: 'thua thien hue' }).province?.code).toBe('46');
  });
  it('a birth after the election, or after the injected today, is an input error', () => {
    expect(checkCandidate(person({ dateOfBirth: '2021-01-11' }), huongXuan).issues[0]?.code).toBe('input.birth-after-election');
    expect(checkCandidate(person({ dateOfBirth: '2027-01-01' }), { electionDate: '2030-01-01' }, { today: '2026-11-21' }).issues.map((i) => i.code)).toEqual(['input.birth-in-future']);
  });
  it('elections before 12/05/2005 are outside coverage', () => {
    expect(checkCandidate(person(), { electionDate: '2005-05-11' }).issues[0]).toMatchObject({ code: 'input.before-coverage', params: { from: '2005-05-12' } });
  });
  it('returns no term when the province has not chosen 2.5 or 5 years in our data', () => {
    const r = checkCandidate(person(), { electionDate: '2021-01-10', province: '01' });
    expect(r.verdict).toBe('eligible');
    expect(r.term).toBeNull();
  });
});

describe('trace and listing', () => {
  it('traces the rules that ran with their parameters and the rule-set version', () => {
    const r = checkCandidate(person(), huongXuan);
    expect(r.ruleSetVersion).toBe(RULESET_VERSION);
    expect(r.trace.find((t) => t.ruleId === 'ELIG.AGE.MIN')).toEqual({ ruleId: 'ELIG.AGE.MIN', kind: 'legal', status: 'pass', params: { minAgeYears: 21, leapDayAnniversary: '03-01' } });
    expect(checkCandidate(person(), huongXuan, { trace: false }).trace).toEqual([]);
  });
  it('evaluateCandidate is the same decision on an already-parsed candidate', () => {
    const parsed = { ...person(), dateOfBirth: '2000-01-11' } as Parameters<typeof evaluateCandidate>[0];
    expect(evaluateCandidate(parsed, huongXuan).verdict).toBe('ineligible');
  });
  it('lists rules with citations, by date', () => {
    const all = listRules();
    for (const rule of all) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      expect(rule.codes.length + (rule.id === 'X' ? 1 : 0), rule.id).toBeGreaterThan(0);
      expect('check' in rule).toBe(false);
    }
    expect(listRules({ date: '2010-01-01' }).map((r) => r.id)).toContain('ELIG.CRITERIA.PRE2012');
    expect(listRules({ date: '2021-01-10' }).map((r) => r.id)).not.toContain('ELIG.CRITERIA.PRE2012');
  });
});

describe('audit', () => {
  it('attaches version, input hash and fired rules; equal inputs hash equally after normalisation', () => {
    const a = checkCandidateWithAudit(person({ fullName: 'Trần Thị Bích' }), huongXuan);
    const b = checkCandidateWithAudit(person({ fullName: '  Tra\u0302\u0300n Thi\u0323 Bích ' }), { province: 'Thừa Thiên Huế', electionDate: '2021-01-10' }, { trace: false });
    expect(a.audit?.inputHash).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(b.audit?.inputHash).toBe(a.audit?.inputHash);
    expect(b.trace).toEqual([]);
    expect(a.audit?.rulesFired.map((r) => r.ruleId)).toEqual(['INPUT.BIRTH_DATE', 'ELIG.RESIDENCE', 'ELIG.AGE.MIN', 'ELIG.JUDGMENT', 'POLICY.PARTY_MEMBER', 'POLICY.SECRETARY_HEAD']);
    expect(JSON.stringify(a.audit)).not.toContain('Bích');
    expect(checkCandidateWithAudit(person({ dateOfBirth: '1975-03-03' }), huongXuan).audit.inputHash).not.toBe(a.audit.inputHash);
    expect(checkCandidateWithAudit({}, huongXuan).audit).toEqual({ ruleSetVersion: RULESET_VERSION, inputHash: null, rulesFired: [], verdict: 'invalid' });
  });
  it('findings point at the field they are about', () => {
    const r = checkCandidate(person({ dateOfBirth: '2000-01-11', livesInUnit: false, partyMember: false, attestations: { ...allTrue, health: false } }), huongXuan);
    expect(r.findings.map((f) => [f.code, f.path])).toEqual([
      ['elig.residence.not-living', 'livesInUnit'],
      ['elig.age.under-minimum', 'dateOfBirth'],
      ['elig.judgment.not-met', 'attestations.health'],
      ['policy.not-party-member', 'partyMember'],
      ['policy.secretary-also-leader', 'partyCellSecretary'],
    ]);
  });
});

describe('context cache (one parse per distinct election context)', () => {
  it('never lets the issues of one row leak into the next row with the same context', () => {
    const ctx = { electionDate: '2025-07-01', province: '62' };
    const first = checkCandidate({ fullName: 'A', dateOfBirth: 'x' }, ctx);
    const second = checkCandidate(person(), ctx);
    expect(first.issues.map((i) => i.code)).toEqual(['input.unknown-province', 'input.invalid-date']);
    expect(second.issues.map((i) => i.code)).toEqual(['input.unknown-province']);
  });
  it('keys the cache by overlay registry', () => {
    const five = loadOverlays([{ id: '46-five', province: { code: '46', from: '2005-05-12', to: '2025-06-30' }, parameters: { 'term.lengthYears': [{ from: '2018-03-01', to: null, value: 5, citations: [] }] } }]);
    const ctx = { electionDate: '2022-03-06', province: '46' };
    expect(checkCandidate(person(), ctx).term?.label).toBe('2022–2024');
    expect(checkCandidate(person(), ctx, { overlays: five }).term?.label).toBe('2022–2027');
  });
});
