import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, posix } from 'node:path';
import type { Readable } from 'node:stream';
import { foldKey } from '@truongthon/core';
import { CliError } from '../messages';
import { buildColumns, buildRow, MAX_RECORD_CHARS, type RowSource } from './source';
import type { Cell, ColumnRef, ReadOptions, SourceRow } from './types';
import { attribute, decodeXstring, XmlError, type XmlHandler, XmlScanner } from './xml';
import { type ZipEntry, ZipError, ZipFile } from './zip';

/**
 * The limits of XLSX reading: whatever the workbook, memory stays bounded
 * (under 300 MB for the whole process) and nothing over a limit is written
 * back out.
 *
 * - `cell`, `row`: the record limit of CSV and JSON (`MAX_RECORD_CHARS`,
 *   1 MiB of text) for one cell (inline or shared string) and for a row's
 *   cells together: over it, the row's record is invalid with a coded issue.
 * - `part`: the inflated size of a worksheet or the shared strings that is
 *   read at all (declared in the zip's directory, and held to it while
 *   inflating): 1 GiB, about six times the sheet of every thôn and tổ dân
 *   phố of the country (~100,000 rows of 20 columns is ~150 MB of XML), so
 *   only a bomb is refused, before anything is inflated.
 * - `smallPart`: the workbook, its relationships: a few kilobytes in practice.
 * - `sharedStrings`: the memory the shared strings may take (their UTF-8
 *   text plus 8 bytes of index each), 96 MiB: about three million distinct
 *   texts of 24 letters.
 */
export const XLSX_LIMITS = {
  cell: MAX_RECORD_CHARS,
  row: MAX_RECORD_CHARS,
  part: 1024 * 1024 * 1024,
  smallPart: 16 * 1024 * 1024,
  sharedStrings: 96 * 1024 * 1024,
} as const;

/** Excel's own bounds: 16,384 columns (XFD), 1,048,576 rows. */
const MAX_COLUMNS = 16_384;
const MAX_ROWS = 1_048_576;

/**
 * A cell value as exceljs gives it (its `Workbook` API: rich text, formulas,
 * hyperlinks, errors) as a plain {@link Cell}: rich text joined, formulas
 * replaced by their cached result, hyperlinks by their text; an error value
 * (`#N/A`) becomes `{ error }`. The CLI reads workbooks with its own reader
 * ({@link openXlsx}); this is for programmatic callers holding exceljs values.
 */
export function excelCell(value: unknown): Cell | { readonly error: string } {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value.normalize('NFC');
  // A formula whose cached result is an error reads as NaN.
  if (typeof value === 'number') return Number.isNaN(value) ? { error: '#VALUE!' } : value;
  if (typeof value === 'boolean') return value;
  if (value instanceof Date) return value;
  if (typeof value === 'object') {
    const v = value as Record<string, unknown>;
    if (Array.isArray(v['richText'])) return (v['richText'] as { text?: unknown }[]).map((r) => (typeof r.text === 'string' ? r.text : '')).join('').normalize('NFC');
    if ('error' in v) return { error: String(v['error']) };
    // A formula is never evaluated here: its cached result is used, and none (or an error) is a cell error.
    if ('formula' in v || 'sharedFormula' in v) return v['result'] === undefined ? { error: '#FORMULA' } : excelCell(v['result']);
    if ('text' in v) return excelCell(v['text']);
    if ('hyperlink' in v) return excelCell(v['hyperlink']);
  }
  return null;
}

/** A cell as read from the sheet: a value, a cell error (`#N/A`), or {@link OVERSIZE}. */
type RawCell = Cell | { readonly error: string } | typeof OVERSIZE;
/** A cell over {@link XLSX_LIMITS.cell}: its text is not kept. */
const OVERSIZE: unique symbol = Symbol('oversize');

/**
 * Opens an XLSX workbook (a path, or a stream that is first copied to a
 * temporary file) with the CLI's own bounded reader: the zip is read from
 * its central directory (a file cut short has none: `cli.xlsx-truncated`),
 * each part inflated with its declared size and CRC checked and within
 * `XLSX_LIMITS`, the XML scanned as a stream. The sheet read is
 * `options.sheet` (a name, case- and diacritic-insensitive, or a 1-based
 * position among the visible sheets; a hidden sheet by name only), by
 * default the first visible worksheet; it is checked whole (size, CRC)
 * before its first row is given, so a damaged workbook is a file error, not
 * a partial read. The header at `headerRow` is read, the rows are returned
 * lazily with their spreadsheet row numbers (rows and cells without the
 * optional `r` attribute are counted). ISO date cells (`t="d"`) are dates.
 */
export async function openXlsx(input: string | Readable, options: ReadOptions = {}): Promise<RowSource> {
  const headerRow = options.headerRow ?? 1;
  const spooled = typeof input === 'string' ? undefined : await spool(input);
  let zip: ZipFile | undefined;
  let rows: SheetRows | undefined;
  try {
    zip = await ZipFile.open(typeof input === 'string' ? input : spooled!.path);
    const book = await readWorkbook(zip);
    const sheet = pickSheet(book.sheets, options.sheet);
    const entry = zip.entry(sheet.part);
    if (!entry) throw new CliError('cli.xlsx-unreadable', { file: '' });
    // The whole sheet is checked (size, CRC) before a row is given: a damaged workbook is a file error, never a partial read.
    await zip.verify(entry, XLSX_LIMITS.part);
    const strings = book.sharedStrings ? await readSharedStrings(zip, book.sharedStrings) : new SharedStrings();
    rows = new SheetRows(zip.read(entry, XLSX_LIMITS.part), strings);
    let columns: ColumnRef[] | undefined;
    let pending = false;
    for (;;) {
      const row = await rows.next();
      if (row === null) break;
      if (row.number < headerRow) continue;
      if (row.number === headerRow) {
        if (row.over || row.cells.some((c) => c === OVERSIZE)) throw new CliError('cli.xlsx-header-too-large', { row: headerRow });
        columns = buildColumns(Array.from(row.cells, headerCell));
      } else pending = true;
      break;
    }
    if (!columns || columns.every((c) => c.header === '')) {
      if (!columns && !pending) throw new CliError('cli.file-empty', { file: '' });
      throw new CliError('cli.header-row-missing', { row: headerRow });
    }
    return xlsxSource(zip, rows, columns, book.date1904, sheet, options.sheet === undefined ? hiddenSheets(book.sheets) : [], spooled);
  } catch (error) {
    await rows?.release();
    await zip?.close();
    await spooled?.remove();
    throw fileError(error);
  }
}

function xlsxSource(zip: ZipFile, sheetRows: SheetRows, header: readonly ColumnRef[], date1904: boolean, sheet: SheetInfo, hidden: readonly string[], spooled: Spooled | undefined): RowSource {
  let closed = false;
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for (;;) {
        let row: ParsedRow | null;
        try {
          row = await sheetRows.next();
        } catch {
          // The sheet was checked whole before: only XML that is well packed but not well formed gets here.
          // The rows read keep their numbers; this one says the rest could not be read.
          yield { row: sheetRows.damagedRow, record: {}, error: { code: 'cli.xlsx-sheet-damaged' } };
          return;
        }
        if (row === null) return;
        if (row.over) {
          yield { row: row.number, record: {}, error: { code: 'cli.xlsx-row-too-large' } };
          continue;
        }
        const errors = new Set<number>();
        const oversize = new Set<number>();
        const plain: (Cell | undefined)[] = [];
        row.cells.forEach((cell, index) => {
          if (cell === OVERSIZE) {
            oversize.add(index);
            plain[index] = null;
          } else if (cell !== null && typeof cell === 'object' && !(cell instanceof Date)) {
            errors.add(index);
            plain[index] = null;
          } else plain[index] = cell;
        });
        const built = buildRow(row.number, plain as Cell[], header);
        if (!built && errors.size === 0 && oversize.size === 0) continue;
        const named = (index: number) => index < header.length && header[index]!.header !== '';
        const issues = [
          ...[...oversize].filter(named).map((index) => ({ code: 'cli.xlsx-cell-too-large' as const, params: { column: header[index]!.header } })),
          ...[...errors].filter(named).map((index) => ({ code: 'cli.cell-error' as const, params: { column: header[index]!.header } })),
        ];
        const base = built ?? { row: row.number, record: {} };
        yield issues.length ? { ...base, readIssues: [...(base.readIssues ?? []), ...issues] } : base;
      }
    } finally {
      await source.close();
    }
  }
  const source: RowSource & { readonly sheet: string; readonly hiddenSheets: readonly string[]; bytesRead(): number } = {
    format: 'xlsx',
    columns: header,
    date1904,
    sheet: sheet.name,
    hiddenSheets: hidden,
    rows: { [Symbol.asyncIterator]: () => rows() },
    bytesRead: () => zip.position,
    async close() {
      if (closed) return;
      closed = true;
      await sheetRows.release();
      await zip.close();
      await spooled?.remove();
    },
  };
  return source;
}

/** A reading problem as the CLI's coded file error (`file` filled in by `openFile`). */
function fileError(error: unknown): unknown {
  if (error instanceof CliError) return error;
  if (error instanceof ZipError) {
    switch (error.problem) {
      case 'truncated':
        return new CliError('cli.xlsx-truncated', { file: '' }, { cause: error });
      case 'too-large':
        return new CliError('cli.xlsx-too-large', { file: '', part: error.entry || '-', limit: Math.round(error.limit / (1024 * 1024)) }, { cause: error });
      default:
        return new CliError('cli.xlsx-unreadable', { file: '' }, { cause: error });
    }
  }
  if (error instanceof XmlError) return new CliError('cli.xlsx-unreadable', { file: '' }, { cause: error });
  // A system error of the file itself (EACCES, EIO…): openFile names it.
  return error;
}

// ─── The workbook ────────────────────────────────────────────────────────────

/** A sheet of the workbook, in tab order. */
interface SheetInfo {
  readonly name: string;
  readonly hidden: boolean;
  /** A worksheet (not a chart sheet or a macro sheet). */
  readonly worksheet: boolean;
  /** Its part in the zip. */
  readonly part: string;
}

interface Workbook {
  readonly sheets: readonly SheetInfo[];
  readonly date1904: boolean;
  readonly sharedStrings: ZipEntry | undefined;
}

interface Element {
  readonly name: string;
  readonly attributes: string;
}

/** The elements of a small part (the workbook, relationships) named in `names`, and its root element. */
async function elementsOf(zip: ZipFile, entry: ZipEntry, names: ReadonlySet<string>): Promise<{ root: string; elements: Element[] }> {
  let root = '';
  const elements: Element[] = [];
  const handler: XmlHandler = {
    capturing: false,
    open(name, attributes) {
      if (root === '') root = name;
      if (names.has(name) && elements.length < 100_000) elements.push({ name, attributes });
    },
    close() {},
    text() {},
  };
  const scanner = new XmlScanner(handler);
  for await (const chunk of zip.read(entry, XLSX_LIMITS.smallPart)) scanner.write(chunk);
  scanner.end();
  return { root, elements };
}

/** The relationships of a part: id → { type, target part }. */
async function relationships(zip: ZipFile, part: string): Promise<Map<string, { type: string; target: string }>> {
  const dir = posix.dirname(part);
  const entry = zip.entry(posix.join(dir, '_rels', `${posix.basename(part)}.rels`));
  const out = new Map<string, { type: string; target: string }>();
  if (!entry) return out;
  for (const { attributes } of (await elementsOf(zip, entry, new Set(['Relationship']))).elements) {
    const id = attribute(attributes, 'Id');
    const target = attribute(attributes, 'Target');
    if (id === undefined || target === undefined || attribute(attributes, 'TargetMode') === 'External') continue;
    const path = target.startsWith('/') ? target.slice(1) : posix.normalize(posix.join(dir, target));
    out.set(id, { type: attribute(attributes, 'Type') ?? '', target: path });
  }
  return out;
}

/** The workbook part, its sheets in tab order (with their state), the date system and the shared strings. */
async function readWorkbook(zip: ZipFile): Promise<Workbook> {
  const root = await relationships(zip, '');
  const office = [...root.values()].find((r) => r.type.endsWith('/officeDocument'));
  const part = office?.target ?? 'xl/workbook.xml';
  const entry = zip.entry(part);
  // A zip without a workbook part (a renamed .zip or .docx) is not a workbook.
  if (!entry) throw new CliError('cli.xlsx-unreadable', { file: '' });
  const { root: rootName, elements } = await elementsOf(zip, entry, new Set(['sheet', 'workbookPr']));
  if (rootName !== 'workbook') throw new CliError('cli.xlsx-unreadable', { file: '' });
  const rels = await relationships(zip, part);
  let date1904 = false;
  const sheets: SheetInfo[] = [];
  for (const element of elements) {
    if (element.name === 'workbookPr') {
      const value = attribute(element.attributes, 'date1904');
      date1904 = value === '1' || value === 'true';
      continue;
    }
    const name = attribute(element.attributes, 'name') ?? '';
    const rel = rels.get(attribute(element.attributes, 'id') ?? '');
    const state = attribute(element.attributes, 'state');
    sheets.push({ name, hidden: state === 'hidden' || state === 'veryHidden', worksheet: rel !== undefined && rel.type.endsWith('/worksheet'), part: rel?.target ?? '' });
  }
  const strings = [...rels.values()].find((r) => r.type.endsWith('/sharedStrings'));
  return { sheets, date1904, sharedStrings: zip.entry(strings?.target ?? posix.join(posix.dirname(part), 'sharedStrings.xml')) };
}

/**
 * The sheet to read: by default the first visible worksheet; `wanted` a
 * name (exactly, then case- and diacritic-insensitive; a hidden sheet too)
 * or a 1-based position among the visible worksheets (the tabs the user sees).
 */
function pickSheet(sheets: readonly SheetInfo[], wanted: string | undefined): SheetInfo {
  const worksheets = sheets.filter((s) => s.worksheet);
  const visible = worksheets.filter((s) => !s.hidden);
  if (worksheets.length === 0) throw new CliError('cli.no-sheet');
  if (wanted === undefined) {
    if (visible.length === 0) throw new CliError('cli.no-visible-sheet', { sheets: worksheets.map((s) => s.name).join(', ') });
    return visible[0]!;
  }
  const trimmed = wanted.trim();
  const found =
    worksheets.find((s) => s.name === wanted) ??
    worksheets.find((s) => foldKey(s.name) === foldKey(wanted)) ??
    (/^\d+$/u.test(trimmed) ? visible[Number(trimmed) - 1] : undefined);
  if (!found) throw new CliError('cli.sheet-not-found', { sheet: wanted, available: worksheets.map((s) => s.name).join(', ') || '-' });
  return found;
}

/** The hidden worksheets a default read skips over, to be named in the summary. */
function hiddenSheets(sheets: readonly SheetInfo[]): string[] {
  return sheets.filter((s) => s.worksheet && s.hidden).map((s) => s.name);
}

// ─── Shared strings ──────────────────────────────────────────────────────────

const BLOCK = 4 * 1024 * 1024;

/**
 * The shared strings table, kept as UTF-8 bytes in 4 MiB blocks with a
 * typed-array index (no JavaScript string per entry until a cell asks),
 * within {@link XLSX_LIMITS.sharedStrings}. A string over the cell limit is
 * kept as {@link OVERSIZE}.
 */
class SharedStrings {
  #blocks: Buffer[] = [];
  #used = BLOCK;
  #starts = new Uint32Array(1024);
  #lengths = new Uint32Array(1024);
  #count = 0;

  add(text: string | typeof OVERSIZE): void {
    if (this.#count === this.#starts.length) {
      // The budget is checked before memory is taken, so the peak stays within it.
      this.#reserve(this.#starts.length * 2 * 8, 0);
      const starts = new Uint32Array(this.#starts.length * 2);
      starts.set(this.#starts);
      const lengths = new Uint32Array(this.#lengths.length * 2);
      lengths.set(this.#lengths);
      this.#starts = starts;
      this.#lengths = lengths;
    }
    const index = this.#count;
    this.#count += 1;
    if (text === OVERSIZE) {
      this.#lengths[index] = 0xffffffff;
      return;
    }
    const length = Buffer.byteLength(text, 'utf8');
    if (length === 0) {
      this.#starts[index] = 0;
      this.#lengths[index] = 0;
      return;
    }
    if (this.#used + length > BLOCK) {
      this.#reserve(this.#starts.byteLength * 2, BLOCK);
      this.#blocks.push(Buffer.allocUnsafe(BLOCK));
      this.#used = 0;
    }
    this.#blocks[this.#blocks.length - 1]!.write(text, this.#used, 'utf8');
    this.#starts[index] = (this.#blocks.length - 1) * BLOCK + this.#used;
    this.#lengths[index] = length;
    this.#used += length;
  }

  /** Throws `too-large` when an index of `indexBytes` and `more` bytes of text would pass the budget. */
  #reserve(indexBytes: number, more: number): void {
    if (this.#blocks.length * BLOCK + more + indexBytes > XLSX_LIMITS.sharedStrings) {
      throw new ZipError('too-large', 'xl/sharedStrings.xml', XLSX_LIMITS.sharedStrings);
    }
  }

  get(index: number): string | typeof OVERSIZE | undefined {
    if (!Number.isInteger(index) || index < 0 || index >= this.#count) return undefined;
    const length = this.#lengths[index]!;
    if (length === 0xffffffff) return OVERSIZE;
    if (length === 0) return '';
    const start = this.#starts[index]!;
    const block = Math.floor(start / BLOCK);
    const offset = start % BLOCK;
    return this.#blocks[block]!.toString('utf8', offset, offset + length);
  }
}

/** Reads the shared strings (`<si>`: plain or rich text, phonetic runs left out). */
async function readSharedStrings(zip: ZipFile, entry: ZipEntry): Promise<SharedStrings> {
  const table = new SharedStrings();
  let inItem = false;
  let phonetic = 0;
  let text = '';
  let over = false;
  const handler = {
    capturing: false,
    open(name: string) {
      if (name === 'si') {
        inItem = true;
        text = '';
        over = false;
        phonetic = 0;
      } else if (name === 'rPh') phonetic += 1;
      else if (name === 't' && inItem && phonetic === 0 && !over) handler.capturing = true;
    },
    close(name: string) {
      if (name === 't') handler.capturing = false;
      else if (name === 'rPh') phonetic -= 1;
      else if (name === 'si' && inItem) {
        inItem = false;
        table.add(over ? OVERSIZE : decodeXstring(text));
        text = '';
      }
    },
    text(piece: string) {
      if (over) return;
      text += piece;
      if (text.length > XLSX_LIMITS.cell) {
        over = true;
        text = '';
        handler.capturing = false;
      }
    },
  };
  const scanner = new XmlScanner(handler);
  for await (const chunk of zip.read(entry, XLSX_LIMITS.part)) scanner.write(chunk);
  scanner.end();
  return table;
}

// ─── The sheet ───────────────────────────────────────────────────────────────

interface ParsedRow {
  readonly number: number;
  /** Cells by 0-based column (holes for cells not written). */
  readonly cells: RawCell[];
  /** The row's text is over {@link XLSX_LIMITS.row}: its cells are not kept. */
  readonly over: boolean;
}

const enum Capture {
  None,
  Value,
  InlineText,
}

/**
 * Reads the rows of a worksheet as its XML streams in: `<row>` (number from
 * `r`, else the one after the previous row), `<c>` (column from `r`, else
 * the one after the previous cell; type `t`), `<v>`, `<f>`, `<is>` inline
 * strings. Cells and rows are held to `XLSX_LIMITS`.
 */
class SheetRows implements XmlHandler {
  capturing = false;
  /** The number of the last row met (blank rows too). */
  lastRow = 0;
  readonly #chunks: AsyncGenerator<Buffer>;
  readonly #strings: SharedStrings;
  readonly #scanner: XmlScanner;
  readonly #queue: ParsedRow[] = [];
  #taken = 0;
  #ended = false;
  #failure: unknown;
  #sheetData = false;
  #sheetDone = false;
  // The row being read.
  #inRow = false;
  #cells: RawCell[] = [];
  #rowChars = 0;
  #rowOver = false;
  #nextColumn = 0;
  // The cell being read.
  #inCell = false;
  #column = 0;
  #type = 'n';
  #formula = false;
  #capture = Capture.None;
  #inline = false;
  #phonetic = 0;
  #value = '';
  #inlineText = '';
  #over = false;

  constructor(chunks: AsyncGenerator<Buffer>, strings: SharedStrings) {
    this.#chunks = chunks;
    this.#strings = strings;
    this.#scanner = new XmlScanner(this);
  }

  /**
   * The next row, or `null` at the end of the sheet's data. XML or zip
   * damage is thrown once the rows read before it have been given, whatever
   * the chunk it was found in.
   */
  async next(): Promise<ParsedRow | null> {
    for (;;) {
      if (this.#taken < this.#queue.length) {
        const row = this.#queue[this.#taken]!;
        this.#taken += 1;
        if (this.#taken === this.#queue.length) {
          this.#queue.length = 0;
          this.#taken = 0;
        }
        return row;
      }
      if (this.#failure !== undefined) throw this.#failure;
      if (this.#sheetDone || this.#ended) return null;
      try {
        const chunk = await this.#chunks.next();
        if (chunk.done) {
          this.#ended = true;
          this.#scanner.end();
          // A sheet whose data never closes was cut short inside the XML.
          if (!this.#sheetDone) throw new XmlError('sheet data not closed');
        } else this.#scanner.write(chunk.value);
      } catch (error) {
        this.#failure = error;
      }
    }
  }

  /** The row where damage was found: the row being read, else the one after the last. */
  get damagedRow(): number {
    return this.#inRow ? this.lastRow : this.lastRow + 1;
  }

  /** Stops reading the sheet and releases its stream. */
  async release(): Promise<void> {
    this.#ended = true;
    await this.#chunks.return(undefined);
  }

  open(name: string, attributes: string): void {
    switch (name) {
      case 'sheetData':
        this.#sheetData = true;
        break;
      case 'row': {
        if (!this.#sheetData) break;
        const r = attribute(attributes, 'r');
        const number = r === undefined ? this.lastRow + 1 : /^\d{1,7}$/u.test(r.trim()) ? Number(r) : NaN;
        if (!(number >= 1 && number <= MAX_ROWS)) throw new XmlError('row number');
        this.lastRow = number;
        this.#inRow = true;
        this.#cells = [];
        this.#rowChars = 0;
        this.#rowOver = false;
        this.#nextColumn = 0;
        break;
      }
      case 'c': {
        if (!this.#inRow) break;
        const r = attribute(attributes, 'r');
        const column = r === undefined ? this.#nextColumn : columnIndex(r);
        if (!(column >= 0 && column < MAX_COLUMNS)) throw new XmlError('cell reference');
        this.#column = column;
        this.#nextColumn = column + 1;
        this.#type = attribute(attributes, 't') ?? 'n';
        this.#inCell = true;
        this.#formula = false;
        this.#inline = false;
        this.#phonetic = 0;
        this.#value = '';
        this.#inlineText = '';
        this.#over = false;
        break;
      }
      case 'v':
        if (this.#inCell && !this.#inline) this.#startCapture(Capture.Value);
        break;
      case 'f':
        if (this.#inCell) this.#formula = true;
        break;
      case 'is':
        if (this.#inCell) this.#inline = true;
        break;
      case 'rPh':
        if (this.#inline) this.#phonetic += 1;
        break;
      case 't':
        if (this.#inline && this.#phonetic === 0) this.#startCapture(Capture.InlineText);
        break;
      default:
        break;
    }
  }

  close(name: string): void {
    switch (name) {
      case 'v':
      case 't':
        this.#startCapture(Capture.None);
        break;
      case 'rPh':
        if (this.#phonetic > 0) this.#phonetic -= 1;
        break;
      case 'c':
        if (this.#inCell) this.#endCell();
        break;
      case 'row':
        if (this.#inRow) {
          if (this.#inCell) this.#endCell();
          this.#inRow = false;
          this.#queue.push({ number: this.lastRow, cells: this.#rowOver ? [] : this.#cells, over: this.#rowOver });
          this.#cells = [];
        }
        break;
      case 'sheetData':
        this.#sheetData = false;
        this.#sheetDone = true;
        break;
      default:
        break;
    }
  }

  text(piece: string): void {
    if (this.#over) return;
    if (this.#capture === Capture.Value) this.#value += piece;
    else this.#inlineText += piece;
    if (this.#value.length + this.#inlineText.length > XLSX_LIMITS.cell) {
      this.#over = true;
      this.#value = '';
      this.#inlineText = '';
      // The rest of the cell's text is skipped, not decoded.
      this.capturing = false;
    }
  }

  #startCapture(capture: Capture): void {
    this.#capture = capture;
    this.capturing = capture !== Capture.None && !this.#over;
  }

  #endCell(): void {
    this.#inCell = false;
    this.#startCapture(Capture.None);
    if (this.#rowOver) return;
    const value = this.#over ? OVERSIZE : this.#cellValue();
    this.#value = '';
    this.#inlineText = '';
    if (typeof value === 'string') {
      this.#rowChars += value.length;
      if (this.#rowChars > XLSX_LIMITS.row) {
        this.#rowOver = true;
        this.#cells = [];
        return;
      }
    }
    this.#cells[this.#column] = value;
  }

  /** The value of the cell just read, by its type. */
  #cellValue(): RawCell {
    const text = this.#value;
    switch (this.#type) {
      case 's': {
        if (text.trim() === '') return null;
        const value = this.#strings.get(Number(text.trim()));
        return value === undefined ? { error: '#REF!' } : value;
      }
      case 'inlineStr':
        // Some writers put an inline string's text in <v> rather than <is><t>.
        return decodeXstring(this.#inline ? this.#inlineText : text);
      case 'str':
        return this.#formula && text === '' ? { error: '#FORMULA' } : decodeXstring(text);
      case 'b': {
        const t = text.trim();
        if (t === '1' || t === 'true') return true;
        if (t === '0' || t === 'false') return false;
        return t === '' && !this.#formula ? null : { error: '#VALUE!' };
      }
      case 'e':
        return { error: text.trim() || '#VALUE!' };
      case 'd':
        return isoDateCell(text.trim());
      default: {
        const t = text.trim();
        if (t === '') return this.#formula ? { error: '#FORMULA' } : null;
        const n = Number(t);
        return Number.isFinite(n) ? n : { error: '#VALUE!' };
      }
    }
  }
}

/** The 0-based column of a cell reference (`B7`, `$AA$3` → 1, 26), or -1. */
function columnIndex(reference: string): number {
  const m = /^\$?([A-Za-z]{1,3})\$?\d*$/u.exec(reference.trim());
  if (!m) return -1;
  let n = 0;
  for (const ch of m[1]!.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n - 1;
}

/**
 * An ISO 8601 date cell (`t="d"`: `2000-01-10`, `2000-01-10T00:00:00Z`) as
 * a `Date` at UTC midnight of the day written, whatever the offset or the
 * machine's time zone (the day as the user typed it); the time of day, if
 * any, kept. Anything else stays text, read by the date fields as typed.
 */
function isoDateCell(text: string): Cell {
  const m = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?(?:Z|[+-]\d{2}:?\d{2})?$/u.exec(text);
  if (!m) return text === '' ? null : text;
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => (v === undefined ? 0 : Number(v)));
  const date = new Date(Date.UTC(y!, mo! - 1, d!, h!, mi!, s!));
  date.setUTCFullYear(y!);
  return date.getUTCMonth() === mo! - 1 && date.getUTCDate() === d! ? date : text;
}

function headerCell(cell: RawCell | undefined): Cell {
  if (cell === undefined || cell === OVERSIZE) return null;
  return cell !== null && typeof cell === 'object' && !(cell instanceof Date) ? null : cell;
}

// ─── Standard input ──────────────────────────────────────────────────────────

interface Spooled {
  readonly path: string;
  remove(): Promise<void>;
}

/**
 * A workbook from a stream (standard input) copied to a private temporary
 * file, since a zip is read from its end; at most {@link XLSX_LIMITS.part}
 * bytes. Removed when the read ends.
 */
async function spool(input: Readable): Promise<Spooled> {
  const dir = await mkdtemp(join(tmpdir(), 'truongthon-xlsx-'));
  const path = join(dir, 'input.xlsx');
  const remove = () => rm(dir, { recursive: true, force: true });
  try {
    const out = createWriteStream(path, { mode: 0o600 });
    let total = 0;
    try {
      for await (const chunk of input) {
        total += (chunk as Buffer).length;
        if (total > XLSX_LIMITS.part) throw new ZipError('too-large', '-', XLSX_LIMITS.part);
        if (!out.write(chunk)) await new Promise<void>((resolve, reject) => {
          out.once('drain', resolve);
          out.once('error', reject);
        });
      }
    } finally {
      await new Promise<void>((resolve, reject) => {
        out.once('error', reject);
        out.end(resolve);
      });
    }
  } catch (error) {
    await remove();
    throw fileError(error);
  }
  return { path, remove };
}
