import { ENGINE_CODES, INPUT_ISSUE_CODES } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, formatMessage, listRules, MESSAGES } from '../src/index';

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
    const names = (t: string) => [...t.matchAll(/\{(\w+)\}/gu)].map((m) => m[1]).sort();
    for (const code of Object.keys(MESSAGES.vi)) expect(names(MESSAGES.en[code]!), code).toEqual(names(MESSAGES.vi[code]!));
  });
  it('renders field labels and Vietnamese decimal commas; unknown codes render as themselves', () => {
    expect(formatMessage('input.invalid-date', { field: 'dateOfBirth' })).toBe('Ngày sinh: ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).');
    expect(formatMessage('term.length-unknown', { province: '01', date: '2021-01-10' }, 'en')).toContain('province 01');
    expect(formatMessage('no.such.code')).toBe('no.such.code');
  });
});
