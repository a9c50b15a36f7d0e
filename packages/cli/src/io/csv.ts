import { finished, pipeline, Readable } from 'node:stream';
import { TextDecoder } from 'node:util';
import { isBlankText } from '@truongthon/core';
import { parse } from 'csv-parse';
import { CliError } from '../messages';
import { textOrUtf8 } from './encoding';
import { buildColumns, buildRow, MAX_RECORD_CHARS, type RowSource, unreadRow } from './source';
import type { ColumnRef, ReadOptions, SourceRow } from './types';

const DELIMITERS = [',', ';', '\t'] as const;

interface CsvErrorMarker {
  readonly csvError: string;
}

/**
 * The separator of a CSV header line: whichever of `,` `;` and tab occurs
 * most often outside quotes (`,` when none does). Spreadsheets saved with a
 * Vietnamese or European locale use `;`.
 *
 * @example
 * detectDelimiter('Họ và tên;Ngày sinh;Đảng viên') // ';'
 */
export function detectDelimiter(line: string): ',' | ';' | '\t' {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best: ',' | ';' | '\t' = ',';
  for (const d of DELIMITERS) if (counts.get(d)! > counts.get(best)!) best = d;
  return best;
}

/**
 * The separator a row of a CSV file seems to have been saved with when it is
 * not the file's: the row was read as a single cell (the file's separator
 * never occurs in it) although the header has several columns, and that cell
 * holds another of `,` `;` and tab (the one it holds most). Such a row lands
 * whole in the first column; its cells cannot be told apart safely, so it is
 * not read (see {@link unreadRow}). `undefined` for any other row.
 *
 * @example
 * strayDelimiter(['HX-02,Trần Thị Mai,11/01/2000'], ';', 12) // ','
 * strayDelimiter(['HX-02'], ';', 12) // undefined
 */
export function strayDelimiter(cells: readonly string[], delimiter: string, namedColumns: number): ',' | ';' | '\t' | undefined {
  if (cells.length !== 1 || namedColumns < 2) return undefined;
  const cell = cells[0]!;
  let best: ',' | ';' | '\t' | undefined;
  let most = 0;
  for (const d of DELIMITERS) {
    if (d === delimiter) continue;
    let count = 0;
    for (let at = cell.indexOf(d); at >= 0; at = cell.indexOf(d, at + 1)) count += 1;
    if (count > most) {
      best = d;
      most = count;
    }
  }
  return best;
}

/** How a separator is named in messages (a tab would print as a blank). */
const delimiterName = (d: string): string => (d === '\t' ? 'tab' : d);

/**
 * Opens a CSV byte stream: decodes it (BOM, `encoding`), finds the
 * separator from the header line, reads the header at `headerRow` (default
 * 1) and returns the rows lazily. Row numbers count every record from the
 * top of the file (blank ones too, so they match the spreadsheet); blank
 * rows yield nothing. A row saved with another separator than the file's
 * (see `strayDelimiter`) yields an empty record with
 * `cli.row-other-separator`, never its text. A syntax error the parser
 * cannot get past becomes one last row with `error` set.
 */
export async function openCsv(bytes: AsyncIterable<Uint8Array>, options: ReadOptions = {}, close: () => void = () => {}): Promise<RowSource> {
  const headerRow = options.headerRow ?? 1;
  // UTF-8 (most files) reaches the parser as bytes, which it decodes cell by cell; other encodings as text.
  const text = textOrUtf8(bytes, options.encoding)[Symbol.asyncIterator]();
  // Read ahead to the header line to choose the separator.
  const read: (string | Uint8Array)[] = [];
  const utf8 = new TextDecoder('utf-8', { fatal: false, ignoreBOM: true });
  let head = '';
  let ended = false;
  while (!ended && countLines(head) < headerRow && head.length < MAX_RECORD_CHARS * 4) {
    const next = await text.next();
    if (next.done) ended = true;
    else {
      read.push(next.value);
      head += typeof next.value === 'string' ? next.value : utf8.decode(next.value, { stream: true });
    }
  }
  const headerLine = head.split(/\r\n|\n|\r/u)[headerRow - 1] ?? '';
  const delimiter = detectDelimiter(headerLine);
  let fatal = false;
  async function* all(): AsyncGenerator<string | Uint8Array> {
    yield* read;
    for (;;) {
      if (fatal) return;
      const next = await text.next();
      if (next.done) return;
      yield next.value;
    }
  }
  // Syntax errors must not lose the records parsed before them: with
  // skip_records_with_error, csv-parse reports a bad record through on_skip
  // (synchronously, in order) and we push a marker in its place. A record
  // over the size limit stops the reading (the parser cannot resynchronise).
  const parser: ReturnType<typeof parse> = parse({
    delimiter,
    bom: false,
    relax_column_count: true,
    relax_quotes: true,
    skip_empty_lines: false,
    max_record_size: MAX_RECORD_CHARS,
    skip_records_with_error: true,
    on_skip: (error) => {
      const code = csvErrorCode(error);
      if (fatal) return;
      if (code === 'CSV_MAX_RECORD_SIZE') fatal = true;
      parser.push({ csvError: code } satisfies CsvErrorMarker);
    },
  });
  // pipeline (not pipe) so a read error reaches the parser's reader instead of hanging it.
  pipeline(Readable.from(all()), parser, () => {});
  const reader = batchReader<string[] | CsvErrorMarker>(parser);
  // Records taken from the reader and not yet used.
  let pending: (string[] | CsvErrorMarker)[] = [];
  let taken = 0;
  const nextRecord = async (): Promise<IteratorResult<string[] | CsvErrorMarker, undefined>> => {
    if (taken < pending.length) return { done: false, value: pending[taken++]! };
    const batch = await reader.next();
    if (batch === null) return { done: true, value: undefined };
    pending = batch;
    taken = 1;
    return { done: false, value: batch[0]! };
  };
  let recordNo = 0;
  let columns: ColumnRef[] | undefined;
  try {
    while (recordNo < headerRow) {
      const next = await nextRecord();
      if (next.done) break;
      recordNo += 1;
      if (!Array.isArray(next.value)) throw new CliError('cli.csv-syntax', { reason: next.value.csvError });
      if (recordNo === headerRow) columns = buildColumns(next.value);
    }
  } catch (error) {
    parser.destroy();
    close();
    if (error instanceof CliError) throw error;
    throw new CliError('cli.csv-syntax', { reason: csvErrorCode(error) });
  }
  if (!columns || columns.every((c) => c.header === '')) {
    parser.destroy();
    close();
    if (recordNo === 0) throw new CliError('cli.file-empty', { file: '' });
    throw new CliError('cli.header-row-missing', { row: headerRow });
  }
  const header = columns;
  const namedColumns = header.filter((c) => c.header !== '').length;
  let closed = false;
  // The rows as they are parsed, a batch at a time (what the parser holds, at most BATCH_RECORDS).
  async function* batches(): AsyncGenerator<SourceRow[]> {
    try {
      for (;;) {
        let records: readonly (string[] | CsvErrorMarker)[];
        if (taken < pending.length) {
          records = pending.slice(taken);
          pending = [];
          taken = 0;
        } else {
          let batch: (string[] | CsvErrorMarker)[] | null;
          try {
            batch = await reader.next();
          } catch (error) {
            // A read error (the file vanished, a disk error): one last row says so.
            yield [{ row: recordNo + 1, record: {}, error: { code: 'cli.csv-syntax', params: { reason: csvErrorCode(error) } } }];
            return;
          }
          if (batch === null) return;
          records = batch;
        }
        const out: SourceRow[] = [];
        for (const value of records) {
          recordNo += 1;
          if (!Array.isArray(value)) {
            const code = value.csvError;
            out.push({ row: recordNo, record: {}, error: code === 'CSV_MAX_RECORD_SIZE' ? { code: 'cli.record-too-large' } : { code: 'cli.csv-syntax', params: { reason: code } } });
            if (code === 'CSV_MAX_RECORD_SIZE') {
              yield out;
              return;
            }
            continue;
          }
          // A row of one cell holding another separator (saved with "," in a ";" file): its text is not read.
          const stray = value.length === 1 ? strayDelimiter(value, delimiter, namedColumns) : undefined;
          // …unless it holds nothing else: a blank row saved with that separator (",,,,"), which is no record.
          if (stray !== undefined && isBlankText(value[0]!.replace(/[,;\t]+/gu, ''))) continue;
          const row =
            stray === undefined
              ? buildRow(recordNo, value, header)
              : unreadRow(recordNo, header, { code: 'cli.row-other-separator', params: { separator: delimiterName(stray), delimiter: delimiterName(delimiter) } });
          if (row) out.push(row);
        }
        if (out.length > 0) yield out;
      }
    } finally {
      await source.close();
    }
  }
  async function* rows(): AsyncGenerator<SourceRow> {
    for await (const batch of batches()) yield* batch;
  }
  const source: RowSource = {
    format: 'csv',
    columns: header,
    date1904: false,
    rows: { [Symbol.asyncIterator]: () => rows() },
    batches: { [Symbol.asyncIterator]: () => batches() },
    async close() {
      if (closed) return;
      closed = true;
      parser.destroy();
      close();
    },
  };
  return source;
}

/** Records taken from the parser at most this many at a time. */
const BATCH_RECORDS = 128;

/**
 * Reads an object-mode stream a batch at a time: whatever it holds (up to
 * {@link BATCH_RECORDS}), then waits for more. The same reading as Node's
 * async iterator of a Readable (end, errors and premature close alike),
 * with one `await` per batch instead of one per record.
 */
function batchReader<T>(stream: Readable): { next(): Promise<T[] | null> } {
  let wake: () => void = () => {};
  // undefined: still reading; null: ended; an Error: failed.
  let error: Error | null | undefined;
  const awaken = () => {
    const resume = wake;
    wake = () => {};
    resume();
  };
  stream.on('readable', awaken);
  finished(stream, { writable: false }, (err) => {
    error = err ? (error ?? err) : null;
    awaken();
  });
  return {
    async next() {
      for (;;) {
        const batch: T[] = [];
        while (batch.length < BATCH_RECORDS) {
          const chunk: T | null = stream.destroyed ? null : (stream.read() as T | null);
          if (chunk === null) break;
          batch.push(chunk);
        }
        if (batch.length > 0) return batch;
        if (error) throw error;
        if (error === null) return null;
        await new Promise<void>((resolve) => {
          wake = resolve;
        });
      }
    },
  };
}

function countLines(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i += 1) if (text[i] === '\n' || (text[i] === '\r' && text[i + 1] !== '\n')) n += 1;
  return n;
}

function csvErrorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'CSV_ERROR';
}
