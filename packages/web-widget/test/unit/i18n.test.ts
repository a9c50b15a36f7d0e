import { describe, expect, it } from 'vitest';
import { ELECTION_KEYS, electionEn, electionVi, te } from '../../src/i18n/election';
import { en } from '../../src/i18n/en';
import { t, toLang, UI_KEYS } from '../../src/i18n/index';
import { vi } from '../../src/i18n/vi';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/gu)].map((match) => match[1]).sort();

describe('widget catalogues', () => {
  it('have the same keys and the same placeholders in vi and en, none empty', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(vi).sort());
    for (const key of UI_KEYS) {
      expect(vi[key].trim(), key).not.toBe('');
      expect(en[key].trim(), key).not.toBe('');
      expect(placeholders(en[key]), key).toEqual(placeholders(vi[key]));
    }
  });

  it('election texts: the same keys and placeholders in vi and en, none empty', () => {
    expect(Object.keys(electionEn).sort()).toEqual(Object.keys(electionVi).sort());
    for (const key of ELECTION_KEYS) {
      expect(electionVi[key].trim(), key).not.toBe('');
      expect(electionEn[key].trim(), key).not.toBe('');
      expect(placeholders(electionEn[key]), key).toEqual(placeholders(electionVi[key]));
    }
    expect(te('vi', 'quorum', { present: 159, total: 361, percent: 44.04, required: 50 })).toBe('Tham dự: 159/361 (44,04%); cần trên 50%.');
    expect(te('en', 'quorum', { present: 159, total: 361, percent: 44.04, required: 50 })).toBe('Present: 159 of 361 (44.04%); more than 50% required.');
  });

  it('fill placeholders, with a decimal comma in Vietnamese', () => {
    expect(t('vi', 'result.years', { years: 2.5 })).toBe('2,5 năm');
    expect(t('en', 'result.years', { years: 2.5 })).toBe('2.5 years');
    expect(t('en', 'summary.heading', { count: 3 })).toBe('There are 3 problems to correct');
  });

  it('read language tags: en… is English, anything else Vietnamese', () => {
    expect(toLang('en')).toBe('en');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('EN')).toBe('en');
    expect(toLang('vi-VN')).toBe('vi');
    expect(toLang('fr')).toBe('vi');
    expect(toLang('')).toBe('vi');
    expect(toLang(null)).toBe('vi');
    expect(toLang('eng')).toBe('vi');
  });
});
