import { describe, expect, it } from 'vitest';
import type { Finding } from '@truongthon/core';
import { birthDatePlausible, CANDIDATE_MESSAGES, checkCandidate, createCandidateChecker, evaluateCandidate, formatFinding, listRules, MESSAGES } from '../src/index';

/**
 * Implausible dates of birth (issue 13, item 5): years 0099, 0001 or 1800
 * passed as eligible without a word. A date before 1900-01-01, or an age over
 * 120 on the election day, is a coded warning on `dateOfBirth`, and never
 * `eligible`.
 */
const allTrue = { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true };
const huongXuan = { electionDate: '2021-01-10', province: '46' };
const person = (dateOfBirth: string, over: Record<string, unknown> = {}) => ({
  fullName: 'Trần Thị Bích',
  dateOfBirth,
  permanentResident: true,
  livesInUnit: true,
  partyMember: true,
  partyCellSecretary: true,
  attestations: allTrue,
  ...over,
});
const nguyenVanA = (dateOfBirth: string) => ({
  fullName: 'Nguyễn Văn A',
  dateOfBirth,
  permanentResident: false,
  livesInUnit: false,
  residesInCommune: true,
  underSanction: false,
  attestations: { ...allTrue, digitalSkills: true },
});
const warningOf = (r: { findings: readonly Finding[] }) => r.findings.filter((f) => f.code === 'input.birth-year-implausible');

describe('implausible dates of birth', () => {
  it.each([
    ['0099-05-01', 1921],
    ['0001-01-01', 2020],
    ['1800-01-01', 221],
    ['1899-12-31', 121],
  ])('%s: a warning naming dateOfBirth with the age it gives (%i), and undetermined instead of eligible', (dateOfBirth, age) => {
    const r = checkCandidate(person(dateOfBirth), huongXuan);
    expect(r.verdict).toBe('undetermined');
    expect(r.issues).toEqual([]);
    expect(r.missing).toEqual(['dateOfBirth']);
    expect(warningOf(r)).toEqual([
      { code: 'input.birth-year-implausible', ruleId: 'INPUT.BIRTH_DATE', kind: 'legal', severity: 'warning', params: { age, maxAge: 120, earliestYear: 1900 }, citations: birthDatePlausible.citations, path: 'dateOfBirth' },
    ]);
    // The warning comes first: it is what the official must fix.
    expect(r.findings[0]!.code).toBe('input.birth-year-implausible');
  });

  it('an age over 120 on the election day warns even after 1900; 120 itself does not', () => {
    expect(warningOf(checkCandidate(person('1900-01-10'), huongXuan))).toHaveLength(1); // 121 on 2021-01-10
    const at120 = checkCandidate(person('1900-01-11'), huongXuan);
    expect(warningOf(at120)).toEqual([]);
    expect(at120.verdict).toBe('eligible');
    // Before 1900 warns whatever the age (an election in 2012: 112).
    expect(warningOf(checkCandidate(person('1899-12-31'), { electionDate: '2012-10-15' }))[0]!.params).toEqual({ age: 112, maxAge: 120, earliestYear: 1900 });
    expect(warningOf(checkCandidate(person('1900-01-01'), { electionDate: '2012-10-15' }))).toEqual([]);
  });

  it('ordinary dates of birth carry no warning', () => {
    for (const dateOfBirth of ['1975-03-02', '1930-06-01', '2000-01-10']) {
      const r = checkCandidate(person(dateOfBirth), huongXuan);
      expect(r.verdict, dateOfBirth).toBe('eligible');
      expect(warningOf(r), dateOfBirth).toEqual([]);
    }
  });

  it('an ineligible candidate stays ineligible, with the warning; an undetermined one lists dateOfBirth first among the inputs to settle', () => {
    const ineligible = checkCandidate(person('0099-05-01', { permanentResident: false }), huongXuan);
    expect(ineligible.verdict).toBe('ineligible');
    expect(ineligible.missing).toEqual([]);
    expect(warningOf(ineligible)).toHaveLength(1);
    const undetermined = checkCandidate(person('0099-05-01', { attestations: { ...allTrue, health: null } }), huongXuan);
    expect(undetermined.verdict).toBe('undetermined');
    expect(undetermined.missing).toEqual(['dateOfBirth', 'attestations.health']);
  });

  it('the law of 2026 too (NĐ 185/2026), and the batch checker gives the same result', () => {
    const r = checkCandidate(nguyenVanA('1800-01-01'), { electionDate: '2026-10-18', province: '01' });
    expect(r.verdict).toBe('undetermined');
    expect(warningOf(r)[0]!.params).toEqual({ age: 226, maxAge: 120, earliestYear: 1900 });
    expect(checkCandidate(nguyenVanA('1990-01-01'), { electionDate: '2026-10-18', province: '01' }).verdict).toBe('eligible');
    const check = createCandidateChecker({ today: '2026-12-03' });
    for (const dateOfBirth of ['0001-01-01', '1800-01-01', '1975-03-02']) {
      expect(JSON.stringify(check(person(dateOfBirth), huongXuan))).toBe(JSON.stringify(checkCandidate(person(dateOfBirth), huongXuan, { today: '2026-12-03' })));
    }
  });

  it('has its text in vi and en, in the candidate catalogue, naming the age (never the date)', () => {
    for (const lang of ['vi', 'en'] as const) {
      expect(CANDIDATE_MESSAGES[lang]['input.birth-year-implausible']).toBe(MESSAGES[lang]['input.birth-year-implausible']);
      const text = formatFinding(warningOf(checkCandidate(person('0099-05-01'), huongXuan))[0]!, lang);
      expect(text).toContain('1921');
      expect(text).toContain('1900');
      expect(text).toContain('120');
      expect(text).not.toContain('0099');
    }
    expect(formatFinding(warningOf(checkCandidate(person('1800-01-01'), huongXuan))[0]!)).toBe(
      'Ngày sinh có thể đã bị nhập sai (trước năm 1900 hoặc quá 120 tuổi vào ngày bầu cử: 221 tuổi); cần đối chiếu với giấy tờ tùy thân và sửa lại.',
    );
  });

  it('is a declared rule run by the engine: listed with citations whose notes say the bounds are not law, and evaluateCandidate warns too', () => {
    const listed = listRules({ date: '2021-01-10' }).find((r) => r.id === 'INPUT.BIRTH_DATE');
    expect(listed).toMatchObject({ kind: 'legal', area: 'input', params: { earliestYear: 1900, maxAge: 120 }, codes: ['input.birth-year-implausible'] });
    for (const c of listed!.citations) expect(c.note, c.document).toMatch(/not law/u);
    const parsed = { ...person('0001-01-01'), fullName: 'Trần Thị Bích' } as Parameters<typeof evaluateCandidate>[0];
    const r = evaluateCandidate(parsed, huongXuan);
    expect(r.verdict).toBe('undetermined');
    expect(r.missing).toEqual(['dateOfBirth']);
    expect(r.trace[0]).toEqual({ ruleId: 'INPUT.BIRTH_DATE', kind: 'legal', status: 'unknown', params: { earliestYear: 1900, maxAge: 120 } });
  });
});
