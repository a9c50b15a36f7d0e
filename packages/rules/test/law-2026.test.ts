/**
 * The law in force from 26/05/2026 (Nghị định 185/2026/NĐ-CP) and the review
 * date: the examples of the issue "The law in force today", and the
 * corrections of the December 2026 audit on eligibility.
 */
import { describe, expect, it } from 'vitest';
import { checkCandidate, formatFinding, LAW_REVIEWED_THROUGH, lawChanges, listRules, resolveRegime } from '../src/index';

const everyAttestation = { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true, digitalSkills: true };
/** The issue's example: not registered and not living in the thôn, but living in the commune. */
const nguyenVanA = (over: Record<string, unknown> = {}) => ({
  fullName: 'Nguyễn Văn A',
  dateOfBirth: '1990-01-01',
  permanentResident: false,
  livesInUnit: false,
  residesInCommune: true,
  underSanction: false,
  attestations: everyAttestation,
  ...over,
});
const hanoi2026 = { electionDate: '2026-10-18', province: '01' };
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);

describe('NĐ 185/2026 Điều 7: the criteria for elections from 26/05/2026', () => {
  it('the issue example is eligible under R2026 (residence in the commune, not in the thôn)', () => {
    const r = checkCandidate(nguyenVanA(), hanoi2026);
    expect(r.regime?.id).toBe('R2026');
    expect(r.verdict).toBe('eligible');
    expect(codes(r)).not.toContain('elig.residence.not-registered');
    expect(codes(r)).not.toContain('elig.residence.not-living');
  });
  it('the same person one day before the decree is judged by TT 04/2012 Điều 11 and is ineligible', () => {
    const r = checkCandidate(nguyenVanA(), { electionDate: '2026-05-25', province: '01' });
    expect(r.regime?.id).toBe('R2025');
    expect(r.verdict).toBe('ineligible');
    expect(codes(r)).toEqual(expect.arrayContaining(['elig.residence.not-registered', 'elig.residence.not-living']));
  });
  it('permanentResident: false is said to be no longer a criterion, never a failure', () => {
    const r = checkCandidate(nguyenVanA(), hanoi2026);
    const f = r.findings.find((x) => x.code === 'elig.not-a-criterion');
    expect(f).toMatchObject({ ruleId: 'ELIG.2026.FORMER_CRITERIA', severity: 'info', path: 'permanentResident' });
    expect(formatFinding(f!, 'vi')).toContain('Đăng ký thường trú tại thôn, tổ dân phố: không còn là tiêu chuẩn từ ngày 26/05/2026');
    expect(checkCandidate(nguyenVanA({ permanentResident: true }), hanoi2026).findings.some((x) => x.code === 'elig.not-a-criterion')).toBe(false);
  });
  it('underSanction: true is ineligible (Điều 7 khoản 5); unknown is undetermined', () => {
    const r = checkCandidate(nguyenVanA({ underSanction: true }), hanoi2026);
    expect(r.verdict).toBe('ineligible');
    const f = r.findings.find((x) => x.code === 'elig.sanction.current');
    expect(f?.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '7', clause: '5', confidence: 'secondary' });
    const unknown = checkCandidate(nguyenVanA({ underSanction: undefined }), hanoi2026);
    expect(unknown.verdict).toBe('undetermined');
    expect(unknown.missing).toContain('underSanction');
  });
  it('residence in the commune: false is ineligible; livesInUnit: true implies it; neither known is undetermined', () => {
    expect(checkCandidate(nguyenVanA({ residesInCommune: false }), hanoi2026).verdict).toBe('ineligible');
    expect(checkCandidate(nguyenVanA({ residesInCommune: undefined, livesInUnit: true }), hanoi2026).verdict).toBe('eligible');
    const r = checkCandidate(nguyenVanA({ residesInCommune: undefined }), hanoi2026);
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual(['residesInCommune']);
  });
  it('IT and reporting skills (Điều 7 khoản 4) are a criterion; "dedication" is not', () => {
    const noSkills = checkCandidate(nguyenVanA({ attestations: { ...everyAttestation, digitalSkills: false } }), hanoi2026);
    expect(noSkills.verdict).toBe('ineligible');
    expect(noSkills.findings.find((x) => x.code === 'elig.judgment.not-met')?.params).toEqual({ criterion: 'digitalSkills' });
    const { digitalSkills: _, ...withoutSkills } = everyAttestation;
    expect(checkCandidate(nguyenVanA({ attestations: withoutSkills }), hanoi2026).missing).toEqual(['attestations.digitalSkills']);
    const { dedication: __, ...withoutDedication } = everyAttestation;
    expect(checkCandidate(nguyenVanA({ attestations: withoutDedication }), hanoi2026).verdict).toBe('eligible');
    const notDedicated = checkCandidate(nguyenVanA({ attestations: { ...everyAttestation, dedication: false } }), hanoi2026);
    expect(notDedicated.verdict).toBe('eligible');
    expect(notDedicated.findings.filter((x) => x.code === 'elig.not-a-criterion').map((x) => x.path)).toEqual(['permanentResident', 'attestations.dedication']);
  });
  it('21 or over (Điều 7 khoản 1), cited to the decree', () => {
    const r = checkCandidate(nguyenVanA({ dateOfBirth: '2005-10-19' }), hanoi2026);
    expect(r.verdict).toBe('ineligible');
    const f = r.findings.find((x) => x.code === 'elig.age.under-minimum');
    expect(f).toMatchObject({ ruleId: 'ELIG.2026.AGE', params: { age: 20, minAge: 21, reachesOn: '2026-10-19' } });
    expect(f?.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '7', clause: '1' });
    expect(checkCandidate(nguyenVanA({ dateOfBirth: '2005-10-18' }), hanoi2026).verdict).toBe('eligible');
  });
  it('a deputy gets a finding that no national rule exists (Điều 4 khoản 1), not a verdict on the old criteria', () => {
    const r = checkCandidate(nguyenVanA({ role: 'deputy', residesInCommune: false, underSanction: true }), hanoi2026);
    expect(r.verdict).toBe('undetermined');
    expect(codes(r).filter((c) => c.startsWith('elig.'))).toEqual(['elig.deputy.no-national-rule']);
    expect(r.findings[0]?.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '4', clause: '1' });
    expect(checkCandidate(nguyenVanA({ role: 'deputy' }), { electionDate: '2026-05-25', province: '01' }).verdict).toBe('ineligible');
  });
  it('every rule of the decree cites it by article and clause, as secondary, with the note to check Công báo', () => {
    const rules = listRules({ date: '2026-10-18' }).filter((r) => r.id.startsWith('ELIG.2026.'));
    expect(rules.map((r) => r.id)).toEqual(['ELIG.2026.DEPUTY', 'ELIG.2026.RESIDENCE', 'ELIG.2026.AGE', 'ELIG.2026.JUDGMENT', 'ELIG.2026.SANCTION', 'ELIG.2026.FORMER_CRITERIA']);
    for (const rule of rules) {
      expect(rule.confidence, rule.id).toBe('secondary');
      for (const c of rule.citations) {
        expect(c.document, rule.id).toBe('185/2026/NĐ-CP');
        expect(c.article, rule.id).toMatch(/^[47]$/);
        expect(c.note, rule.id).toContain('Công báo');
      }
    }
  });
});

describe('the regime of 2026 and the ones before it', () => {
  it('R2026 from 26/05/2026; an election on 2021-01-10 in province 46 still gives R2018', () => {
    expect(resolveRegime('2026-05-26')?.id).toBe('R2026');
    const r = checkCandidate({ ...nguyenVanA(), permanentResident: true, livesInUnit: true }, { electionDate: '2021-01-10', province: '46' });
    expect(r.regime?.id).toBe('R2018');
    expect(r.verdict).toBe('eligible');
  });
  it('TT 04/2012 Điều 11 has no clauses: its rules cite the article only (audit 4.2)', () => {
    for (const rule of listRules({ date: '2021-01-10' }).filter((r) => r.area === 'eligibility')) {
      for (const c of rule.citations.filter((x) => x.document === '04/2012/TT-BNV')) expect(c.clause, rule.id).toBeUndefined();
    }
  });
});

describe('LAW_REVIEWED_THROUGH: never silent certainty about the future', () => {
  it('is a real day, not before the decree it reviewed', () => {
    expect(LAW_REVIEWED_THROUGH).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(LAW_REVIEWED_THROUGH >= '2026-05-26').toBe(true);
  });
  it('a candidate after it carries law.not-reviewed (warning, vi and en); one on or before it does not; the verdict is unchanged', () => {
    const later = checkCandidate(nguyenVanA(), { electionDate: '2027-03-14', province: '01' });
    expect(later.verdict).toBe('eligible');
    const f = later.findings.find((x) => x.code === 'law.not-reviewed');
    expect(f).toMatchObject({ severity: 'warning', params: { reviewedThrough: LAW_REVIEWED_THROUGH } });
    expect(formatFinding(f!, 'vi')).toContain('rà soát đến hết ngày');
    expect(formatFinding(f!, 'en')).toContain('reviewed up to');
    expect(codes(checkCandidate(nguyenVanA(), { electionDate: LAW_REVIEWED_THROUGH, province: '01' }))).not.toContain('law.not-reviewed');
    expect(codes(checkCandidate(nguyenVanA(), hanoi2026))).not.toContain('law.not-reviewed');
  });
});

describe('lawChanges: what changed between two days', () => {
  it('on 26/05/2026 the criteria of TT 04/2012 end and those of NĐ 185/2026 start', () => {
    const c = lawChanges('2026-05-25', '2026-05-26');
    expect(c.issues).toEqual([]);
    expect(c.rulesEnded.map((r) => r.id)).toEqual(expect.arrayContaining(['ELIG.RESIDENCE', 'ELIG.AGE.MIN', 'ELIG.JUDGMENT']));
    expect(c.rulesStarted.map((r) => r.id)).toEqual(expect.arrayContaining(['ELIG.2026.RESIDENCE', 'ELIG.2026.AGE', 'ELIG.2026.JUDGMENT', 'ELIG.2026.SANCTION', 'ELIG.2026.DEPUTY']));
    for (const r of c.rulesStarted) expect(r.citations.length, r.id).toBeGreaterThan(0);
  });
  it('nothing changes between two days of one regime; the day after the review starts the warning', () => {
    const quiet = lawChanges('2021-01-10', '2021-01-11');
    expect([...quiet.rulesStarted, ...quiet.rulesEnded]).toEqual([]);
    expect(quiet.parameters).toEqual([]);
    expect(lawChanges(LAW_REVIEWED_THROUGH, '2027-01-01').rulesStarted.map((r) => r.id)).toContain('LAW.NOT_REVIEWED');
  });
  it('bad dates and a reversed range are coded issues, never a throw', () => {
    expect(lawChanges('25/05/2026', '2026-05-26').issues).toEqual([{ path: 'from', code: 'input.invalid-date', params: {} }]);
    expect(lawChanges('2026-05-26', '2026-05-25').issues[0]?.code).toBe('input.range-reversed');
  });
});
