/**
 * `--overlays DIR|FILE`: a province data file written by hand, valid against
 * the published JSON Schema (packages/rules/province-data.schema.json),
 * changes the CLI's answer without any change of code (issue 20); bad files
 * are refused with a coded error naming the file and the member (exit 2).
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ALL_OVERLAYS, PROVINCES, termLengthOn } from '@truongthon/rules';
import Ajv2020 from 'ajv/dist/2020';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, run } from './helpers';

const schema = JSON.parse(readFileSync(join(ROOT, '..', 'rules', 'province-data.schema.json'), 'utf8')) as Record<string, unknown>;
const dir = mkdtempSync(join(tmpdir(), 'truongthon-overlays-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// A province of 2005–2025 of which the shipped data know no term length nor term from 2019 to 2025 (chosen from the data, so the test holds as research adds provinces).
const SAMPLED = ['2019', '2020', '2021', '2022', '2023', '2024', '2025'].flatMap((y) => [`${y}-01-01`, `${y}-06-30`]);
const province = PROVINCES.find(
  (p) =>
    p.to === '2025-06-30' &&
    p.from === '2005-05-12' &&
    SAMPLED.every((d) => !termLengthOn(p.code, d, ALL_OVERLAYS) && ALL_OVERLAYS.forProvince(p.code, d).every((o) => (o.terms ?? []).length === 0 && o.parameters?.['recognition.workingDays'] === undefined)),
)!;

/** The file a provincial portal team would write by hand. */
const file = {
  $schema: 'https://example.invalid/province-data.schema.json',
  id: `${province.code}-test-hand-written`,
  province: { code: province.code, name: province.name, from: '2005-05-12', to: '2025-06-30' },
  documents: [
    { number: '99/2018/QĐ-UBND', type: 'Quyết định', issuer: `UBND tỉnh ${province.name}`, title: 'Quy chế tổ chức và hoạt động của thôn, tổ dân phố (test)', signed: '2018-12-20', effective: '2019-01-01', kind: 'law', confidence: 'confirmed' },
  ],
  parameters: {
    'term.lengthYears': [{ from: '2019-01-01', to: '2025-06-30', value: 2.5, citations: [{ document: '99/2018/QĐ-UBND', article: '12', clause: '1', confidence: 'confirmed' }] }],
  },
  terms: [{ label: '2019–2021', start: '2019-03-01', end: '2021-08-31', citations: [{ document: '99/2018/QĐ-UBND', article: '12', confidence: 'confirmed' }] }],
};

describe('--overlays', () => {
  it('a hand-written file valid against the published JSON Schema changes `term`', async () => {
    expect(province).toBeDefined();
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(file), JSON.stringify(validate.errors)).toBe(true);
    writeFileSync(join(dir, `${file.id}.json`), JSON.stringify(file, null, 2));

    const before = await run(['term', '--province', province.code, '--date', '2020-01-01', '--format', 'json']);
    expect(before.code).toBe(1);
    expect(JSON.parse(before.stdout).term).toBeNull();

    const after = await run(['term', '--province', province.code, '--date', '2020-01-01', '--format', 'json', '--overlays', dir]);
    expect(after.stderr).toBe('');
    expect(after.code).toBe(0);
    expect(JSON.parse(after.stdout).term).toMatchObject({ label: '2019–2021', start: '2019-03-01', end: '2021-08-31', lengthYears: 2.5, basis: 'declared' });
    // The file's own document is named as SOURCES are: its kind, number and issuer.
    expect(JSON.parse(after.stdout).term.citations).toEqual([`Điều 12 Quyết định 99/2018/QĐ-UBND của UBND tỉnh ${province.name}`]);

    const text = await run(['term', '--province', province.code, '--date', '2020-01-01', '--overlays', join(dir, `${file.id}.json`), '--lang', 'en']);
    expect(text.code).toBe(0);
    expect(text.stdout).toContain(`Art. 12, Decision 99/2018/QĐ-UBND of UBND tỉnh ${province.name}`);
  });

  it('a length without a calendar: `term` says the term is not known, and gives the length with its sources', async () => {
    const known = PROVINCES.find((p) => p.to === '2025-06-30' && termLengthOn(p.code, '2022-06-01', ALL_OVERLAYS) && ALL_OVERLAYS.forProvince(p.code, '2022-06-01').every((o) => (o.terms ?? []).length === 0))!;
    const r = await run(['term', '--province', known.code, '--date', '2022-06-01', '--format', 'json']);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.error.code).toBe('term.no-calendar');
    expect(out.termLength.years).toBe(termLengthOn(known.code, '2022-06-01', ALL_OVERLAYS)!.years);
    expect(out.termLength.citations.length).toBeGreaterThan(0);
  });

  it("a file's recognition deadline: `timeline` cites its document (JSON and table) with its kind and issuer, not the bare number", async () => {
    const withDeadline = {
      ...file,
      id: `${province.code}-test-recognition`,
      documents: [{ ...file.documents[0]!, number: '98/2018/QĐ-UBND' }],
      parameters: { 'recognition.workingDays': [{ from: '2019-01-01', to: '2025-06-30', value: 4, citations: [{ document: '98/2018/QĐ-UBND', article: '15', clause: '2', confidence: 'confirmed' }] }] },
      terms: [],
    };
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect(validate(withDeadline), JSON.stringify(validate.errors)).toBe(true);
    const own = mkdtempSync(join(tmpdir(), 'truongthon-overlays-deadline-'));
    try {
      writeFileSync(join(own, 'deadline.json'), JSON.stringify(withDeadline));
      const cited = `khoản 2 Điều 15 Quyết định 98/2018/QĐ-UBND của UBND tỉnh ${province.name}`;
      const timeline = await run(['timeline', '--meeting-date', '2020-06-07', '--province', province.code, '--overlays', own, '--lang', 'vi', '--format', 'json']);
      expect(timeline.stderr).toBe('');
      const steps = JSON.parse(timeline.stdout).steps as { id: string; citation: string }[];
      expect(steps.map((s) => s.citation)).toContain(cited);
      const table = await run(['timeline', '--meeting-date', '2020-06-07', '--province', province.code, '--overlays', own, '--lang', 'vi', '--format', 'table']);
      expect(table.stdout).toContain(cited);
      expect(table.stdout).not.toMatch(/(^|[^ ])98\/2018\/QĐ-UBND(?! của)/mu);
    } finally {
      rmSync(own, { recursive: true, force: true });
    }
  });

  it('a file not valid against the schema: exit 2, naming the file and the member', async () => {
    const bad = join(dir, 'bad', 'x.json');
    rmSync(join(dir, 'bad'), { recursive: true, force: true });
    (await import('node:fs')).mkdirSync(join(dir, 'bad'));
    writeFileSync(bad, JSON.stringify({ ...file, parameters: { 'term.lengthYears': [{ ...file.parameters['term.lengthYears'][0], from: '2019-02-30' }] } }));
    const r = await run(['term', '--province', province.code, '--date', '2020-01-01', '--overlays', bad, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(bad);
    expect(r.stderr).toContain('parameters.term.lengthYears.0.from');
    const notJson = join(dir, 'bad', 'y.json');
    writeFileSync(notJson, '{ "id": ');
    const r2 = await run(['timeline', '--meeting-date', '2020-01-10', '--province', province.code, '--overlays', notJson, '--lang', 'en']);
    expect(r2.code).toBe(2);
    expect(r2.stderr).toContain(`${notJson}" is not valid JSON`);
  });

  it('two files claiming one value for one date: exit 2, naming both', async () => {
    const twice = join(dir, 'twice');
    (await import('node:fs')).mkdirSync(twice, { recursive: true });
    writeFileSync(join(twice, 'a.json'), JSON.stringify({ ...file, id: `${province.code}-a` }));
    writeFileSync(join(twice, 'b.json'), JSON.stringify({ ...file, id: `${province.code}-b` }));
    const r = await run(['term', '--province', province.code, '--date', '2020-01-01', '--overlays', twice, '--lang', 'en']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('overlay.conflict');
    expect(r.stderr).toContain(join(twice, 'a.json'));
    expect(r.stderr).toContain(join(twice, 'b.json'));
  });
});
