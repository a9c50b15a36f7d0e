import { daysInMonth, foldKey, fromDayNumber, isBlankText, isIsoDate, normalizeText, readDate, toDayNumber } from '@truongthon/core';
import { type FieldDescription, NO_WORDS, YES_SYMBOLS, YES_WORDS } from '@truongthon/rules';
import type { CliMessageCode } from '../messages';
import { legacyFontOf } from './encoding';
import type { Cell } from './types';

/** A coerced value, `null` for an empty cell (unknown), or the code of why it cannot be read. */
export type Coerced<T> =
  | { readonly ok: true; readonly value: T | null }
  | { readonly ok: false; readonly code: CliMessageCode; readonly params?: Readonly<Record<string, string>> };

const EMPTY = Object.freeze({ ok: true, value: null } as const);
const ok = <T>(value: T): Coerced<T> => ({ ok: true, value });
const fail = (code: CliMessageCode): Coerced<never> => ({ ok: false, code });


/**
 * Whether a cell is empty: null, or text that is only white space and
 * invisible characters (zero-width space, joiners, BOM, controls, fillers:
 * core's `isBlankText`).
 */
export function isEmptyCell(cell: Cell | undefined): boolean {
  return cell === null || cell === undefined || (typeof cell === 'string' && isBlankText(cell));
}

// The rules' words (deliberately narrow: "chưa", not yet, could mean "not assessed" and is refused).
const YES = new Set(YES_WORDS);
const NO = new Set(NO_WORDS);
const TICKS = new Set(YES_SYMBOLS);

/**
 * Reads a yes/no cell: `true`/`false`, `có`/`không`, `x` (ticked), `1`/`0`,
 * `yes`/`no`, `đúng`/`sai`, ✓; case- and diacritic-insensitive. Empty means
 * unknown (`null`), never "no".
 *
 * @example
 * coerceFlag('Có') // { ok: true, value: true }
 * coerceFlag('') // { ok: true, value: null }
 */
export function coerceFlag(cell: Cell | undefined): Coerced<boolean> {
  if (typeof cell === 'string') return memoised(FLAG_MEMO, cell, flagOfText);
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'boolean') return cell ? TRUE : FALSE;
  if (typeof cell === 'number') return cell === 1 ? TRUE : cell === 0 ? FALSE : BAD_BOOLEAN;
  return BAD_BOOLEAN;
}

const TRUE: Coerced<boolean> = Object.freeze({ ok: true, value: true });
const FALSE: Coerced<boolean> = Object.freeze({ ok: true, value: false });
const BAD_BOOLEAN: Coerced<never> = Object.freeze({ ok: false, code: 'cli.bad-boolean' });

function flagOfText(cell: string): Coerced<boolean> {
  const raw = normalizeText(cell);
  if (raw === '') return EMPTY;
  if (TICKS.has(raw)) return TRUE;
  const key = foldKey(raw);
  if (YES.has(key)) return TRUE;
  if (NO.has(key)) return FALSE;
  return BAD_BOOLEAN;
}

/*
 * Yes/no, gender and post columns hold a few distinct spellings repeated on
 * every row: each distinct text (up to MEMO_TEXT_CHARS long) is read once,
 * and up to MEMO_MAX spellings per kind are remembered; past that, cells are
 * read afresh. The results are frozen and shared.
 */
const MEMO_MAX = 512;
const MEMO_TEXT_CHARS = 64;
/** Slots of the direct-mapped cache in front of each memo (a power of two). */
const RECENT = 32;
const FLAG_MEMO = memo<boolean>();

function memoised<T>(memo: Memo<T>, cell: string, read: (cell: string) => Coerced<T>): Coerced<T> {
  // A small direct-mapped cache in front of the map: a fresh cell's text need not be hashed.
  const slot = cell.length === 0 ? 0 : (cell.length * 31 + cell.charCodeAt(0) + cell.charCodeAt(cell.length - 1)) & (RECENT - 1);
  if (memo.texts[slot] === cell) return memo.results[slot] as Coerced<T>;
  let result = memo.map.get(cell);
  if (result === undefined) {
    result = read(cell);
    if (cell.length > MEMO_TEXT_CHARS) return result;
    if (!Object.isFrozen(result)) Object.freeze(result);
    if (memo.map.size < MEMO_MAX) memo.map.set(cell, result);
  }
  memo.texts[slot] = cell;
  memo.results[slot] = result;
  return result;
}


interface Memo<T> {
  readonly map: Map<string, Coerced<T>>;
  readonly texts: (string | undefined)[];
  readonly results: (Coerced<T> | undefined)[];
}

function memo<T>(): Memo<T> {
  return { map: new Map(), texts: new Array<string | undefined>(RECENT).fill(undefined), results: new Array<Coerced<T> | undefined>(RECENT).fill(undefined) };
}

/**
 * Reads a text cell as core's `normalizeText` does: NFC, invisible
 * characters (format characters such as zero-width spaces, joiners, BOM,
 * soft hyphen, bidi controls; controls; fillers; the combining grapheme
 * joiner; variation selectors) removed, trimmed, white space folded;
 * numbers are written in plain decimal (an id or unit code typed as a
 * number). Empty, or only white space and invisible characters → `null`.
 * Text with U+FFFD (bytes the encoding could not read) is refused
 * (`cli.bad-encoding-cell`), and so is text typed in a legacy Vietnamese
 * font encoding, TCVN3 or VNI (`cli.legacy-font-cell`, see `legacyFontOf`):
 * read as Unicode it is garbage.
 *
 * @example
 * coerceText('HX-01\u200b') // { ok: true, value: 'HX-01' }
 * coerceText('\u200b') // { ok: true, value: null }
 * coerceText('NguyÔn V¨n Hïng') // { ok: false, code: 'cli.legacy-font-cell' }
 */
export function coerceText(cell: Cell | undefined): Coerced<string> {
  if (typeof cell === 'string') {
    const text = normalizeText(cell);
    if (text === '') return EMPTY;
    if (text.includes('\uFFFD')) return fail('cli.bad-encoding-cell');
    // Judged as read, so that a cell and its reading are judged alike.
    return legacyFontOf(text) === undefined ? ok(text) : fail('cli.legacy-font-cell');
  }
  if (cell === null || cell === undefined) return EMPTY;
  if (typeof cell === 'number') return Number.isFinite(cell) ? ok(numberText(cell)) : fail('cli.bad-text');
  return fail('cli.bad-text');
}

/**
 * Reads a citizen id (số định danh / CCCD). Spaces, dots and dashes are kept
 * for the library to strip; a numeric cell lost its leading zero in the
 * spreadsheet (every province code starts with 0), so it is padded back to
 * 12 digits. Text is never padded: a short text id is reported as such.
 */
export function coerceCitizenId(cell: Cell | undefined): Coerced<string> {
  if (typeof cell === 'number') {
    if (!Number.isInteger(cell) || cell < 0 || cell >= 1e12) return ok(numberText(cell));
    return ok(String(cell).padStart(12, '0'));
  }
  return coerceText(cell);
}

function numberText(value: number): string {
  if (Number.isInteger(value) && Math.abs(value) < 1e21) return BigInt(value).toString();
  return String(value);
}

/** The Excel serial of 9999-12-31, the last day Excel knows. */
const MAX_SERIAL = 2958465;
const DAY_1899_12_31 = toDayNumber('1899-12-31');
const DAY_1899_12_30 = toDayNumber('1899-12-30');
const DAY_1904_01_01 = toDayNumber('1904-01-01');

/**
 * The date of an Excel serial day number. In the 1900 date system serial 1
 * is 1900-01-01 and serial 60 is the 29 February 1900 that Lotus 1-2-3 (and
 * so Excel) invented: it names no real day, so it is refused, and serials
 * after it are one more than the day count. In the 1904 system serial 0 is
 * 1904-01-01. A fractional part (a time of day) is dropped.
 *
 * @example
 * excelSerialToIsoDate(36536) // '2000-01-10'
 * excelSerialToIsoDate(60) // undefined
 */
export function excelSerialToIsoDate(serial: number, date1904 = false): string | undefined {
  if (!Number.isFinite(serial)) return undefined;
  const whole = Math.floor(serial);
  if (date1904) {
    if (whole < 0 || whole > MAX_SERIAL - 1462) return undefined;
    return fromDayNumber(DAY_1904_01_01 + whole);
  }
  if (whole < 1 || whole > MAX_SERIAL || whole === 60) return undefined;
  return fromDayNumber(whole < 60 ? DAY_1899_12_31 + whole : DAY_1899_12_30 + whole);
}

/** Options of {@link coerceDate}. */
export interface DateOptions {
  /** The workbook uses the 1904 date system (old Mac Excel). */
  readonly date1904?: boolean;
}

/**
 * Reads a date cell into `YYYY-MM-DD` without ever shifting it: accepts
 * `YYYY-MM-DD` (also `YYYY/M/D`), `dd/MM/yyyy`, `d/M/yyyy`, `dd-MM-yyyy`,
 * `dd.MM.yyyy`, "ngày 10 tháng 01 năm 2021", and Excel serial day numbers
 * (as numeric cells or digit-only text). Day/month order is always
 * day-month-year, as written in Vietnam. An impossible date (31/02/2000) is
 * an error, never rolled over; a time or time zone is refused (it could move
 * the day); a bare 4-digit year (1000–2999) is refused rather than read as a
 * serial in 1902–1908. `Date` objects (programmatic callers only) are read
 * with their UTC fields.
 *
 * @example
 * coerceDate('10/01/2021') // { ok: true, value: '2021-01-10' }
 * coerceDate('31/02/2000') // { ok: false, code: 'cli.impossible-date' }
 * coerceDate(44206) // { ok: true, value: '2021-01-10' }
 */
export function coerceDate(cell: Cell | undefined, options: DateOptions = {}): Coerced<string> {
  if (typeof cell === 'string' && cell.length === 10) {
    const plain = plainDate(cell);
    if (plain !== undefined) return plain;
  }
  if (isEmptyCell(cell)) return EMPTY;
  if (cell instanceof Date) {
    if (Number.isNaN(cell.getTime())) return fail('cli.bad-date');
    return fromParts(cell.getUTCFullYear(), cell.getUTCMonth() + 1, cell.getUTCDate());
  }
  if (typeof cell === 'number') return fromSerial(cell, options);
  if (typeof cell !== 'string') return fail('cli.bad-date');
  // Invisible format characters (a zero-width space pasted with the date) are ignored, as in text cells.
  const text = normalizeText(cell);
  if (text.includes('\uFFFD')) return fail('cli.bad-encoding-cell');
  // The spellings people type (dd/MM/yyyy, ISO) are read as the widget reads them.
  const read = readDate(text);
  if (read.ok) return ok(read.date);
  if (read.reason !== 'format') return fail(read.reason === 'impossible' ? 'cli.impossible-date' : 'cli.date-two-digit-year');
  if (/^\d{4}-\d{1,2}-\d{1,2}[T ]\d/u.test(text) || /^\d{1,2}[/.-]\d{1,2}[/.-]\d{4}[T ,]+\d/u.test(text)) return fail('cli.date-with-time');
  const m = /^ngay_(\d{1,2})_thang_(\d{1,2})_nam_(\d{4})$/u.exec(foldKey(text));
  if (m) return fromParts(Number(m[3]), Number(m[2]), Number(m[1]));
  if (/^\d+(\.\d+)?$/u.test(text)) return fromSerial(Number(text), options);
  return fail('cli.bad-date');
}

/**
 * The two usual spellings, `YYYY-MM-DD` and `dd/MM/yyyy` (any of `-` `/` `.`
 * as separators, two-digit day and month), read without a RegExp: exactly
 * what the general path of {@link coerceDate} makes of them; `undefined`
 * for anything else.
 */
function plainDate(text: string): Coerced<string> | undefined {
  if (isSeparator(text.charCodeAt(4)) && isSeparator(text.charCodeAt(7))) {
    if (!isDigits(text, 0, 4) || !isDigits(text, 5, 7) || !isDigits(text, 8, 10)) return undefined;
    return fromParts(digitsValue(text, 0, 4), digitsValue(text, 5, 7), digitsValue(text, 8, 10));
  }
  if (isSeparator(text.charCodeAt(2)) && isSeparator(text.charCodeAt(5))) {
    if (!isDigits(text, 0, 2) || !isDigits(text, 3, 5) || !isDigits(text, 6, 10)) return undefined;
    return fromParts(digitsValue(text, 6, 10), digitsValue(text, 3, 5), digitsValue(text, 0, 2));
  }
  return undefined;
}

const isSeparator = (c: number): boolean => c === 45 || c === 47 || c === 46;

function isDigits(text: string, from: number, to: number): boolean {
  for (let i = from; i < to; i += 1) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function digitsValue(text: string, from: number, to: number): number {
  let value = 0;
  for (let i = from; i < to; i += 1) value = value * 10 + (text.charCodeAt(i) - 48);
  return value;
}

function fromSerial(serial: number, options: DateOptions): Coerced<string> {
  if (Number.isInteger(serial) && serial >= 1000 && serial <= 2999) return fail('cli.date-year-only');
  const date = excelSerialToIsoDate(serial, options.date1904);
  return date === undefined ? fail('cli.bad-serial') : ok(date);
}

function fromParts(year: number, month: number, day: number): Coerced<string> {
  if (year < 1 || month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return fail('cli.impossible-date');
  const iso = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isIsoDate(iso) ? ok(iso) : fail('cli.impossible-date');
}

/**
 * Reads a head count (people, ballots, votes): a whole number, 0 or more.
 * Thousands separators are accepted when unambiguous ("1.234", "1,234",
 * "1 234" → 1234); anything else, negative or fractional, is refused with
 * `cli.bad-count`.
 *
 * @example
 * coerceCount('1.234') // { ok: true, value: 1234 }
 * coerceCount('-3') // { ok: false, code: 'cli.bad-count' }
 */
export function coerceCount(cell: Cell | undefined): Coerced<number> {
  if (isEmptyCell(cell)) return EMPTY;
  if (typeof cell === 'number') return Number.isSafeInteger(cell) && cell >= 0 ? ok(cell) : fail('cli.bad-count');
  if (typeof cell !== 'string') return fail('cli.bad-count');
  const text = normalizeText(cell);
  if (/^\d+$/u.test(text) || /^\d{1,3}([., \u00a0]\d{3})+$/u.test(text)) {
    const value = Number(text.replace(/[., \u00a0]/gu, ''));
    return Number.isSafeInteger(value) ? ok(value) : fail('cli.bad-count');
  }
  return fail('cli.bad-count');
}

/**
 * A reader for a closed list of values: each value with the folded spellings
 * that mean it (the value itself is always accepted); a spelling ending in
 * `*` means every folded text that starts with what precedes it.
 *
 * @example
 * const base = choice({ voters: ['cu_tri'], households: ['ho', 'ho_gia_dinh'] });
 * base('Hộ gia đình') // { ok: true, value: 'households' }
 * choice({ deputy: ['pho_*'] })('Phó trưởng thôn') // { ok: true, value: 'deputy' }
 */
export function choice<T extends string>(spellings: Readonly<Record<T, readonly string[]>>, accepted?: { readonly vi: string; readonly en: string }): (cell: Cell | undefined) => Coerced<T> {
  const values = Object.keys(spellings).join(', ');
  const refused: Coerced<never> = Object.freeze({ ok: false, code: 'cli.bad-choice', params: { acceptedVi: accepted?.vi ?? values, acceptedEn: accepted?.en ?? values } });
  const index = new Map<string, T>();
  const prefixes: [string, T][] = [];
  for (const [value, names] of Object.entries(spellings) as [T, readonly string[]][]) {
    index.set(foldKey(value), value);
    for (const name of names) {
      if (name.endsWith('*')) prefixes.push([name.slice(0, -1), value]);
      else index.set(name, value);
    }
  }
  const read = (cell: string): Coerced<T> => {
    const text = normalizeText(cell);
    if (text === '') return EMPTY;
    const key = foldKey(text);
    const value = index.get(key) ?? prefixes.find(([prefix]) => key.startsWith(prefix))?.[1];
    return value === undefined ? refused : ok(value);
  };
  const seen = memo<T>();
  return (cell) => {
    if (typeof cell === 'string') return memoised(seen, cell, read);
    if (isEmptyCell(cell)) return EMPTY;
    return refused;
  };
}

/**
 * The reader of a field's cells, from its kind as the rules describe it
 * (`FieldDescription` of `@truongthon/rules`): dates, yes/no, counts,
 * citizen ids, text, or one of a choice's values with the spellings given.
 */
export function coercerOf(field: FieldDescription, spellings: Readonly<Record<string, readonly string[]>> = {}): (cell: Cell | undefined, options: DateOptions) => Coerced<unknown> {
  switch (field.kind) {
    case 'date':
      return coerceDate;
    case 'flag':
      return coerceFlag;
    case 'count':
      return coerceCount;
    case 'citizenId':
      return coerceCitizenId;
    case 'choice': {
      const values = field.values ?? [];
      const named = (lang: 'vi' | 'en') => values.map((value) => field.valueLabels?.[value]?.[lang] ?? value).join('; ');
      // A value is read by its spellings and by the names it is listed under (what the message offers is accepted).
      const labels = (value: string) => Object.values(field.valueLabels?.[value] ?? {}).map(foldKey);
      const read = choice(Object.fromEntries(values.map((value) => [value, [...(spellings[value] ?? []), ...labels(value)]])), { vi: named('vi'), en: named('en') });
      return (cell) => read(cell);
    }
    default:
      return coerceText;
  }
}
