/**
 * Hostile JSON and NDJSON (issue 13, part C): elements nested too deep, keys
 * that are never data (`__proto__`, `constructor`, `prototype`), a field
 * given twice, and NDJSON line ends. The corpus (`corpus/json-hostile.json`)
 * runs the same classes through `check`, `tally` and `report` in process;
 * here are the readers' own guarantees, what the corpus format cannot write
 * (objects nested 10,000 deep, values built by a program, random chunking),
 * and the built binary, where the stack overflow of issue 13 was seen.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, describe, expect, it } from 'vitest';
import { jsonRecord, MAX_JSON_DEPTH, openJson, openNdjson, repeatedKeys } from '../src/io/json';
import type { SourceRow } from '../src/io/types';
import { main } from '../src/main';
import { Capture, collect, HUONG_XUAN, ndjson, run } from './helpers';

async function* bytes(text: string, size = 7): AsyncGenerator<Uint8Array> {
  const data = new TextEncoder().encode(text);
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}


const tmp = mkdtempSync(join(tmpdir(), 'truongthon-json-hostile-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function file(name: string, text: string): string {
  const path = join(tmp, name);
  writeFileSync(path, text);
  return path;
}


/** Runs the CLI in process. */
async function cli(args: readonly string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const stdout = new Capture();
  const stderr = new Capture();
  const code = await main(['node', 'truongthon', ...args], { stdout, stderr, env: {}, today: () => '2025-01-01' });
  return { code, stdout: stdout.text(), stderr: stderr.text() };
}

const arrays = (n: number, inner = '1') => `${'['.repeat(n)}${inner}${']'.repeat(n)}`;
const objects = (n: number, inner = '1') => `${'{"a":'.repeat(n)}${inner}${'}'.repeat(n)}`;

const CANDIDATE = {
  id: 'HX-01',
  fullName: 'Phạm Thị Hòa',
  dateOfBirth: '2000-01-10',
  gender: 'female',
  permanentResident: true,
  livesInUnit: true,
  attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
};
const MEETING = {
  id: 'HX-TDP1',
  electionDate: '2024-12-15',
  province: '46',
  unit: { name: 'Tổ dân phố 1', kind: 'to_dan_pho' },
  electorateBase: 'households',
  totalElectorate: 361,
  present: 300,
  votingMode: 'secret_ballot',
  ballots: { issued: 300, returned: 300, valid: 290, invalid: 10 },
  candidates: [{ name: 'Nguyễn Văn An', votes: 200 }, { name: 'Trần Thị Bình', votes: 90 }],
};
const UNIT = { province: { code: '62' }, commune: { code: '23287' }, unit: { name: 'Tổ dân phố 1', kind: 'to_dan_pho' }, leaderStatus: 'elected' };
/** `{...object, key: <text>}` as JSON text, the value written as is. */
const withKey = (object: object, key: string, value: string) => `${JSON.stringify(object).slice(0, -1)},${JSON.stringify(key)}:${value}}`;

describe('JSON nested too deep', () => {
  it('JSON.parse of Node never overflows on the deepest element the 1 MiB record bound lets through (what the depth check relies on, and why it runs on the text first)', () => {
    const half = (1 << 20) / 2 - 1;
    expect(() => JSON.parse(arrays(half))).not.toThrow();
    expect(() => JSON.parse(objects(100_000))).not.toThrow();
  });

  it('reads an element of exactly MAX_JSON_DEPTH levels and refuses one more (cli.json-too-deep), arrays or objects, JSON or NDJSON, reading on', async () => {
    expect(MAX_JSON_DEPTH).toBe(32);
    // The element itself is level 1: a key holding n nested containers makes n + 1 levels.
    const at = MAX_JSON_DEPTH - 1;
    for (const nest of [arrays, objects]) {
      const lines = [withKey(CANDIDATE, 'x', nest(at)), withKey(CANDIDATE, 'x', nest(at + 1)), JSON.stringify(CANDIDATE)];
      for (const rows of [await collect((await openNdjson(bytes(lines.join('\n')))).rows), await collect((await openJson(bytes(`[${lines.join(',')}]`))).rows)]) {
        expect(rows.map((r) => [r.row, r.error?.code ?? 'read'])).toEqual([[1, 'read'], [2, 'cli.json-too-deep'], [3, 'read']]);
        expect(rows[1]!.error!.params).toEqual({ limit: MAX_JSON_DEPTH });
      }
    }
  });

  it('counts no bracket or quote inside a string', async () => {
    const text = JSON.stringify({ ...CANDIDATE, note: `${'['.repeat(100)}"\\${'{'.repeat(100)}`, 'k[{"': 'v' });
    const [row] = await collect((await openNdjson(bytes(text))).rows);
    expect(row!.error).toBeUndefined();
    expect(row!.readIssues).toBeUndefined();
    expect(row!.record['k[{"']).toBe('v');
  });

  it('jsonRecord (exported) neither overflows nor loops on what a program passes: 100,000 levels, a cycle, a value that shares its parts', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 100_000; i += 1) deep = { a: deep };
    expect(jsonRecord(1, { x: deep }).error).toEqual({ code: 'cli.json-too-deep', params: { limit: MAX_JSON_DEPTH } });
    const cycle: Record<string, unknown> = { fullName: 'A' };
    cycle['self'] = cycle;
    expect(jsonRecord(1, cycle).error?.code).toBe('cli.json-too-deep');
    // 30 levels of [x, x, x, x]: 4^30 paths through 120 arrays; copied as a tree it never ends.
    let shared: unknown = 1;
    for (let i = 0; i < 30; i += 1) shared = [shared, shared, shared, shared];
    expect(jsonRecord(1, { x: shared }).error?.code).toBe('cli.json-too-large');
  });

  it('tally and report, the built binary: a record 10,000 objects deep is one invalid record, the next one is read, no crash', async () => {
    const meetings = file('bien-ban.json', `[${withKey(MEETING, 'unit', objects(10_000))},${JSON.stringify({ ...MEETING, id: 'HX-TDP2' })}]`);
    const tally = await run(['tally', meetings, '--format', 'ndjson']);
    expect(tally.stderr).not.toMatch(/Lỗi không mong đợi|RangeError|stack/u);
    expect(tally.code).toBe(1);
    expect(ndjson(tally.stdout).map((r) => [r['row'], r['outcome'], r['issues'].map((i: { code: string }) => i.code)])).toEqual([
      [1, 'invalid', ['cli.json-too-deep']],
      [2, 'elected', []],
    ]);
    const units = file('thon-to.ndjson', `${withKey(UNIT, 'commune', objects(10_000))}\n${JSON.stringify({ ...UNIT, unit: { name: 'Tổ dân phố 2', kind: 'to_dan_pho' } })}\n`);
    const report = await run(['report', units, '--as-of', '2021-11-15', '--format', 'json']);
    expect(report.stderr).not.toMatch(/Lỗi không mong đợi|RangeError|stack/u);
    expect(report.code).toBe(1);
    const out = JSON.parse(report.stdout) as { records: number; counted: number; rejected: number; issues: { row: number; code: string }[] };
    expect([out.records, out.counted, out.rejected]).toEqual([2, 1, 1]);
    expect(out.issues.filter((i) => i.row === 1).map((i) => i.code)).toEqual(['cli.json-too-deep']);
  });
});

describe('keys that are never data', () => {
  it('copies records into objects without prototype', () => {
    const read = jsonRecord(1, JSON.parse(JSON.stringify(MEETING)));
    expect(Object.getPrototypeOf(read.record)).toBeNull();
    const raw = read.raw as Record<string, any>;
    expect(Object.getPrototypeOf(raw)).toBeNull();
    expect(Object.getPrototypeOf(raw['unit'])).toBeNull();
    expect(Object.getPrototypeOf(raw['candidates'][0])).toBeNull();
    expect(raw['constructor']).toBeUndefined();
    expect(raw['unit']['toString']).toBeUndefined();
  });

  it('refuses __proto__, constructor and prototype at any depth or as a segment of a dotted key, naming the key (cli.forbidden-key)', () => {
    const cases: [string, string][] = [
      ['{"__proto__": {"fullName": "A"}}', '__proto__'],
      ['{"fullName": "A", "constructor": "x"}', 'constructor'],
      ['{"unit": {"name": "T", "prototype": {}}}', 'unit.prototype'],
      ['{"candidates": [{"name": "A", "__proto__": {"votes": 9}}]}', 'candidates.0.__proto__'],
      ['{"attestations.__proto__": true}', 'attestations.__proto__'],
      ['{"a": [[{"b": {"constructor": 1}}]]}', 'a.0.0.b.constructor'],
    ];
    for (const [text, key] of cases) expect(jsonRecord(7, JSON.parse(text), text), text).toEqual({ row: 7, record: {}, error: { code: 'cli.forbidden-key', params: { key } } });
  });

  it('a unit whose only key is __proto__ is not counted; a meeting wrapped in it gets no outcome of its own', async () => {
    const units = file('proto-units.json', `[{"__proto__":${JSON.stringify(UNIT)}}]`);
    const report = await cli(['report', units, '--as-of', '2021-11-15', '--format', 'json']);
    const out = JSON.parse(report.stdout) as { records: number; counted: number; rejected: number };
    expect([report.code, out.records, out.counted, out.rejected]).toEqual([1, 1, 0, 1]);
    const meetings = file('proto-meetings.ndjson', `{"__proto__":${JSON.stringify(MEETING)}}\n`);
    const tally = await cli(['tally', meetings, '--format', 'ndjson']);
    expect(ndjson(tally.stdout).map((r) => [r['outcome'], r['winner'], r['issues'][0].code])).toEqual([['invalid', null, 'cli.forbidden-key']]);
  });

  it('in a CSV file, a column headed __proto__, constructor or prototype is an ignored column (named in the notice), never data', async () => {
    const csv = file('proto.csv', 'Họ và tên,Ngày sinh,__proto__,constructor,prototype\nPhạm Thị Hòa,10/01/2000,x,y,z\n');
    const result = await cli(['check', csv, ...HUONG_XUAN, '--format', 'ndjson']);
    expect(result.stderr).toContain('__proto__, constructor, prototype');
    expect(ndjson(result.stdout).map((r) => [r['row'], r['fullName'], r['verdict'], r['issues']])).toEqual([[2, 'Phạm Thị Hòa', 'undetermined', []]]);
  });
});

describe('a field given twice', () => {
  it('finds keys repeated in one object of the text, compared decoded, at any depth; the same key in two objects is no repeat', () => {
    expect(repeatedKeys('{"fullName": "A", "\\u0066ullName": "B"}')).toEqual([{ path: ['fullName'], first: 'fullName', second: 'fullName' }]);
    expect(repeatedKeys('{"a": {"b": 1, "b": 2}, "c": [{"d": 1}, {"d": 2, "d": 3}]}')).toEqual([
      { path: ['a', 'b'], first: 'b', second: 'b' },
      { path: ['c', '1', 'd'], first: 'd', second: 'd' },
    ]);
    expect(repeatedKeys('{"a": {"b": 1}, "c": {"b": 2}, "s": "\\"a\\": 1, \\"a\\": 2"}')).toEqual([]);
  });

  it('names both spellings and the cell: nested and dotted, two normal forms, the same key twice', () => {
    const issues = (text: string) => jsonRecord(1, JSON.parse(text), text).readIssues;
    expect(issues('{"attestations": {"health": true}, "attestations.health": false}')).toEqual([
      { code: 'cli.field-given-twice', params: { field: 'attestations.health', first: 'attestations › health', second: 'attestations.health', column: 'attestations.health' } },
    ]);
    expect(issues(`{"${'Họ và tên'.normalize('NFD')}": "A", "Họ và tên": "B"}`)).toEqual([
      { code: 'cli.field-given-twice', params: { field: 'Họ và tên', first: 'Họ và tên', second: 'Họ và tên', column: 'Họ và tên' } },
    ]);
    expect(issues('{"unit": {"name": "A", "name": "B"}}')).toEqual([
      { code: 'cli.field-given-twice', params: { field: 'unit.name', first: 'unit › name', second: 'unit › name', column: 'unit.name' } },
    ]);
    // An object whose members are cells, given twice, is no one cell: the whole record is refused.
    expect(issues('{"attestations": {"health": true}, "attestations": {"health": false}}')).toEqual([
      { code: 'cli.field-given-twice', params: { field: 'attestations', first: 'attestations', second: 'attestations' } },
    ]);
    expect(issues(JSON.stringify(CANDIDATE))).toBeUndefined();
  });

  it('never flips a verdict: whichever spelling comes last, the record is invalid in check', async () => {
    const yes = (n: number) => JSON.stringify({ ...CANDIDATE, id: `HX-0${n}` });
    const lines = [
      withKey({ ...CANDIDATE, id: 'HX-01' }, 'attestations.health', 'false'),
      `{"attestations.health": false, ${yes(2).slice(1)}`,
      yes(3).replace('"health":true', '"health":true,"health":false'),
      yes(4).replace('"fullName":"Phạm Thị Hòa"', '"fullName":"Phạm Thị Hòa","fullName":"Lê Văn Bình"'),
      yes(5),
    ];
    const result = await cli(['check', file('twice.ndjson', `${lines.join('\n')}\n`), ...HUONG_XUAN, '--format', 'ndjson']);
    expect(result.code).toBe(1);
    expect(ndjson(result.stdout).map((r) => [r['row'], r['verdict'], r['issues'].map((i: { code: string; field: string }) => `${i.code}@${i.field}`)])).toEqual([
      [1, 'invalid', ['cli.field-given-twice@attestations.health']],
      [2, 'invalid', ['cli.field-given-twice@attestations.health']],
      [3, 'invalid', ['cli.field-given-twice@attestations.health']],
      [4, 'invalid', ['cli.field-given-twice@fullName']],
      [5, 'eligible', []],
    ]);
  });
});

describe('NDJSON line ends', () => {
  it('one record per line whatever the line ends (LF, CR, CRLF, mixed) and wherever the chunks split, numbered by line (property)', async () => {
    const eol = fc.constantFrom('\n', '\r', '\r\n');
    const line = fc.oneof(fc.constant(''), fc.integer({ min: 0, max: 99 }).map((n) => JSON.stringify({ fullName: `Người ${n}`, n })));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(line, eol), { maxLength: 12 }), fc.boolean(), fc.integer({ min: 1, max: 9 }), async (lines, lastEnded, size) => {
        const text = lines.map(([l, e], i) => (i < lines.length - 1 || lastEnded ? l + e : l)).join('');
        const rows = await collect((await openNdjson(bytes(text, size))).rows);
        // The oracle: the whole text split at once, where the reader gets it a few bytes at a time (a CRLF may be cut in two).
        const expected = text.split(/\r\n|\r|\n/u).flatMap((l, i) => (l === '' ? [] : [[i + 1, JSON.parse(l).fullName as string]]));
        expect(rows.map((r) => [r.row, r.record['fullName']])).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });
});
