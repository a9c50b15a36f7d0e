import { describe, expect, it } from 'vitest';
import { maskCitizenId } from '../text/citizenId';
import { foldKey, normalizeText } from '../text/normalizeText';
import { candidateSchema } from './candidate';
import { parseCandidate } from './parseCandidate';
import { parseInput } from './parse';

const base = { fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-10' };

describe('candidateSchema', () => {
  it('normalises decomposed (NFD) Vietnamese to NFC and trims', () => {
    const nfd = '  Nguye\u0302\u0303n  Thi\u0323   Hoa '.normalize('NFD');
    const r = parseInput(candidateSchema, { ...base, fullName: nfd });
    expect(r.ok && r.value.fullName).toBe('Nguyễn Thị Hoa');
  });
  it('names the field and a stable code for each problem, never the value', () => {
    const r = parseInput(candidateSchema, { fullName: '', dateOfBirth: '2000-02-30', role: 'mayor', dob: 'x', permanentResident: 'yes' });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues).toEqual(expect.arrayContaining([
      { path: 'fullName', code: 'input.required', params: {} },
      { path: 'dateOfBirth', code: 'input.invalid-date', params: {} },
      { path: 'role', code: 'input.invalid-value', params: { allowed: 'leader, deputy' } },
      { path: 'dob', code: 'input.unknown-field', params: {} },
      { path: 'permanentResident', code: 'input.wrong-type', params: { expected: 'boolean' } },
    ]));
    expect(JSON.stringify(r.issues)).not.toContain('mayor');
  });
  it('requires the name and date of birth; blank strings count as not given', () => {
    const r = parseInput(candidateSchema, {});
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['fullName:input.required', 'dateOfBirth:input.required']);
    const blank = parseInput(candidateSchema, { fullName: '   ', dateOfBirth: '', attestations: { health: '' } });
    expect(blank.ok ? [] : blank.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['fullName:input.required', 'dateOfBirth:input.required']);
  });
  it('counts a field of only invisible characters (pasted zero-width spaces) as not given, on both parse paths', () => {
    const input = { fullName: 'Nguyễn An', dateOfBirth: '1990-01-01', id: '\u200b', unitCode: ' \u2060 ', unitName: '\ufeff', attestations: { health: '\u200b' } };
    for (const parse of [(v: unknown) => parseInput(candidateSchema, v), parseCandidate]) {
      expect(parse(input)).toEqual({ ok: true, value: { fullName: 'Nguyễn An', dateOfBirth: '1990-01-01', attestations: {} } });
      const blank = parse({ fullName: '\u200b\u200c', dateOfBirth: '\u200b' });
      expect(blank.ok ? [] : blank.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['fullName:input.required', 'dateOfBirth:input.required']);
    }
  });
  it('accepts null for unknown answers', () => {
    expect(parseInput(candidateSchema, { ...base, partyMember: null, attestations: { health: null } }).ok).toBe(true);
  });
  it('checks a citizen id against the date of birth and gender', () => {
    expect(parseInput(candidateSchema, { ...base, gender: 'male', citizenId: '046 200 001 234' }).ok).toBe(true);
    const wrong = parseInput(candidateSchema, { ...base, gender: 'male', citizenId: '046199001234' });
    expect(wrong.ok ? [] : wrong.issues.map((i) => i.code)).toEqual(['input.citizen-id-birth-year', 'input.citizen-id-gender']);
    const short = parseInput(candidateSchema, { ...base, citizenId: '04620000123' });
    expect(short.ok ? [] : short.issues).toEqual([{ path: 'citizenId', code: 'input.citizen-id-format', params: {} }]);
    const province = parseInput(candidateSchema, { ...base, citizenId: '099200001234' });
    expect(province.ok ? [] : province.issues.map((i) => i.code)).toEqual(['input.citizen-id-province']);
  });
});

describe('text helpers', () => {
  it('masks citizen ids', () => {
    expect(maskCitizenId('046200001234')).toBe('046*******34');
    expect(maskCitizenId('12345')).toBe('*****');
  });
  it('folds Vietnamese keys', () => {
    expect(foldKey('Họ và tên')).toBe('ho_va_ten');
    expect(foldKey('ĐẢNG VIÊN')).toBe('dang_vien');
    expect(foldKey('Ngày sinh'.normalize('NFD'))).toBe('ngay_sinh');
    expect(normalizeText('a\u00a0 b')).toBe('a b');
  });
});
