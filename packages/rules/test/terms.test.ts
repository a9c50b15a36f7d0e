import { describe, expect, it } from 'vitest';
import { BUILT_IN_OVERLAYS, konTum, loadOverlays, OverlayError, type ProvinceOverlay, termForElection, termLengthOn, termOn, thuaThienHue } from '../src/index';

describe('term lookup', () => {
  it('Hương Xuân: 2018–2020 then 2021–2023 (seed 13-CV/ĐU)', () => {
    expect(termOn('46', '2020-06-01')).toMatchObject({ ok: true, term: { label: '2018–2020', basis: 'declared' } });
    expect(termOn('46', '2021-01-09')).toMatchObject({ ok: true, term: { label: '2018–2020' } });
    expect(termOn('46', '2021-01-10')).toMatchObject({ ok: true, term: { label: '2021–2023', lengthYears: 2.5 } });
    expect(termOn('Thừa Thiên Huế', '2023-07-09')).toMatchObject({ ok: true, term: { label: '2021–2023' } });
  });
  it('projects the next term from the last declared one, and says so', () => {
    const r = termOn('46', '2024-03-01');
    expect(r).toMatchObject({ ok: true, term: { label: '2023–2026', start: '2023-07-10', end: '2026-01-09', basis: 'projected' } });
  });
  it('Kon Tum: 2020–2023, then 2023–2025, whose last day is not known (it did not end with the province)', () => {
    expect(termOn('62', '2021-08-16')).toMatchObject({ ok: true, term: { label: '2020–2023' } });
    expect(termOn('62', '2024-01-01')).toMatchObject({ ok: false, error: { code: 'term.end-unknown', params: { label: '2023–2025', start: '2023-09-17' } } });
    expect(termOn('62', '2025-07-01')).toMatchObject({ ok: false, error: { code: 'term.unknown-province' } });
  });
  it('a province without data has no term length after 01/03/2018 (2.5 or 5 is its choice)', () => {
    expect(termLengthOn('01', '2021-01-10')).toBeUndefined();
    expect(termOn('01', '2021-01-10')).toMatchObject({ ok: false, error: { code: 'term.length-unknown' } });
    expect(termLengthOn('01', '2015-01-01')?.years).toBe(2.5);
    expect(termOn('01', '2015-01-01')).toMatchObject({ ok: false, error: { code: 'term.no-calendar' } });
  });
  it('an election opens a term from its own date when none is declared', () => {
    expect(termForElection('46', '2023-07-16')).toMatchObject({ ok: true, term: { label: '2023–2026', start: '2023-07-16', end: '2026-01-15', basis: 'from-election' } });
  });
});

describe('provincial overlays', () => {
  const fiveYears: ProvinceOverlay = {
    id: '46-test', province: { code: '46', from: '2005-05-12', to: '2025-06-30' },
    parameters: { 'term.lengthYears': [{ from: '2022-01-01', to: null, value: 5, citations: [] }] },
  };
  it('the built-in overlays load', () => {
    expect(() => loadOverlays(BUILT_IN_OVERLAYS)).not.toThrow();
  });
  it('two overlays claiming the same parameter for the same date fail at load, naming both', () => {
    expect(() => loadOverlays([thuaThienHue, fiveYears])).toThrow(OverlayError);
    expect(() => loadOverlays([thuaThienHue, fiveYears])).toThrow(/46-test and 46-thua-thien-hue both set term\.lengthYears/);
  });
  it('non-overlapping periods are fine, and the right value is picked by date', () => {
    // Huế's 30 months (QĐ 31/2021) run to 25/05/2026: Huế was not merged on 01/07/2025.
    const later = { ...fiveYears, parameters: { 'term.lengthYears': [{ from: '2026-05-26', to: null, value: 5, citations: [] }] } };
    const registry = loadOverlays([thuaThienHue, konTum, later]);
    expect(registry.parameter('46', 'term.lengthYears', '2025-07-01')?.value).toBe(2.5);
    expect(registry.parameter('46', 'term.lengthYears', '2026-05-25')?.value).toBe(2.5);
    expect(registry.parameter('46', 'term.lengthYears', '2026-05-26')?.value).toBe(5);
  });
  it('a term length the law does not allow fails at load', () => {
    const bad = { ...fiveYears, parameters: { 'term.lengthYears': [{ from: '2019-01-20', to: null, value: 3, citations: [] }] } };
    expect(() => loadOverlays([bad])).toThrow(/not allowed by TERM\.LEN\.2018/);
    const tooEarly = { ...fiveYears, parameters: { 'term.lengthYears': [{ from: '2015-01-01', to: '2019-01-01', value: 5, citations: [] }] } };
    expect(() => loadOverlays([tooEarly])).toThrow(/TERM\.LEN\.2012/);
  });
  it('a period ending before it starts fails at load', () => {
    const bad = { ...fiveYears, parameters: { 'term.lengthYears': [{ from: '2022-01-01', to: '2021-01-01', value: 5, citations: [] }] } };
    expect(() => loadOverlays([bad])).toThrow(/ends before it starts/);
  });
  it('a term extension (kéo dài nhiệm kỳ) is data in an overlay: the incumbent continues past the term end', () => {
    const extended: ProvinceOverlay = {
      ...thuaThienHue,
      extensions: [{ appliesToTermsEndingFrom: '2023-07-01', until: '2024-06-30', from: '2023-05-01', decidedBy: 'province', citations: [{ document: 'test', confidence: 'unconfirmed' }] }],
    };
    const registry = loadOverlays([extended]);
    expect(termOn('46', '2023-04-30', registry)).toMatchObject({ ok: true, term: { label: '2021–2023' } });
    expect(termOn('46', '2023-04-30', registry)).not.toHaveProperty('term.extendedUntil');
    expect(termOn('46', '2023-06-01', registry)).toMatchObject({ ok: true, term: { label: '2021–2023', extendedUntil: '2024-06-30' } });
    expect(termOn('46', '2024-01-01', registry)).toMatchObject({ ok: true, term: { label: '2021–2023', end: '2023-07-09', extendedUntil: '2024-06-30' } });
    // The extension lengthened the term itself: the next one counts from the day after it ended.
    expect(termOn('46', '2024-07-01', registry)).toMatchObject({ ok: true, term: { label: '2024–2026', start: '2024-07-01', end: '2026-12-31', basis: 'projected' } });
    expect(termOn('46', '2024-07-01', registry)).not.toHaveProperty('term.extendedUntil');
  });
});
