import { ENGINE_CODES, INPUT_ISSUE_CODES } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import {
  CANDIDATE_FIELD_LABELS,
  CANDIDATE_MESSAGES,
  CANDIDATE_POLICY_RULES,
  checkCandidate,
  createFormatter,
  ELIGIBILITY_RULES,
  FIELD_LABELS,
  fieldLabel,
  formatFinding,
  formatIssue,
  formatMessage,
  lawChanges,
  listRules,
  MESSAGES,
  PROCEDURE_FIELD_LABELS,
  PROCEDURE_MESSAGES,
  TERM_MESSAGES,
} from '../src/index';

describe('message catalogues', () => {
  it('vi and en have exactly the same codes', () => {
    expect(Object.keys(MESSAGES.en).sort()).toEqual(Object.keys(MESSAGES.vi).sort());
    expect(Object.keys(FIELD_LABELS.en).sort()).toEqual(Object.keys(FIELD_LABELS.vi).sort());
  });
  it('every code a rule, the engine or the schemas can emit has vi and en text', () => {
    const codes = [...listRules().flatMap((r) => r.codes), ...INPUT_ISSUE_CODES, ...ENGINE_CODES];
    for (const code of codes) {
      expect(MESSAGES.vi[code], `vi ${code}`).toBeTypeOf('string');
      expect(MESSAGES.en[code], `en ${code}`).toBeTypeOf('string');
    }
  });
  it('placeholders are the same in both languages', () => {
    const names = (t: string) => [...t.matchAll(/\{(\w+)(?:\|[^}]*)?\}/gu)].map((m) => m[1]).sort();
    for (const code of Object.keys(MESSAGES.vi)) expect(names(MESSAGES.en[code]!), code).toEqual(names(MESSAGES.vi[code]!));
  });
  it('renders field labels and Vietnamese decimal commas; unknown codes render as themselves', () => {
    expect(formatMessage('input.invalid-date', { field: 'dateOfBirth' })).toBe('Ngày sinh: ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).');
    expect(formatMessage('term.length-unknown', { province: '01', date: '2021-01-10' }, 'en')).toContain('province 01');
    expect(formatMessage('no.such.code')).toBe('no.such.code');
  });
  it('English counts take the form their number asks (Intl.PluralRules); Vietnamese has none', () => {
    expect(formatMessage('elig.judgment.pending', { count: 1 }, 'en')).toBe('1 criterion still needs to be assessed and attested.');
    expect(formatMessage('elig.judgment.pending', { count: 3 }, 'en')).toBe('3 criteria still need to be assessed and attested.');
    expect(formatMessage('report.records-rejected', { count: 1 }, 'en')).toBe('1 record was not counted (see the list of issues).');
    expect(formatMessage('report.records-rejected', { count: 0 }, 'en')).toBe('0 records were not counted (see the list of issues).');
    expect(formatMessage('elig.judgment.pending', { count: 1 }, 'vi')).toMatch(/^Còn 1 tiêu chuẩn/u);
  });
});

describe('catalogues by area', () => {
  const areas = { CANDIDATE_MESSAGES, TERM_MESSAGES, PROCEDURE_MESSAGES };
  it('every code a candidate check can return has its text in CANDIDATE_MESSAGES, identical to MESSAGES', () => {
    const codes = [
      ...[...ELIGIBILITY_RULES, ...CANDIDATE_POLICY_RULES].flatMap((rule) => rule.codes),
      // Every code of core's schemas but the one of unit codes read as digits (`unitCodeSchema`, meeting and unit
      // records): a candidate's `unitCode` is free text (next test).
      ...INPUT_ISSUE_CODES.filter((code) => code !== 'input.invalid-unit-code'),
      ...ENGINE_CODES,
      'input.before-coverage',
      'input.unknown-province',
      'input.birth-after-election',
      'input.birth-in-future',
      ...['eligible', 'ineligible', 'undetermined', 'invalid'].map((verdict) => `verdict.${verdict}`),
    ];
    for (const lang of ['vi', 'en'] as const) {
      for (const code of codes) expect(CANDIDATE_MESSAGES[lang][code], `${lang} ${code}`).toBe(MESSAGES[lang][code]);
      for (const [path, label] of Object.entries(CANDIDATE_FIELD_LABELS[lang])) expect(FIELD_LABELS[lang][path], path).toBe(label);
    }
  });
  it('the texts a candidate check cannot return are in their own areas: unit codes of meetings and unit records, lawChanges', () => {
    const result = checkCandidate({ fullName: 'Nguyễn Văn A', dateOfBirth: '1980-01-01', unitCode: 'thôn 1/A' }, { electionDate: '2026-10-18' });
    expect(result.issues).toEqual([]);
    expect(lawChanges('2026-05-26', '2026-05-25').issues.map((issue) => issue.code)).toEqual(['input.range-reversed']);
    for (const lang of ['vi', 'en'] as const) {
      expect(PROCEDURE_MESSAGES[lang]['input.invalid-unit-code'], lang).toBe(MESSAGES[lang]['input.invalid-unit-code']);
      expect(TERM_MESSAGES[lang]['input.range-reversed'], lang).toBe(MESSAGES[lang]['input.range-reversed']);
    }
  });
  it('the areas share no code, have the same codes in vi and en, and together are MESSAGES (same texts, same order)', () => {
    for (const lang of ['vi', 'en'] as const) {
      const codes = Object.values(areas).flatMap((area) => Object.keys(area[lang]));
      expect(new Set(codes).size).toBe(codes.length);
      expect(codes.sort()).toEqual(Object.keys(MESSAGES[lang]).sort());
      for (const area of Object.values(areas)) for (const [code, text] of Object.entries(area[lang])) expect(MESSAGES[lang][code], code).toBe(text);
      const labels = [...Object.keys(CANDIDATE_FIELD_LABELS[lang]), ...Object.keys(PROCEDURE_FIELD_LABELS[lang])];
      expect(labels).toEqual(Object.keys(FIELD_LABELS[lang]));
    }
    for (const [name, area] of Object.entries(areas)) expect(Object.keys(area.en).sort(), name).toEqual(Object.keys(area.vi).sort());
    // The order MESSAGES always had: candidate checks, terms and overlays, verdicts, then procedure.
    const order = Object.keys(MESSAGES.vi).map((code) => code.split('.')[0]);
    expect(order.indexOf('term')).toBeGreaterThan(order.lastIndexOf('policy'));
    expect(order.indexOf('verdict')).toBeGreaterThan(order.lastIndexOf('overlay'));
    expect(order.indexOf('tally')).toBeGreaterThan(order.lastIndexOf('verdict'));
  });
  it('createFormatter renders exactly like the package functions for the codes of its catalogues, and unknown codes as themselves', () => {
    const candidate = createFormatter(CANDIDATE_MESSAGES, CANDIDATE_FIELD_LABELS);
    const finding = { code: 'elig.judgment.not-met', ruleId: 'ELIG.JUDGMENT', kind: 'legal', severity: 'error', params: { criterion: 'health' }, citations: [] } as const;
    const issue = { path: 'dateOfBirth', code: 'input.invalid-date', params: {} };
    for (const lang of ['vi', 'en'] as const) {
      expect(candidate.formatFinding(finding, lang)).toBe(formatFinding(finding, lang));
      expect(candidate.formatIssue(issue, lang)).toBe(formatIssue(issue, lang));
      expect(candidate.formatMessage('elig.age.under-minimum', { age: 20.5, minAge: 21, reachesOn: '2021-01-11' }, lang)).toBe(
        formatMessage('elig.age.under-minimum', { age: 20.5, minAge: 21, reachesOn: '2021-01-11' }, lang),
      );
      expect(candidate.fieldLabel('attestations.health', lang)).toBe(fieldLabel('attestations.health', lang));
    }
    expect(candidate.formatMessage('procedure.quorum.not-met')).toBe('procedure.quorum.not-met');
    expect(candidate.fieldLabel('candidates.0.votes')).toBe('candidates.0.votes');
    const procedure = createFormatter(PROCEDURE_MESSAGES, PROCEDURE_FIELD_LABELS);
    expect(procedure.fieldLabel('candidates.0.votes', 'en')).toBe(fieldLabel('candidates.0.votes', 'en'));
    expect(procedure.formatMessage('tally.no-candidates', {}, 'en')).toBe(formatMessage('tally.no-candidates', {}, 'en'));
  });
});
