import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { openCsv } from '../src/io/csv';
import { encodeWindows1258, legacyFontOf } from '../src/io/encoding';
import type { SourceRow } from '../src/io/types';
import { CliError } from '../src/messages';

/**
 * The CSV reader under generated input. The default suite runs a sample;
 * `npm run fuzz` (root) sets FUZZ_RUNS=100000, as `.ci/run` does.
 */
const runs = Number(process.env['FUZZ_RUNS'] ?? 200);

const HEADERS = ['Họ và tên', 'Ngày sinh', 'Ghi chú'] as const;

/** Characters that stress a CSV reader, Vietnamese letters in both normal forms among them. */
const tricky = fc.constantFrom(',', ';', '\t', '"', '""', '\r', '\n', '\r\n', ' ', '=', 'ệ', 'Đ', 'ư', 'e\u0302\u0301', 'Nguye\u0302\u0303n', '\u200b', '\ufeff', '😀', '\\');
const cell = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 4 })), { maxLength: 6 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', ' ', 'Nguyễn Văn Hùng', '12/03/1968', '1968-03-12', 'có', 'Không', '=cmd|\' /C calc\'!A0', '<script>alert(1)</script>') },
);
const table = fc.array(fc.array(cell, { minLength: HEADERS.length, maxLength: HEADERS.length }), { maxLength: 12 });

/** RFC 4180 writing: a field is quoted when it holds the separator, a quote, CR or LF. */
function writeCsv(rows: readonly (readonly string[])[], delimiter: string, newline: string): string {
  const field = (value: string) => (value.includes(delimiter) || /["\r\n]/u.test(value) ? `"${value.replaceAll('"', '""')}"` : value);
  return rows.map((row) => row.map(field).join(delimiter)).join(newline) + newline;
}

/** The bytes cut into chunks at the given offsets, as a file read in pieces would be. */
async function* chunks(bytes: Uint8Array, cuts: readonly number[]): AsyncGenerator<Uint8Array> {
  let start = 0;
  for (const cut of [...new Set(cuts.map((c) => c % (bytes.length + 1)))].sort((a, b) => a - b)) {
    if (cut > start) yield bytes.subarray(start, cut);
    start = Math.max(start, cut);
  }
  if (start < bytes.length) yield bytes.subarray(start);
}

async function readAll(bytes: Uint8Array, cuts: readonly number[], encoding?: string, headerRow?: number): Promise<SourceRow[]> {
  const source = await openCsv(chunks(bytes, cuts), { ...(encoding ? { encoding } : {}), ...(headerRow ? { headerRow } : {}) });
  const out: SourceRow[] = [];
  for await (const row of source.rows) out.push(row);
  return out;
}

/** A blank row: every cell only white space or characters that are not there (Cf, the controls, Default_Ignorable_Code_Point such as the Hangul fillers, the braille blank), as core's isBlankText documents it. */
const isBlank = (row: readonly string[]) => row.every((c) => c.replace(/[\s\p{Cf}\p{Cc}\p{Default_Ignorable_Code_Point}\u2800]/gu, '') === '');
const utf8 = (text: string) => new TextEncoder().encode(text);
function utf16le(text: string): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set([0xff, 0xfe]);
  for (let i = 0; i < text.length; i += 1) {
    out[2 + i * 2] = text.charCodeAt(i) & 0xff;
    out[3 + i * 2] = text.charCodeAt(i) >> 8;
  }
  return out;
}

describe(`CSV reader fuzz (${runs} runs each)`, { timeout: Math.max(10_000, runs * 10) }, () => {
  it('reads back exactly what was written: one record per non-blank row, its spreadsheet row number, every cell in NFC', async () => {
    await fc.assert(
      fc.asyncProperty(
        table,
        fc.constantFrom(',', ';', '\t'),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom('utf-8', 'utf-8 with BOM', 'utf-16le with BOM'),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (rows, delimiter, newline, encoding, cuts) => {
          const text = writeCsv([HEADERS, ...rows], delimiter, newline);
          const bytes = encoding === 'utf-16le with BOM' ? utf16le(text) : encoding === 'utf-8 with BOM' ? utf8(`\ufeff${text}`) : utf8(text);
          let read: SourceRow[];
          try {
            read = await readAll(bytes, cuts);
          } catch (error) {
            // Random text can look like a legacy font (TCVN3, VNI), which the reader refuses by design: only when the
            // documented detector says so of the text as written (composed), never otherwise.
            expect((error as CliError).code).toBe('cli.legacy-font-encoding');
            expect(legacyFontOf(text.normalize('NFC'), 3)).toBeDefined();
            return;
          }
          const expected = rows.flatMap((row, index) => (isBlank(row) ? [] : [{ row: index + 2, record: Object.fromEntries(HEADERS.map((h, i) => [h, row[i]!.normalize('NFC')])) }]));
          expect(read).toEqual(expected);
        },
      ),
      { numRuns: runs },
    );
  });

  it('reads legacy Windows-1258 files (decomposed tones) back as NFC', async () => {
    const vietnamese = fc.array(fc.constantFrom('Nguyễn', 'Văn', 'Hùng', 'Lữ', 'Đức', 'Thừa Thiên Huế', 'ấp', 'ờ', 'ỵ', ' ', ',', '"', '\n'), { maxLength: 6 }).map((p) => p.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(fc.array(vietnamese, { minLength: 3, maxLength: 3 }), { maxLength: 8 }), fc.array(fc.nat(), { maxLength: 6 }), async (rows, cuts) => {
        const text = writeCsv([HEADERS, ...rows], ',', '\r\n');
        const read = await readAll(encodeWindows1258(text), cuts, 'windows-1258');
        expect(read.map((r) => r.record)).toEqual(rows.filter((r) => !isBlank(r)).map((row) => Object.fromEntries(HEADERS.map((h, i) => [h, row[i]!.normalize('NFC')]))));
      }),
      // Windows-1258 shares the decoder path with UTF-8 past the first bytes: a fifth of the runs.
      { numRuns: Math.min(runs, 20_000) },
    );
  });

  it('never throws on arbitrary bytes: a file-level CliError or rows in order, each a record or a coded error', async () => {
    const csvish = fc.array(fc.oneof(tricky, fc.constantFrom('a', 'Họ', '1', '"a"b', '\r\r', '""""')), { maxLength: 60 }).map((p) => utf8(p.join('')));
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.uint8Array({ maxLength: 400 }), csvish),
        fc.constantFrom(undefined, 'utf-8', 'windows-1258', 'utf-16le', 'utf-16be'),
        fc.constantFrom(undefined, 1, 2, 3),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (bytes, encoding, headerRow, cuts) => {
          let read: SourceRow[];
          try {
            read = await readAll(bytes, cuts, encoding, headerRow);
          } catch (error) {
            expect(error).toBeInstanceOf(CliError);
            expect((error as CliError).code).toMatch(/^cli\./u);
            return;
          }
          let last: number = headerRow ?? 1;
          for (const row of read) {
            expect(row.row).toBeGreaterThan(last);
            last = row.row;
            if (row.error) expect(row.error.code).toMatch(/^cli\./u);
            for (const value of Object.values(row.record)) if (typeof value === 'string') expect(value).toBe(value.normalize('NFC'));
          }
        },
      ),
      { numRuns: runs },
    );
  });
});
