import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, describe, expect, it } from 'vitest';
import { csvLine, DateCell, dateCell } from '../src/render/writers';
import { EXAMPLES, run } from './helpers';

/*
 * Issue 15, item 1: every date the CLI writes for people in Vietnamese (table,
 * CSV, XLSX) reads dd/MM/yyyy; XLSX dates are real date cells formatted
 * dd/mm/yyyy; JSON keeps ISO. Each command runs on the bundled examples in
 * every format it has; the dates given on the command line are ISO, so none
 * of them may come back as it was typed.
 */

const ISO = /\d{4}-\d{2}-\d{2}/u;
const ISO_ALL = /\d{4}-\d{2}-\d{2}/gu;
const VI_DATE = /\b\d{2}\/\d{2}\/\d{4}\b/u;

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-dates-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const CANDIDATES = join(EXAMPLES, 'candidates.csv');
const CANDIDATES_XLSX = join(EXAMPLES, 'candidates.xlsx');
const MEETINGS = join(EXAMPLES, 'meetings.csv');
const UNITS = join(EXAMPLES, 'units.csv');
const CHECK = ['--election-date', '2021-01-10', '--province', '46', '--today', '2025-01-01'];

/** The commands of the CLI with the arguments of each scenario, and the formats each writes. */
const FILE_COMMANDS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'check csv', args: ['check', CANDIDATES, ...CHECK] },
  { name: 'check xlsx', args: ['check', CANDIDATES_XLSX, ...CHECK] },
  { name: 'tally', args: ['tally', MEETINGS] },
  { name: 'tally 46', args: ['tally', MEETINGS, '--province', '46'] },
  { name: 'report 2021', args: ['report', UNITS, '--as-of', '2021-11-15'] },
  { name: 'report 2026', args: ['report', UNITS, '--as-of', '2026-07-15'] },
];

const ANSWER_COMMANDS: readonly { readonly name: string; readonly args: readonly string[] }[] = [
  { name: 'term 46', args: ['term', '--province', '46', '--date', '2022-05-01'] },
  { name: 'term Kon Tum', args: ['term', '--province', '62', '--date', '2021-08-16'] },
  { name: 'rules', args: ['rules'] },
  { name: 'rules --date', args: ['rules', '--date', '2021-01-10', '--province', '46'] },
  { name: 'rules --date 2026', args: ['rules', '--date', '2026-06-01'] },
  { name: 'rules --changes', args: ['rules', '--changes', '2026-05-25', '2026-05-26'] },
  { name: 'timeline', args: ['timeline', '--meeting-date', '2021-01-10', '--province', '46'] },
  { name: 'timeline 2026', args: ['timeline', '--meeting-date', '2026-07-10', '--received-on', '2026-07-12'] },
  { name: 'timeline 2024', args: ['timeline', '--meeting-date', '2024-12-15'] },
  { name: 'interim', args: ['interim', '--appointed-on', '2026-07-01'] },
  { name: 'interim 2018', args: ['interim', '--appointed-on', '2019-03-01'] },
];

/** The ISO dates in a text, with the line each is on (for a readable failure). */
function isoLines(text: string): string[] {
  return text.split(/\r?\n/u).filter((line) => ISO.test(line));
}

interface SheetCells {
  readonly dates: { readonly address: string; readonly value: Date; readonly numFmt: string | undefined }[];
  readonly isoTexts: string[];
}

/** Every cell of every sheet of a workbook: its date cells, and the text cells that hold an ISO date. */
async function readCells(file: string): Promise<SheetCells> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(file);
  const cells: SheetCells = { dates: [], isoTexts: [] };
  for (const sheet of workbook.worksheets) {
    sheet.eachRow({ includeEmpty: false }, (row) => {
      row.eachCell({ includeEmpty: false }, (cell) => {
        if (cell.value instanceof Date) cells.dates.push({ address: `${sheet.name}!${cell.address}`, value: cell.value, numFmt: cell.numFmt });
        else if (ISO.test(cell.text)) cells.isoTexts.push(`${sheet.name}!${cell.address}: ${cell.text}`);
      });
    });
  }
  return cells;
}

describe('dates in Vietnamese outputs read dd/MM/yyyy (issue 15)', () => {
  it('a date cell: dd/MM/yyyy in a Vietnamese CSV, ISO in English, the day at 00:00 UTC for XLSX whatever TZ; not a day, an empty cell', () => {
    expect(csvLine(['a', new DateCell('2021-01-10', 'vi'), new DateCell('2021-01-10', 'en')])).toBe('a,10/01/2021,2021-01-10\r\n');
    for (const iso of ['2021-01-10', '2000-02-29', '1968-03-12', '2026-12-31']) expect(new DateCell(iso, 'vi').date().toISOString()).toBe(`${iso}T00:00:00.000Z`);
    expect([new DateCell('2021-01-10', 'vi').numFmt, new DateCell('2021-01-10', 'en').numFmt]).toEqual(['dd/mm/yyyy', 'yyyy-mm-dd']);
    expect([dateCell(null, 'vi'), dateCell('2021-02-30', 'vi'), dateCell('10/01/2021', 'vi')]).toEqual(['', '', '']);
  });

  for (const { name, args } of FILE_COMMANDS) {
    it(`${name}: table and CSV have no ISO date; XLSX dates are date cells dd/mm/yyyy; JSON keeps ISO`, async () => {
      const out = join(tmp, `${name.replaceAll(' ', '-')}.xlsx`);
      const [table, csv, xlsx, json] = await Promise.all([
        run([...args, '--lang', 'vi', '--format', 'table']),
        run([...args, '--lang', 'vi', '--format', 'csv']),
        run([...args, '--lang', 'vi', '--out', out]),
        run([...args, '--lang', 'vi', '--format', 'json']),
      ]);
      for (const result of [table, csv, xlsx, json]) expect(result.code, result.stderr).not.toBe(2);
      expect(isoLines(table.stdout)).toEqual([]);
      expect(isoLines(csv.stdout)).toEqual([]);
      // What the run says on standard error (the summary, the regime and term lines, notes) is read by people too.
      for (const result of [table, csv, xlsx, json]) expect(isoLines(result.stderr)).toEqual([]);
      const cells = await readCells(out);
      expect(cells.isoTexts).toEqual([]);
      for (const cell of cells.dates) {
        expect(cell.numFmt, cell.address).toBe('dd/mm/yyyy');
        // A whole day, whatever the machine's time zone: 00:00 UTC is what Excel's serial day holds.
        expect(cell.value.getUTCHours() * 60 + cell.value.getUTCMinutes(), cell.address).toBe(0);
      }
      // JSON is data: ISO dates, never dd/MM/yyyy in a date field.
      expect(json.stdout).toMatch(ISO);
      JSON.parse(json.stdout);
    });
  }

  for (const { name, args } of ANSWER_COMMANDS) {
    it(`${name}: the table has no ISO date; JSON keeps ISO`, async () => {
      const [table, json] = await Promise.all([run([...args, '--lang', 'vi', '--format', 'table']), run([...args, '--lang', 'vi', '--format', 'json'])]);
      expect(table.code, table.stderr).toBe(0);
      expect(json.code, json.stderr).toBe(0);
      expect(isoLines(table.stdout)).toEqual([]);
      expect(isoLines(table.stderr)).toEqual([]);
      expect(table.stdout).toMatch(VI_DATE);
      expect(json.stdout).toMatch(ISO);
    });
  }

  it('the dates are those of the data, reordered: check (term), tally (election date, deadlines), timeline, term, interim, rules', async () => {
    const checkOut = join(tmp, 'check-values.xlsx');
    const tallyOut = join(tmp, 'tally-values.xlsx');
    const [checkCsv, checkJson, checkXlsx, tallyCsv, tallyJson, tallyXlsx, timeline, timelineJson, term, termJson, interim, interimJson, rules] = await Promise.all([
      run(['check', CANDIDATES, ...CHECK, '--format', 'csv']),
      run(['check', CANDIDATES, ...CHECK, '--format', 'ndjson']),
      run(['check', CANDIDATES, ...CHECK, '--out', checkOut]),
      run(['tally', MEETINGS, '--format', 'csv']),
      run(['tally', MEETINGS, '--format', 'json']),
      run(['tally', MEETINGS, '--out', tallyOut]),
      run(['timeline', '--meeting-date', '2021-01-10', '--province', '46', '--format', 'table']),
      run(['timeline', '--meeting-date', '2021-01-10', '--province', '46', '--format', 'json']),
      run(['term', '--province', '46', '--date', '2022-05-01', '--format', 'table']),
      run(['term', '--province', '46', '--date', '2022-05-01', '--format', 'json']),
      run(['interim', '--appointed-on', '2026-07-01', '--format', 'table']),
      run(['interim', '--appointed-on', '2026-07-01', '--format', 'json']),
      run(['rules', '--format', 'table']),
    ]);
    expect(checkXlsx.code, checkXlsx.stderr).toBe(1);

    // check: the term's first and last day, in CSV as written, in XLSX as date cells, in JSON as ISO.
    const first = JSON.parse(checkJson.stdout.split('\n')[0]!) as { term: { start: string; end: string } };
    expect(first.term.start).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    const vi = (iso: string) => `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
    const csvLines = checkCsv.stdout.replace(/^\uFEFF/u, '').split('\r\n');
    expect(csvLines[0]).toMatch(/,Nhiệm kỳ,Nhiệm kỳ từ ngày,Nhiệm kỳ đến hết ngày$/u);
    expect(csvLines[1]).toMatch(new RegExp(`,${vi(first.term.start)},${vi(first.term.end)}$`, 'u'));
    const checkCells = await readCells(checkOut);
    expect(checkCells.dates.length).toBeGreaterThan(0);
    expect(checkCells.dates.slice(0, 2).map((c) => [c.value.toISOString().slice(0, 10), c.numFmt])).toEqual([
      [first.term.start, 'dd/mm/yyyy'],
      [first.term.end, 'dd/mm/yyyy'],
    ]);

    // tally: the meeting's day in its own column; the deadlines in the text as written; JSON ISO.
    const tallyRecords = JSON.parse(tallyJson.stdout) as { electionDate: string | null; deadlines: { date: string | null }[] }[];
    expect(tallyRecords[0]!.electionDate).toBe('2021-01-10');
    expect(tallyRecords.flatMap((r) => r.deadlines.map((d) => d.date)).filter((d) => d !== null).every((d) => /^\d{4}-\d{2}-\d{2}$/u.test(d!))).toBe(true);
    expect(tallyCsv.stdout.split('\r\n')[0]).toMatch(/,Ngày bầu$/u);
    expect(tallyCsv.stdout).toContain('14/01/2021');
    expect(tallyCsv.stdout.split('\r\n')[1]).toMatch(/,10\/01\/2021$/u);
    const tallyCells = await readCells(tallyOut);
    expect(tallyCells.dates.length).toBe(tallyRecords.filter((r) => r.electionDate !== null).length);
    expect(tallyCells.dates[0]!.value.toISOString()).toBe('2021-01-10T00:00:00.000Z');

    // timeline: every step's day.
    const steps = (JSON.parse(timelineJson.stdout) as { steps: { date: string | null }[] }).steps;
    for (const step of steps) if (step.date !== null) expect(timeline.stdout).toContain(`  ${vi(step.date)}  `);
    expect(timeline.stdout).toContain('14/01/2021');

    // term and interim.
    const termData = (JSON.parse(termJson.stdout) as { term: { start: string; end: string } }).term;
    expect(term.stdout).toContain(vi(termData.start));
    expect(term.stdout).toContain(vi(termData.end));
    const due = (JSON.parse(interimJson.stdout) as { electionDueBy: string }).electionDueBy;
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/u);
    expect(interim.stdout).toContain(vi(due));

    // rules: dates inside a rule's parameters are shown reordered too.
    expect(rules.stdout).not.toMatch(ISO_ALL);
    expect(rules.stdout).toContain('"until":"14/10/2012"');
  });

  it('English keeps ISO in text (the rules\' decision); XLSX still writes date cells, formatted yyyy-mm-dd', async () => {
    const out = join(tmp, 'check-en.xlsx');
    const [csv, xlsx, timeline] = await Promise.all([
      run(['check', CANDIDATES, ...CHECK, '--lang', 'en', '--format', 'csv']),
      run(['check', CANDIDATES, ...CHECK, '--lang', 'en', '--out', out]),
      run(['timeline', '--meeting-date', '10/01/2021', '--province', '46', '--lang', 'en', '--format', 'table']),
    ]);
    expect(xlsx.code, xlsx.stderr).toBe(1);
    expect(csv.stdout.split('\r\n')[0]).toMatch(/,Term from,Term until$/u);
    expect(csv.stdout.split('\r\n')[1]).toMatch(/,\d{4}-\d{2}-\d{2},\d{4}-\d{2}-\d{2}$/u);
    expect(timeline.stdout).toContain('  2021-01-14  ');
    const cells = await readCells(out);
    expect(cells.dates.length).toBeGreaterThan(0);
    for (const cell of cells.dates) expect(cell.numFmt).toBe('yyyy-mm-dd');
  });
});
