import { describe, expect, it } from 'vitest';
import { checkRows } from '../src/check';
import { FieldResolver, readCandidateRow } from '../src/io/candidateRow';
import { mapHeaders } from '../src/io/headers';
import type { Cell, SourceRow } from '../src/io/types';
import type { CheckRecord } from '../src/render/record';
import { collect, rowsOf } from './helpers';

const ALL_YES = { 'Sức khỏe': 'x', 'Nhiệt tình': 'x', 'Phẩm chất đạo đức': 'x', 'Gia đình gương mẫu': 'x', 'Năng lực': 'x' };
const person = (extra: Record<string, Cell> = {}): Record<string, Cell> => ({
  'Mã': 'A1',
  'Họ và tên': 'Nguyễn Văn An',
  'Ngày sinh': '10/01/2000',
  'Thường trú': 'có',
  'Cư trú thường xuyên': 'có',
  'Đảng viên': 'có',
  ...ALL_YES,
  ...extra,
});

const resolverFor = (records: readonly Record<string, Cell>[]) => new FieldResolver(mapHeaders(Object.keys(records[0]!).map((header) => ({ header }))));

describe('reading a row into library input', () => {
  it('maps, coerces and nests attestations', () => {
    const read = readCandidateRow(person({ 'Giới tính': 'Nữ', 'Tỉnh': 46, 'Ngày bầu cử': '10/01/2021' }), new FieldResolver());
    expect(read.issues).toEqual([]);
    expect(read.candidate).toEqual({
      id: 'A1',
      fullName: 'Nguyễn Văn An',
      dateOfBirth: '2000-01-10',
      gender: 'female',
      permanentResident: true,
      livesInUnit: true,
      partyMember: true,
      attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
    });
    expect(read.context).toEqual({ electionDate: '2021-01-10', province: '46' });
  });

  it('names the column of a cell it cannot read, without the value', () => {
    const read = readCandidateRow(person({ 'Ngày sinh': '31/02/2000' }), new FieldResolver());
    expect(read.issues).toEqual([{ code: 'cli.impossible-date', column: { header: 'Ngày sinh' }, field: 'dateOfBirth', params: { column: 'Ngày sinh' } }]);
    expect(read.candidate['dateOfBirth']).toBeUndefined();
  });

  it('refuses two keys for one field in a JSON record', () => {
    const read = readCandidateRow({ fullName: 'A', 'Họ và tên': 'B', dateOfBirth: '2000-01-01' }, new FieldResolver());
    expect(read.issues.map((i) => i.code)).toEqual(['cli.header-duplicate-field']);
  });
});

describe('checkRows', () => {
  const context = { electionDate: '2021-01-10', province: '46', today: '2025-01-01' } as const;

  it('gives one record per row, in order, with the library verdicts', async () => {
    const records = [person(), person({ 'Mã': 'A2', 'Ngày sinh': '11/01/2000' }), person({ 'Mã': 'A3', 'Sức khỏe': '' }), person({ 'Mã': 'A4', 'Ngày sinh': '31/02/2000' })];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), context));
    expect(out.map((r) => [r.row, r.id, r.verdict])).toEqual([[2, 'A1', 'eligible'], [3, 'A2', 'ineligible'], [4, 'A3', 'undetermined'], [5, 'A4', 'invalid']]);
    expect(out[0]!.term).toMatchObject({ label: '2021–2023', start: '2021-01-10', end: '2023-07-09' });
    expect(out[2]!.missing).toEqual(['attestations.health']);
    expect(out[3]!.issues).toEqual([{ column: 'Ngày sinh', field: 'dateOfBirth', code: 'cli.impossible-date', message: expect.stringContaining('Ngày sinh') }]);
  });

  it('reports duplicate ids with the first row', async () => {
    const records = [person(), person()];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), context));
    expect(out[1]!.verdict).toBe('invalid');
    expect(out[1]!.issues[0]).toMatchObject({ code: 'cli.duplicate-id', column: 'Mã', message: 'Cột «Mã»: mã trùng với dòng 2.' });
  });

  it('bounds the memory of the duplicate check', async () => {
    const records = Array.from({ length: 5 }, (_, i) => person({ 'Mã': `A${i}` }));
    let limit = 0;
    const out = await collect(checkRows(rowsOf([...records, records[4]!]), resolverFor(records), { ...context, maxTrackedIds: 3, onIdLimit: (n) => (limit = n) }));
    expect(limit).toBe(3);
    expect(out.every((r) => r.verdict === 'eligible')).toBe(true);
  });

  it('refuses a column contradicting an option, and reads the context from columns', async () => {
    const records = [person({ 'Ngày bầu cử': '10/01/2021', 'Tỉnh': 'Thừa Thiên Huế' }), person({ 'Mã': 'B', 'Ngày bầu cử': '11/01/2021', 'Tỉnh': '46' }), person({ 'Mã': 'C', 'Ngày bầu cử': '10/01/2021', 'Tỉnh': 'Kon Tum' })];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), context));
    expect(out.map((r) => r.verdict)).toEqual(['eligible', 'invalid', 'invalid']);
    expect(out[1]!.issues.map((i) => [i.code, i.column])).toEqual([['cli.context-conflict', 'Ngày bầu cử']]);
    expect(out[2]!.issues.map((i) => [i.code, i.column])).toEqual([['cli.context-conflict', 'Tỉnh']]);
    const fromColumns = await collect(checkRows(rowsOf(records.slice(0, 1)), resolverFor(records), { today: '2025-01-01' }));
    expect(fromColumns[0]).toMatchObject({ verdict: 'eligible', province: { code: '46' } });
  });

  it('names the missing election date as the option', async () => {
    const records = [person()];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), {}));
    expect(out[0]!.issues.map((i) => [i.code, i.column])).toEqual([['input.required', '--election-date']]);
  });

  it('renders messages in English on request', async () => {
    const records = [person({ 'Ngày sinh': '11/01/2000' })];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), { ...context, lang: 'en' }));
    expect(out[0]!.findings[0]).toMatchObject({ code: 'elig.age.under-minimum', kind: 'legal', severity: 'error', message: expect.stringMatching(/^Under 21/u) });
    expect(out[0]!.regime?.name).toMatch(/[A-Za-z]/u);
  });

  it('refuses a birth date after today', async () => {
    const records = [person({ 'Ngày sinh': '01/01/2030' })];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), { electionDate: '2060-01-10', today: '2025-01-01' }));
    expect(out[0]!.issues.map((i) => i.code)).toContain('input.birth-in-future');
  });

  it('is lazy: a row is read only when its record is taken', async () => {
    let read = 0;
    async function* counting(): AsyncGenerator<SourceRow> {
      for (let i = 0; i < 1000; i += 1) {
        read += 1;
        yield { row: i + 2, record: person({ 'Mã': `L${i}` }) };
      }
    }
    const it = checkRows(counting(), resolverFor([person()]), context)[Symbol.asyncIterator]();
    await it.next();
    await it.next();
    expect(read).toBe(2);
    await it.return?.(undefined);
  });

  it('never puts a citizen id or a date of birth in a record', async () => {
    const records = [person({ 'Số định danh': '046200001234', 'Giới tính': 'Nam' }), person({ 'Mã': 'Z', 'Số định danh': '046300001234', 'Giới tính': 'Nam' })];
    const out = await collect(checkRows(rowsOf(records), resolverFor(records), context));
    const text = JSON.stringify(out);
    expect(out.map((r) => r.verdict)).toEqual(['eligible', 'invalid']);
    expect(out.map((r) => r.citizenId)).toEqual(['046*******34', '046*******34']);
    expect(text).not.toContain('046200001234');
    expect(text).not.toContain('046300001234');
    expect(text).not.toContain('2000-01-10');
  });
});
