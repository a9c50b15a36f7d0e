import type { Citation } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import {
  BUILT_IN_OVERLAYS,
  caoBang,
  dongNai,
  lawChanges,
  listParameters,
  loadOverlays,
  MESSAGES,
  OverlayError,
  type ProvinceOverlay,
  PROVINCES,
  SOURCES,
  TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS,
  TERM_LENGTH_LAW,
  TERM_LENGTH_YEARS,
  TERM_MESSAGES,
  TERM_PARAMETERS,
  termForElection,
  termLengthLawOn,
  termLengthOn,
  termOn,
  thuaThienHue,
} from '../src/index';

const ND185 = { document: '185/2026/NĐ-CP', article: '4', clause: '3', confidence: 'secondary' };

/** An overlay for Huế with one more declared term, for tests. */
const hueWith = (extra: Partial<ProvinceOverlay>): ProvinceOverlay => ({ ...thuaThienHue, ...extra, id: '46-test' });

describe('TERM.LENGTH_YEARS: 5 years for every province from 26/05/2026 (NĐ 185/2026 Điều 4 khoản 3)', () => {
  it('an election on 18/10/2026 opens a 5-year term, even where the province had no data (Hà Nội)', () => {
    const r = termForElection('01', '2026-10-18');
    expect(r).toMatchObject({ ok: true, term: { label: '2026–2031', start: '2026-10-18', end: '2031-10-17', lengthYears: 5, basis: 'from-election' } });
    expect(r.ok && r.term.citations).toContainEqual(expect.objectContaining(ND185));
    expect(r.ok && r.term.citations.find((c) => c.document === '185/2026/NĐ-CP')?.note).toMatch(/Công báo/u);
  });
  it('starts on 26/05/2026, not the day before (then the province still chose 2.5 or 5)', () => {
    expect(termForElection('01', '2026-05-25')).toMatchObject({ ok: false, error: { code: 'term.length-unknown' } });
    expect(termForElection('01', '2026-05-26')).toMatchObject({ ok: true, term: { lengthYears: 5, label: '2026–2031' } });
  });
  it('applies to all 34 provinces, whatever their earlier choice (Huế, Cao Bằng chose 2.5)', () => {
    const now = PROVINCES.filter((p) => p.to === null);
    expect(now).toHaveLength(34);
    for (const p of now) expect(termForElection(p.code, '2026-10-18'), p.name).toMatchObject({ ok: true, term: { lengthYears: 5 } });
    expect(termLengthOn('46', '2026-05-25')?.years).toBe(2.5);
    expect(termLengthOn('04', '2026-05-25')?.years).toBe(2.5);
    expect(termLengthOn('46', '2026-05-26')).toMatchObject({ years: 5, citations: [expect.objectContaining(ND185)] });
  });
  it('is one dated law parameter: listParameters shows what is in force, lawChanges reports the change', () => {
    const on = (date: string) => listParameters({ date }).find((p) => p.id === 'TERM.LENGTH_YEARS');
    expect(on('2021-01-10')).toMatchObject({ area: 'term', value: { allowedYears: [2.5, 5], defaultYears: null }, from: '2018-03-01', to: '2026-05-25' });
    expect(on('2026-10-18')).toMatchObject({ value: { allowedYears: [5], defaultYears: 5 }, from: '2026-05-26', to: null, confidence: 'secondary' });
    expect(on('2015-01-01')).toMatchObject({ value: { allowedYears: [2.5], defaultYears: 2.5 }, confidence: 'confirmed' });
    const change = lawChanges('2026-05-25', '2026-05-26').parameters.find((p) => p.id === 'TERM.LENGTH_YEARS');
    expect(change?.before?.value).toEqual({ allowedYears: [2.5, 5], defaultYears: null });
    expect(change?.after?.value).toEqual({ allowedYears: [5], defaultYears: 5 });
    expect(lawChanges('2026-05-26', '2026-10-18').parameters.map((p) => p.id)).not.toContain('TERM.LENGTH_YEARS');
    expect(TERM_PARAMETERS).toContain(TERM_LENGTH_YEARS);
  });
  it('the periods are TERM.LEN.2005/2012/2018/2026; TT 04/2012 Điều 12 khoản 3 (2.5 years) is confirmed', () => {
    expect(TERM_LENGTH_LAW.map((l) => l.id)).toEqual(['TERM.LEN.2005', 'TERM.LEN.2012', 'TERM.LEN.2018', 'TERM.LEN.2026']);
    expect(termLengthLawOn('2026-05-25')?.id).toBe('TERM.LEN.2018');
    expect(termLengthLawOn('2026-05-26')).toMatchObject({ id: 'TERM.LEN.2026', allowedYears: [5], defaultYears: 5 });
    expect(termLengthLawOn('2015-01-01')?.citations).toEqual([expect.objectContaining({ document: '04/2012/TT-BNV', article: '12', clause: '3', confidence: 'confirmed' })]);
  });
  it('from 26/05/2026 a province cannot choose 2.5 years: the overlay fails at load, naming it', () => {
    const bad: ProvinceOverlay = { id: '01-test', province: { code: '01', from: '2025-07-01', to: null }, parameters: { 'term.lengthYears': [{ from: '2025-07-01', to: null, value: 2.5, citations: [] }] } };
    expect(() => loadOverlays([bad])).toThrow(/01-test: term length 2\.5 years is not allowed by TERM\.LEN\.2026 \(5\)/u);
    const fine = { ...bad, parameters: { 'term.lengthYears': [{ from: '2025-07-01', to: '2026-05-25', value: 2.5, citations: [] }] } };
    expect(() => loadOverlays([fine])).not.toThrow();
  });
});

describe('terms running on 26/05/2026 do not end early', () => {
  it('a declared 2.5-year term begun before 26/05/2026 runs to its end; the next is 5 years', () => {
    const registry = loadOverlays([hueWith({ terms: [...thuaThienHue.terms!, { label: '2025–2027', start: '2025-01-05', end: '2027-07-04', citations: [] }] })]);
    for (const date of ['2026-05-26', '2027-01-01', '2027-07-04']) {
      expect(termOn('46', date, registry), date).toMatchObject({ ok: true, term: { label: '2025–2027', end: '2027-07-04', lengthYears: 2.5, basis: 'declared' } });
    }
    expect(termOn('46', '2027-07-05', registry)).toMatchObject({ ok: true, term: { label: '2027–2032', start: '2027-07-05', end: '2032-07-04', lengthYears: 5, basis: 'projected' } });
  });
  it('projection keeps the length a term started with: Huế 2026–2028 (2.5 years from 10/01/2026), then 5 years', () => {
    expect(termOn('46', '2027-01-01')).toMatchObject({ ok: true, term: { label: '2026–2028', start: '2026-01-10', end: '2028-07-09', lengthYears: 2.5, basis: 'projected' } });
    expect(termOn('46', '2028-07-09')).toMatchObject({ ok: true, term: { start: '2026-01-10', lengthYears: 2.5 } });
    expect(termOn('46', '2028-07-10')).toMatchObject({ ok: true, term: { label: '2028–2033', start: '2028-07-10', end: '2033-07-09', lengthYears: 5, basis: 'projected' } });
  });
});

describe('Huế (46) was not merged: its overlay runs on after 30/06/2025', () => {
  it('terms are still found after 01/07/2025', () => {
    expect(termOn('46', '2025-07-01')).toMatchObject({ ok: true, term: { label: '2023–2026', start: '2023-07-10', end: '2026-01-09', basis: 'projected' } });
    expect(termOn('Huế', '2025-12-01')).toMatchObject({ ok: true, term: { label: '2023–2026' } });
  });
  it('30 months under QĐ 31/2021/QĐ-UBND from 25/05/2021 (secondary); before, inferred from labels (unconfirmed)', () => {
    expect(termLengthOn('46', '2021-05-25')).toMatchObject({ years: 2.5, citations: [expect.objectContaining({ document: '31/2021/QĐ-UBND', confidence: 'secondary' })] });
    expect(termLengthOn('46', '2025-07-01')?.citations[0]?.document).toBe('31/2021/QĐ-UBND');
    expect(termLengthOn('46', '2021-05-24')).toMatchObject({ years: 2.5, citations: [expect.objectContaining({ document: '13-CV/ĐU', confidence: 'unconfirmed' })] });
  });
});

describe('Kon Tum units run on inside Quảng Ngãi (51)', () => {
  it('the 2023–2025 term did not end on 30/06/2025; its last day is unknown', () => {
    const before = termOn('62', '2025-06-30');
    expect(before).toMatchObject({ ok: false, error: { code: 'term.end-unknown', params: { province: '62', label: '2023–2025', start: '2023-09-17' } } });
    for (const former of ['62', 'Kon Tum']) {
      const after = termOn('51', '2025-10-01', undefined, { formerProvince: former });
      expect(after, former).toMatchObject({ ok: false, error: { code: 'term.end-unknown', params: { province: '51', label: '2023–2025', start: '2023-09-17' } } });
      expect(!after.ok && after.error.code === 'term.end-unknown' && after.error.running).toMatchObject({ end: null, area: { formerProvince: '62' }, citations: [expect.objectContaining({ confidence: 'unconfirmed' })] });
    }
  });
  it('the Kon Tum term is not Quảng Ngãi\'s as a whole', () => {
    expect(termOn('51', '2025-10-01')).toMatchObject({ ok: false, error: { code: 'term.length-unknown' } });
    expect(termOn('51', '2026-10-01')).toMatchObject({ ok: false, error: { code: 'term.no-calendar' } });
  });
  it('a later declared election ends it the day before', () => {
    const registry = loadOverlays([
      ...BUILT_IN_OVERLAYS.filter((o) => o.id !== '51-quang-ngai'),
      { ...BUILT_IN_OVERLAYS.find((o) => o.id === '51-quang-ngai')!, terms: [...BUILT_IN_OVERLAYS.find((o) => o.id === '51-quang-ngai')!.terms!, { label: '2026–2031', start: '2026-09-01', end: '2031-08-31', area: { formerProvince: '62' }, citations: [] }] },
    ]);
    expect(termOn('51', '2026-08-31', registry, { formerProvince: '62' })).toMatchObject({ ok: false, error: { code: 'term.end-unknown' } });
    expect(termOn('51', '2026-09-01', registry, { formerProvince: '62' })).toMatchObject({ ok: true, term: { label: '2026–2031', lengthYears: 5, basis: 'declared', area: { formerProvince: '62' } } });
  });
});

describe('the 2025–2026 extensions (MOHA 11776/BNV-CQĐP; Đồng Nai 12917; Cao Bằng 3940/UBND-NC)', () => {
  it('cite the national guidance on the data, as guidance, beside the provincial decision', () => {
    for (const overlay of [dongNai, caoBang]) {
      const [extension] = overlay.extensions!;
      expect(extension).toMatchObject({ until: null, decidedBy: 'province' });
      expect(extension!.citations.map((c) => c.document)).toContain('11776/BNV-CQĐP');
      expect(extension!.citations.find((c) => c.document === '11776/BNV-CQĐP')?.note).toMatch(/not itself an extension/iu);
    }
  });
  it('Đồng Nai: terms ending in 2025–2026 run on until new rules', () => {
    expect(termOn('75', '2026-03-01')).toMatchObject({ ok: false, error: { code: 'term.extended-open-no-calendar', params: { province: '75', document: '12917 (Đồng Nai)' } } });
    expect(termOn('75', '2026-01-04')).toMatchObject({ ok: false, error: { code: 'term.length-unknown' } });
    const registry = loadOverlays([{ ...dongNai, terms: [{ label: '2023–2025', start: '2023-06-01', end: '2025-11-30', citations: [] }] }]);
    for (const date of ['2026-01-05', '2026-03-15', '2027-06-01']) {
      expect(termOn('75', date, registry), date).toMatchObject({ ok: true, term: { label: '2023–2025', end: '2025-11-30', extendedUntil: null, adjustedBy: 'province', basis: 'declared' } });
    }
    // Known from 05/01/2026 only.
    expect(termOn('75', '2026-01-04', registry)).toMatchObject({ ok: false, error: { code: 'term.length-unknown' } });
    // A term ending in 2027 is not covered.
    const later = loadOverlays([{ ...dongNai, terms: [{ label: '2025–2027', start: '2025-02-01', end: '2027-01-31', citations: [] }] }]);
    expect(termOn('75', '2027-01-31', later)).not.toHaveProperty('term.extendedUntil');
  });
  it('Cao Bằng: 2.5 years under QĐ 37/2019 Điều 16 khoản 5, extended until new rules', () => {
    expect(termLengthOn('04', '2024-01-01')?.years).toBe(2.5);
    expect(termLengthOn('04', '2026-02-01')).toMatchObject({ years: 2.5, citations: [expect.objectContaining({ document: '37/2019/QĐ-UBND', article: '16', clause: '5', confidence: 'secondary' })] });
    expect(termOn('04', '2026-03-01')).toMatchObject({ ok: false, error: { code: 'term.extended-open-no-calendar', params: { document: '3940/UBND-NC' } } });
    const registry = loadOverlays([{ ...caoBang, terms: [{ label: '2023–2026', start: '2023-08-01', end: '2026-01-31', citations: [] }] }]);
    const r = termOn('04', '2026-09-01', registry);
    expect(r).toMatchObject({ ok: true, term: { label: '2023–2026', end: '2026-01-31', lengthYears: 2.5, extendedUntil: null } });
    expect(r.ok && r.term.citations.map((c) => c.document)).toEqual(expect.arrayContaining(['3940/UBND-NC', '11776/BNV-CQĐP']));
  });
});

describe('adjustments by the UBND cấp xã: at most 6 months (NĐ 185/2026 Điều 4 khoản 3)', () => {
  const TERM = { label: '2026–2028', start: '2026-01-10', end: '2028-07-09', citations: [] };
  const withAdjustment = (extra: Partial<ProvinceOverlay>) => hueWith({ terms: [...thuaThienHue.terms!, TERM], ...extra });
  it('is a dated law parameter: 6 months from 26/05/2026, nothing before', () => {
    expect(listParameters({ date: '2026-10-18' }).find((p) => p.id === 'TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS')).toMatchObject({ value: 6, confidence: 'secondary', citations: [expect.objectContaining(ND185)] });
    expect(listParameters({ date: '2026-05-25' }).map((p) => p.id)).not.toContain('TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS');
    expect(lawChanges('2026-05-25', '2026-05-26').parameters.map((p) => p.id)).toContain('TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS');
    expect(TERM_PARAMETERS).toContain(TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS);
  });
  it('a commune extension of 6 months loads and shows; one day more fails at load, naming the overlay', () => {
    const ext = { appliesToTermsEndingFrom: '2028-07-09', appliesToTermsEndingTo: '2028-07-09', from: '2028-03-01', decidedBy: 'commune' as const, citations: [] };
    const registry = loadOverlays([withAdjustment({ extensions: [{ ...ext, until: '2029-01-09' }] })]);
    expect(termOn('46', '2028-12-01', registry)).toMatchObject({ ok: true, term: { label: '2026–2028', extendedUntil: '2029-01-09', adjustedBy: 'commune' } });
    expect(termOn('46', '2029-01-10', registry)).toMatchObject({ ok: true, term: { start: '2029-01-10', lengthYears: 5, basis: 'projected' } });
    const tooLong = () => loadOverlays([withAdjustment({ extensions: [{ ...ext, until: '2029-01-10' }] })]);
    expect(tooLong).toThrow(OverlayError);
    expect(tooLong).toThrow(/^46-test: a commune extension .* exceeds 6 months/u);
    try {
      tooLong();
    } catch (e) {
      expect((e as OverlayError).code).toBe('overlay.adjustment-too-long');
    }
    expect(() => loadOverlays([withAdjustment({ extensions: [{ ...ext, until: null }] })])).toThrow(/46-test: .*until new rules exceeds 6 months/u);
  });
  it('beyond 6 months the UBND cấp tỉnh decides: a provincial decision loads', () => {
    expect(() => loadOverlays([withAdjustment({ extensions: [{ appliesToTermsEndingFrom: '2028-07-09', from: '2028-03-01', until: '2029-12-31', decidedBy: 'province', citations: [] }] })])).not.toThrow();
  });
  it('before 26/05/2026 no national limit was read: a commune decision then is loaded as given', () => {
    expect(() => loadOverlays([withAdjustment({ extensions: [{ appliesToTermsEndingFrom: '2026-01-09', from: '2025-12-01', until: null, decidedBy: 'commune', citations: [] }] })])).not.toThrow();
  });
  it('a commune shortening: up to 6 months, and the next term starts the day after', () => {
    const cut = { appliesToTermsEndingFrom: '2028-07-09', appliesToTermsEndingTo: '2028-07-09', from: '2027-06-01', decidedBy: 'commune' as const, citations: [] };
    const registry = loadOverlays([withAdjustment({ shortenings: [{ ...cut, until: '2028-01-09' }] })]);
    expect(termOn('46', '2027-05-31', registry)).not.toHaveProperty('term.shortenedTo');
    expect(termOn('46', '2028-01-09', registry)).toMatchObject({ ok: true, term: { label: '2026–2028', end: '2028-07-09', shortenedTo: '2028-01-09', adjustedBy: 'commune' } });
    expect(termOn('46', '2028-01-10', registry)).toMatchObject({ ok: true, term: { label: '2028–2033', start: '2028-01-10', end: '2033-01-09', lengthYears: 5, basis: 'projected' } });
    expect(() => loadOverlays([withAdjustment({ shortenings: [{ ...cut, until: '2028-01-08' }] })])).toThrow(/46-test: a commune shortening .* exceeds 6 months/u);
    expect(() => loadOverlays([withAdjustment({ shortenings: [{ ...cut, until: '2028-07-09' }] })])).toThrow(/46-test: a shortening/u);
  });
});

describe('term data cite their sources', () => {
  it('every parameter and overlay citation names a document of sources.ts; what is not confirmed says why', () => {
    const known = new Set<string>(Object.values(SOURCES).map((s) => s.number));
    const citations = [
      ...TERM_PARAMETERS.flatMap((p) => p.values.flatMap((v) => v.citations)),
      ...BUILT_IN_OVERLAYS.flatMap((o) => [
        ...Object.values(o.parameters).flatMap((entries: readonly { readonly citations: readonly Citation[] }[] | undefined) => (entries ?? []).flatMap((e) => e.citations)),
        ...(o.terms ?? []).flatMap((t) => t.citations),
        ...(o.extensions ?? []).flatMap((e) => e.citations),
        ...(o.shortenings ?? []).flatMap((e) => e.citations),
      ]),
    ];
    expect(citations.length).toBeGreaterThan(15);
    for (const c of citations) {
      expect(known.has(c.document), c.document).toBe(true);
      if (c.confidence !== 'confirmed') expect(c.note, c.document).toBeTruthy();
    }
  });
  it('the new term and overlay codes have vi and en text', () => {
    for (const code of ['term.end-unknown', 'term.extended-no-calendar', 'term.extended-open-no-calendar', 'overlay.adjustment-too-long']) {
      for (const lang of ['vi', 'en'] as const) {
        expect(TERM_MESSAGES[lang][code], `${lang} ${code}`).toBeTypeOf('string');
        expect(MESSAGES[lang][code], `${lang} ${code}`).toBe(TERM_MESSAGES[lang][code]);
      }
    }
  });
});
