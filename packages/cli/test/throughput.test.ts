import { createWriteStream, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough, Writable } from 'node:stream';
import { stringify } from 'csv-stringify/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkRows } from '../src/check';
import { IdIndex } from '../src/idIndex';
import { coerceCandidateField, FieldResolver, readCandidateRow } from '../src/io/candidateRow';
import { coerceFlag, coerceText, coerceDate } from '../src/io/coerce';
import { openCsv } from '../src/io/csv';
import { mapHeaders } from '../src/io/headers';
import { buildRow, toNfc } from '../src/io/source';
import type { Cell, SourceRow } from '../src/io/types';
import { checkRecordJson } from '../src/render/recordJson';
import type { CheckRecord } from '../src/render/record';
import { SINK_CHUNK_BYTES, Sink } from '../src/render/sink';
import { csvLine, jsonWriter, ndjsonWriter, safeJson } from '../src/render/writers';
import { collect, rowsOf } from './helpers';

/*
 * What makes `truongthon check` fast must not change what it writes: each
 * fast path is checked here against the plain path it replaces.
 */

async function* bytes(text: string, size = 4096): AsyncGenerator<Uint8Array> {
  const data = new TextEncoder().encode(text);
  for (let i = 0; i < data.length; i += size) yield data.subarray(i, i + size);
}

describe('duplicate ids (IdIndex)', () => {
  it('finds the first row of each id seen, exactly, even when every hash collides', () => {
    const index = new IdIndex(1000, 100_000, () => 7);
    const ids = ['A1', 'A2', 'a1', 'A1 ', 'Nguyễn', 'Nguye\u0302\u0303n', '', 'A', 'A10', 'A1\u0000'];
    ids.forEach((id, i) => expect(index.firstRow(id, i + 2)).toBeUndefined());
    ids.forEach((id, i) => expect(index.firstRow(id, 100 + i)).toBe(i + 2));
    expect(index.firstRow('A3', 50)).toBeUndefined();
    expect(index.size).toBe(ids.length + 1);
  });

  it('never reports a duplicate for distinct ids (200 000 of them, with the real hash), and finds every repeat', () => {
    const index = new IdIndex(250_000);
    let reported = 0;
    for (let i = 0; i < 200_000; i += 1) if (index.firstRow(`UV-${i}`, i + 2) !== undefined) reported += 1;
    expect(reported).toBe(0);
    let wrong = 0;
    for (let i = 0; i < 200_000; i += 1) if (index.firstRow(`UV-${i}`, 999_999) !== i + 2) wrong += 1;
    expect(wrong).toBe(0);
    expect(index.size).toBe(200_000);
  });

  it('stops remembering at the bound on ids, still finds those remembered, and says how many', () => {
    const index = new IdIndex(3);
    expect(['a', 'b', 'c'].map((id, i) => index.firstRow(id, i + 2))).toEqual([undefined, undefined, undefined]);
    expect(index.limit).toBeUndefined();
    expect(index.firstRow('d', 5)).toBeUndefined();
    expect(index.limit).toBe(3);
    expect(index.firstRow('d', 6)).toBeUndefined();
    expect(index.firstRow('b', 7)).toBe(3);
  });

  it('stops remembering at the bound on characters, however few the ids', () => {
    const index = new IdIndex(1000, 10);
    expect(index.firstRow('12345', 2)).toBeUndefined();
    expect(index.firstRow('67890', 3)).toBeUndefined();
    expect(index.firstRow('x', 4)).toBeUndefined();
    expect(index.limit).toBe(2);
    expect(index.firstRow('12345', 9)).toBe(2);
    expect(index.firstRow('x', 10)).toBeUndefined();
  });

  it('checkRows: duplicates beyond the compact set are found with their first row; the limit is reported once full', async () => {
    const records = Array.from({ length: 50 }, (_, i) => ({ 'Mã': `M${i % 20}`, 'Họ và tên': 'An', 'Ngày sinh': '01/01/1980' }));
    const limits: number[] = [];
    const out = await collect(checkRows(rowsOf(records), new FieldResolver(mapHeaders(Object.keys(records[0]!).map((header) => ({ header })))), { electionDate: '2021-01-10', province: '46', today: '2025-01-01', maxTrackedIds: 10, onIdLimit: (n) => limits.push(n) }));
    const duplicates = out.filter((r) => r.issues.some((i) => i.code === 'cli.duplicate-id'));
    // M0..M9 remembered (rows 2..11): their repeats (rows 22.., 42..) are duplicates; M10..M19 are not remembered.
    expect(duplicates.map((r) => r.row)).toEqual([22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 42, 43, 44, 45, 46, 47, 48, 49, 50, 51]);
    expect(duplicates[0]!.issues[0]!.message).toBe('Cột «Mã»: mã trùng với dòng 2.');
    expect(new Set(limits)).toEqual(new Set([10]));
  });
});

describe('cell reading fast paths', () => {
  const SPELLINGS = ['có', 'Có', 'CÓ', 'x', 'X', ' x ', '1', '0', 'yes', 'Yes ', 'no', 'true', 'false', 'đúng', 'sai', '✓', '✔', 'k', 'ko', 'không', 'có lẽ', 'chưa', '', '  ', 'Nam', 'Nữ', 'male', 'F', 'Trưởng thôn', 'Phó trưởng thôn', 'leader', 'deputy', 'x'.repeat(80)];

  it('yes/no, gender and post: the remembered answer is the answer, for every spelling, first time and again', () => {
    const coerceGender = (cell: Cell) => coerceCandidateField('gender', cell);
    const coerceRole = (cell: Cell) => coerceCandidateField('role', cell);
    for (const read of [coerceFlag, coerceGender, coerceRole]) {
      for (const cell of SPELLINGS) {
        const first = read(cell);
        expect(read(cell)).toEqual(first);
        expect(read(cell)).toEqual(read(` ${cell}`.slice(1)));
      }
    }
    expect(coerceFlag('Có')).toEqual({ ok: true, value: true });
    expect(coerceFlag('chưa')).toEqual({ ok: false, code: 'cli.bad-boolean' });
    expect(coerceFlag('  ')).toEqual({ ok: true, value: null });
  });

  it('text gets invisible format characters removed, NFC and white space folded, as before', () => {
    const slow = (cell: string) => {
      const text = cell.replace(/\p{Cf}/gu, '').normalize('NFC').replace(/\s+/gu, ' ').trim();
      return text === '' ? null : text.includes('\uFFFD') ? 'bad' : text;
    };
    const alphabet = ['a', 'Z', ' ', '  ', '\t', '\u00a0', 'ễ', 'e\u0302\u0303', 'Đ', 'ư', '\u0301', '\uFFFD', '\u2028', '\u3000', '\ud800', '-', '"', '<', '1', '\u200b', '\u00ad', '\ufeff'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }), (parts) => {
        const cell = parts.join('');
        const read = coerceText(cell);
        const expected = slow(cell);
        if (expected === 'bad') expect(read).toEqual({ ok: false, code: 'cli.bad-encoding-cell' });
        else expect(read).toEqual({ ok: true, value: expected });
      }),
      { numRuns: 3000 },
    );
  });

  it('NFC of cells: the shortcut agrees with String.prototype.normalize', () => {
    const alphabet = ['a', 'é', 'e\u0301', '\u0301', 'Ư', 'ự', 'u\u031b\u0323', '\u1e9b', '\u0344', 'Å', '\u212b', '한', '\u1100\u1161', '\u00ff', '\u02ff', '\u0300'];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(toNfc(text)).toBe(text.normalize('NFC'));
      }),
      { numRuns: 3000 },
    );
  });

  it('dates in the usual spellings read without a RegExp give what the general path gives', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 9999 }),
        fc.integer({ min: 0, max: 99 }),
        fc.integer({ min: 0, max: 99 }),
        fc.constantFrom('-', '/', '.'),
        fc.constantFrom('-', '/', '.'),
        (y, m, d, s1, s2) => {
          const p2 = (n: number) => String(n).padStart(2, '0');
          const iso = `${String(y).padStart(4, '0')}${s1}${p2(m)}${s2}${p2(d)}`;
          const vn = `${p2(d)}${s1}${p2(m)}${s2}${String(y).padStart(4, '0')}`;
          // The same text with a space around it skips the shortcut.
          expect(coerceDate(iso)).toEqual(coerceDate(` ${iso}`));
          expect(coerceDate(vn)).toEqual(coerceDate(`${vn} `));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe('rows and records', () => {
  it('buildRow copies a template with the file’s keys: same keys, order and values; `__proto__` is read as before', () => {
    const columns = ['b', '2', 'a', '', '1', 'Họ và tên'].map((header, i) => ({ header, letter: String.fromCharCode(65 + i) }));
    const row = buildRow(2, ['x', 'y', 'z', 'w', 'v', 'Nguye\u0302\u0303n'], columns)!;
    expect(Object.keys(row.record)).toEqual(['1', '2', 'b', 'a', 'Họ và tên']);
    expect(row.record).toEqual({ b: 'x', 2: 'y', a: 'z', 1: 'v', 'Họ và tên': 'Nguyễn' });
    expect(buildRow(3, ['only'], columns)!.record).toEqual({ b: 'only', 2: null, a: null, 1: null, 'Họ và tên': null });
    const proto = buildRow(2, ['x', 'y'], [{ header: '__proto__' }, { header: 'a' }])!;
    expect(Object.keys(proto.record)).toEqual(['a']);
    expect(buildRow(2, ['', ' '], columns)).toBeUndefined();
  });

  it('a mapped header: the planned reading gives what the general reading gives (keys in order, issues, columns), however the record is keyed', () => {
    const headers = ['STT', 'Mã', 'Họ và tên', 'Ngày sinh', 'Giới tính', 'Sức khỏe', 'Năng lực', 'Thường trú', 'Ngày bầu cử', 'Tỉnh', 'Ghi chú'];
    const mapped = new FieldResolver(mapHeaders(headers.map((header) => ({ header }))));
    const general = new FieldResolver();
    const cells: Cell[][] = [
      ['1', 'A1', 'Nguyễn Văn An', '10/01/2000', 'Nam', 'x', '', 'có', '10/01/2021', '46', ''],
      ['2', '', '  Lê  Thị ', '31/02/2000', 'khác', 'có lẽ', 'x', null, 'x', 'Huế', 'n'],
      ['3', 7, 'B', 36536, 'Nữ', true, 0, 1, '2021-01-10', null, null],
    ];
    for (const row of cells) {
      const inOrder = Object.fromEntries(headers.map((h, i) => [h, row[i]!]));
      const shuffled = Object.fromEntries(headers.map((h, i) => [h, row[i]!]).reverse());
      const partial = Object.fromEntries(headers.map((h, i) => [h, row[i]!]).filter((_, i) => i % 3 !== 1));
      for (const record of [inOrder, shuffled, partial]) {
        const fast = readCandidateRow(record, mapped);
        const slow = readCandidateRow(record, general);
        expect(JSON.stringify(fast.candidate)).toBe(JSON.stringify(slow.candidate));
        expect(JSON.stringify(fast.context)).toBe(JSON.stringify(slow.context));
        expect(fast.issues).toEqual(slow.issues);
        expect([...fast.columns]).toEqual([...slow.columns]);
      }
    }
  });

  it('CSV rows a batch at a time are the rows one at a time, syntax errors included', async () => {
    const lines = ['Họ và tên,Ngày sinh,Mã'];
    for (let i = 0; i < 3000; i += 1) lines.push(i % 500 === 7 ? '' : i === 2500 ? `"bad"x,01/01/1980,${i}` : `Tên ${i},01/01/1980,${i}`);
    lines.push('"unclosed,01/01/1980,z');
    const text = lines.join('\r\n');
    const one = await collect((await openCsv(bytes(text))).rows);
    const batched = (await collect((await openCsv(bytes(text))).batches!)).flat();
    expect(batched).toEqual(one);
    expect(one.length).toBeGreaterThan(2990);
    expect(one.filter((r) => r.error).length).toBeGreaterThan(0);
  });
});

describe('JSON of check records', () => {
  it('is exactly safeJson(record), for every kind of record checkRows makes', async () => {
    const base = { 'Mã': 'A1', 'Họ và tên': 'Nguyễn Văn An', 'Ngày sinh': '10/01/2000', 'Thường trú': 'có', 'Cư trú thường xuyên': 'có', 'Đảng viên': 'có', 'Sức khỏe': 'x', 'Nhiệt tình': 'x', 'Phẩm chất đạo đức': 'x', 'Gia đình gương mẫu': 'x', 'Năng lực': 'x', 'Số định danh': '', 'Ngày bầu cử': '', 'Tỉnh': '' };
    const variants: Record<string, Cell>[] = [
      base,
      { ...base, 'Mã': 'A2', 'Ngày sinh': '11/01/2000', 'Đảng viên': 'không' },
      { ...base, 'Mã': 'A3', 'Sức khỏe': '', 'Năng lực': 'không' },
      { ...base, 'Mã': 'A1' },
      { ...base, 'Mã': '<script>&\u2028', 'Họ và tên': '</script><b>"\\\u2029' },
      { ...base, 'Mã': 'A5', 'Ngày sinh': '31/02/2000', 'Sức khỏe': 'có lẽ' },
      { ...base, 'Mã': 'A6', 'Số định danh': '046 200.001-234' },
      { ...base, 'Mã': 'A7', 'Ngày bầu cử': '10/01/2021', 'Tỉnh': 'Kon Tum' },
      { ...base, 'Mã': 'A8', 'Ngày bầu cử': '01/08/2025', 'Tỉnh': '' },
      { ...base, 'Mã': 'A9', 'Ngày sinh': '29/02/2000' },
      { ...base, 'Mã': '', 'Họ và tên': '' },
    ];
    const resolver = new FieldResolver(mapHeaders(Object.keys(base).map((header) => ({ header }))));
    for (const lang of ['vi', 'en'] as const) {
      for (const options of [{ electionDate: '2021-01-10', province: '46' }, { province: '46' }, { electionDate: '2026-01-18' }]) {
        const records = await collect(checkRows(rowsOf([...variants, ...variants]), resolver, { ...options, lang, today: '2025-01-01' }));
        const broken: CheckRecord = { row: 9, id: null, fullName: null, citizenId: null, verdict: 'invalid', findings: [], missing: [], issues: [{ column: null, field: null, code: 'cli.csv-syntax', message: 'x' }], regime: null, province: null, term: null };
        for (const record of [...records, broken]) expect(checkRecordJson(record)).toBe(safeJson(record));
        const sink = (await captureSink((s) => ndjsonWriter(s), records)).toString('utf8');
        expect(sink).toBe(records.map((r) => `${safeJson(r)}\n`).join(''));
      }
    }
  });
});

async function captureSink<R>(make: (sink: Sink) => { write(r: R): Promise<void>; end(): Promise<void> }, records: readonly R[]): Promise<Buffer> {
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  const writer = make(new Sink(stream, true));
  for (const r of records) await writer.write(r);
  await writer.end();
  return Buffer.concat(chunks);
}

describe('chunked output', () => {
  it('keeps every byte in order across chunk boundaries: text, bytes, long pieces, Vietnamese and astral characters', async () => {
    const pieces: (string | Uint8Array)[] = [];
    for (let i = 0; i < 3000; i += 1) {
      pieces.push(i % 7 === 0 ? Buffer.from(`bytes ${i};`) : i % 11 === 0 ? `${'Nguyễn 😀 '.repeat(i)}\n` : `{"row":${i},"name":"Trần Thị Ánh"}\n`);
      if (i === 1500) pieces.push('x'.repeat(SINK_CHUNK_BYTES * 2), Buffer.alloc(SINK_CHUNK_BYTES + 3, 65));
    }
    const out = await captureSink<string | Uint8Array>((sink) => ({ write: (p) => sink.write(p), end: () => sink.end() }), pieces);
    expect(out.equals(Buffer.concat(pieces.map((p) => (typeof p === 'string' ? Buffer.from(p) : p))))).toBe(true);
  });

  it('to a file (chunks used again once written), every byte arrives in order', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'truongthon-sink-'));
    try {
      const file = join(dir, 'out.ndjson');
      const records = Array.from({ length: 30_000 }, (_, row) => ({ row, name: `Nguyễn Thị ${row} 😀` }));
      const stream = createWriteStream(file);
      await new Promise((resolve) => stream.once('open', resolve));
      const writer = ndjsonWriter<(typeof records)[number]>(new Sink(stream, true));
      for (const r of records) await writer.write(r);
      await writer.end();
      expect(readFileSync(file, 'utf8')).toBe(records.map((r) => `${JSON.stringify(r)}\n`).join(''));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gathers small writes into chunks of at most 64 KiB', async () => {
    const sizes: number[] = [];
    const stream = new Writable({
      write(chunk: Buffer, _encoding, callback) {
        sizes.push(chunk.length);
        callback();
      },
    });
    const sink = new Sink(stream, true);
    const writer = ndjsonWriter<{ row: number }>(sink);
    for (let row = 0; row < 20_000; row += 1) await writer.write({ row });
    await writer.end();
    expect(sizes.length).toBeLessThan(10);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(SINK_CHUNK_BYTES);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(Array.from({ length: 20_000 }, (_, row) => `{"row":${row}}\n`).join('').length);
  });

  it('sends what it holds as soon as the producer pauses, without waiting for a full chunk or the end', async () => {
    const stream = new PassThrough();
    const received: string[] = [];
    stream.on('data', (c: Buffer) => received.push(c.toString('utf8')));
    const writer = jsonWriter<{ row: number }>(new Sink(stream, false));
    await writer.write({ row: 2 });
    expect(received.join('')).toBe('');
    await new Promise((resolve) => setImmediate(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    expect(received.join('')).toBe('[\n{"row":2}');
  });

  it('sends what came while the stream was full once it drains, even if the producer then pauses', async () => {
    const chunks: Buffer[] = [];
    let release: (() => void) | undefined;
    const stream = new Writable({
      highWaterMark: 1024,
      write(chunk: Buffer, _encoding, callback) {
        chunks.push(Buffer.from(chunk));
        release = callback;
      },
    });
    const sink = new Sink(stream, false);
    // One write of more than half a chunk, then a small one, in one run: the first goes out at once and fills the stream.
    sink.text('x'.repeat(SINK_CHUNK_BYTES / 2 + 1));
    sink.text('y'.repeat(SINK_CHUNK_BYTES / 2));
    sink.text('tail');
    void sink.settle();
    await new Promise((resolve) => setImmediate(resolve));
    expect(chunks.length).toBe(1);
    // The stream drains; no more writes come, and end() is not called: the rest must still go out.
    for (let i = 0; i < 5; i += 1) {
      const next = release;
      release = undefined;
      next?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(Buffer.concat(chunks).toString('utf8')).toBe(`${'x'.repeat(SINK_CHUNK_BYTES / 2 + 1)}${'y'.repeat(SINK_CHUNK_BYTES / 2)}tail`);
  });

  it('respects backpressure: a write waits while the stream is full, and memory stays at one chunk beyond it', async () => {
    let release: (() => void) | undefined;
    let written = 0;
    const stream = new Writable({
      highWaterMark: 16 * 1024,
      write(chunk: Buffer, _encoding, callback) {
        written += chunk.length;
        release = callback;
      },
    });
    const sink = new Sink(stream, true);
    const writer = ndjsonWriter<{ row: number; pad: string }>(sink);
    const pad = 'ư'.repeat(500);
    let accepted = 0;
    let blocked: Promise<void> | undefined;
    for (let row = 0; row < 1000 && blocked === undefined; row += 1) {
      const done = writer.write({ row, pad });
      const state = await Promise.race([done.then(() => 'done'), new Promise((resolve) => setImmediate(() => resolve('pending')))]);
      if (state === 'pending') blocked = done;
      else accepted += 1;
    }
    expect(blocked).toBeDefined();
    // The first chunk went to the stream (which holds it, unwritten); the writer waits.
    expect(accepted * 1000).toBeLessThan(SINK_CHUNK_BYTES * 2 + 16 * 1024);
    expect(written).toBeLessThanOrEqual(SINK_CHUNK_BYTES);
    let settled = false;
    void blocked!.then(() => (settled = true));
    await new Promise((resolve) => setImmediate(resolve));
    expect(settled).toBe(false);
    // Let the stream drain: the write goes on.
    while (!settled) {
      const next = release;
      release = undefined;
      next?.();
      await new Promise((resolve) => setImmediate(resolve));
    }
    expect(settled).toBe(true);
  });

  it('a closed output makes the next write fail instead of hanging', async () => {
    const stream = new Writable({
      highWaterMark: 1024,
      write(_chunk, _encoding, callback) {
        setImmediate(() => callback(Object.assign(new Error('broken pipe'), { code: 'EPIPE' })));
      },
    });
    const sink = new Sink(stream, false);
    const writer = ndjsonWriter<{ pad: string }>(sink);
    await expect(
      (async () => {
        for (let i = 0; i < 10_000; i += 1) await writer.write({ pad: 'x'.repeat(1000) });
      })(),
    ).rejects.toMatchObject({ code: 'EPIPE' });
  });
});

describe('CSV lines', () => {
  it('quote a cell with a line break of any kind, so that a cell of several findings stays in its row', () => {
    expect(csvLine(['Chưa đủ 21 tuổi\nKhông thường trú', 'x'])).toBe('"Chưa đủ 21 tuổi\nKhông thường trú",x\r\n');
    expect(csvLine(['a\rb'])).toBe('"a\rb"\r\n');
    expect(csvLine(['a\r\nb'])).toBe('"a\r\nb"\r\n');
    expect(csvLine(['plain', 1, true])).toBe('plain,1,1\r\n');
  });

  it('are what csv-stringify writes, for any cells', () => {
    const text = fc.array(fc.constantFrom('a', 'ư', ',', '"', '\r', '\n', '\r\n', ' ', "'", '=', '😀', ';', '\t'), { maxLength: 10 }).map((parts) => parts.join(''));
    const cell = fc.oneof(text, fc.integer(), fc.double(), fc.constant(''), fc.boolean(), fc.constant(null), fc.constant(undefined));
    fc.assert(
      fc.property(fc.array(cell, { maxLength: 6 }), (cells) => {
        expect(csvLine(cells)).toBe(stringify([cells], { record_delimiter: '\r\n', quoted_match: /[\r\n]/u }));
      }),
      { numRuns: 5000 },
    );
  });
});
