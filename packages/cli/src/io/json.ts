import { type CliIssue, CliError } from '../messages';
import { decodeText } from './encoding';
import { MAX_RECORD_CHARS, type RowSource, toNfc } from './source';
import type { Cell, ReadOptions, SourceRow } from './types';

/**
 * How deep a JSON record may nest: the record itself is level 1. The deepest
 * shape any command reads has 3 levels (a meeting → its `candidates` array
 * → a candidate), so 32 leaves ample room for keys a tool adds, and equals
 * the depth to which the library drops blank values. Every walker of a
 * record (ours, the library's, the output's) then stays hundreds of frames
 * away from a stack overflow, whatever the file holds. Deeper elements get
 * `cli.json-too-deep` on their own row; the rest of the file is read.
 */
export const MAX_JSON_DEPTH = 32;

/**
 * Keys that are never data: JavaScript gives them a meaning of their own
 * (`__proto__` sets an object's prototype, so `{"__proto__": {...}}` would
 * hand its contents to every reader as inherited fields). An element holding
 * one (at any depth, or as a segment of a dotted key) is not read:
 * `cli.forbidden-key`, naming the key.
 */
const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

function isForbiddenKey(key: string): boolean {
  if (FORBIDDEN_KEYS.has(key)) return true;
  return key.includes('.') && key.split('.').some((segment) => FORBIDDEN_KEYS.has(segment));
}

/** At most this many values in one record (a JSON text of `MAX_RECORD_CHARS` holds fewer): bounds the walk of a value a program passes. */
const MAX_RECORD_VALUES = MAX_RECORD_CHARS;

/** At most this many "given twice" issues per record: one is enough to refuse it, a few help to fix it. */
const MAX_DUPLICATE_ISSUES = 10;

/** A key given twice in one object: its path (segments) and the two spellings as written. */
interface Duplicate {
  readonly path: readonly string[];
  readonly first: string;
  readonly second: string;
}

/** The index of the quote closing the string opened at `open`, or -1 (one not escaped by an odd run of backslashes). */
function closingQuote(text: string, open: number): number {
  let end = open + 1;
  for (;;) {
    end = text.indexOf('"', end);
    if (end < 0) return -1;
    let slashes = 0;
    while (text.charCodeAt(end - 1 - slashes) === 0x5c) slashes += 1;
    if (slashes % 2 === 0) return end;
    end += 1;
  }
}

/**
 * Walks the structure of one element's text without recursion, string-aware
 * (a string is skipped to its closing quote): `onKey` is called for
 * each key (its quotes' indexes and its object's path; it returns the key
 * decoded, which names the paths below it), and the walk stops
 * at the first bracket nested deeper than `MAX_JSON_DEPTH`
 * (`tooDeep`). The text is not validated: JSON.parse does that after, and a
 * broken text is a syntax error whatever this found.
 */
function walkJsonText(text: string, onKey?: (open: number, close: number, object: { readonly path: readonly string[]; keys: Set<string> | null }) => string): { readonly tooDeep: boolean; readonly keys: number } {
  interface Frame {
    readonly object: boolean;
    readonly path: readonly string[];
    keys: Set<string> | null;
    key: string;
    index: number;
  }
  const stack: Frame[] = [];
  let top: Frame | undefined;
  let expectKey = false;
  let keys = 0;
  const n = text.length;
  for (let i = 0; i < n; i += 1) {
    switch (text.charCodeAt(i)) {
      case 0x22: {
        const close = closingQuote(text, i);
        if (close < 0) return { tooDeep: false, keys };
        if (expectKey) {
          keys += 1;
          expectKey = false;
          if (onKey !== undefined && top !== undefined) top.key = onKey(i, close, top);
        }
        i = close;
        break;
      }
      case 0x7b:
      case 0x5b: {
        if (stack.length >= MAX_JSON_DEPTH) return { tooDeep: true, keys };
        const object = text.charCodeAt(i) === 0x7b;
        const path = onKey === undefined || top === undefined ? [] : [...top.path, top.object ? top.key : String(top.index)];
        top = { object, path, keys: null, key: '', index: 0 };
        stack.push(top);
        expectKey = object;
        break;
      }
      case 0x7d:
      case 0x5d:
        stack.pop();
        top = stack[stack.length - 1];
        expectKey = false;
        break;
      case 0x2c:
        // The next key of an object, or the next element of an array.
        if (top === undefined) break;
        if (top.object) expectKey = true;
        else top.index += 1;
        break;
      default:
    }
  }
  return { tooDeep: false, keys };
}

/**
 * What JSON.parse forgets: keys given twice in one object (the parser keeps
 * the last), found in the text of one element. Keys are compared as decoded
 * (`"\u0061"` is `"a"`).
 */
export function repeatedKeys(text: string): Duplicate[] {
  const duplicates: Duplicate[] = [];
  walkJsonText(text, (open, close, object) => {
    let key = text.slice(open + 1, close);
    if (key.includes('\\')) {
      try {
        key = JSON.parse(text.slice(open, close + 1)) as string;
      } catch {
        // A broken escape: the parser refuses the element.
      }
    }
    object.keys ??= new Set();
    if (!object.keys.has(key)) object.keys.add(key);
    else if (duplicates.length < MAX_DUPLICATE_ISSUES) duplicates.push({ path: [...object.path, key], first: key, second: key });
    return key;
  });
  return duplicates;
}

type Walked =
  | { readonly ok: true; readonly value: Record<string, unknown>; readonly keys: number; readonly duplicates: readonly Duplicate[] }
  | { readonly ok: false; readonly error: CliIssue };

/** A value waiting to be copied: where it goes, how deep it is, and (for messages) its key and parent. */
interface Task {
  readonly from: object;
  readonly to: Record<string, unknown> | unknown[];
  readonly depth: number;
  readonly parent: Task | undefined;
  readonly key: string;
}

function pathOf(task: Task | undefined, key?: string): string[] {
  const path: string[] = key === undefined ? [] : [key];
  for (let t = task; t !== undefined && t.parent !== undefined; t = t.parent) path.unshift(t.key);
  return path;
}

/**
 * A copy of a parsed JSON record with every string (keys too) in NFC and
 * every object without a prototype, so no key, whatever it is, can reach an
 * object's prototype. Iterative (an explicit stack), so no value can
 * overflow the call stack; a value nested deeper than
 * `MAX_JSON_DEPTH` is `cli.json-too-deep` (a cycle, from a program,
 * too), more than {@link MAX_RECORD_VALUES} values `cli.json-too-large`,
 * a key of `FORBIDDEN_KEYS` `cli.forbidden-key`. Two keys of one
 * object that are one key in NFC are reported as given twice. Counts the
 * keys it saw (`keys`).
 */
function normalizeRecord(value: object): Walked {
  const root: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  const duplicates: Duplicate[] = [];
  const stack: Task[] = [{ from: value, to: root, depth: 1, parent: undefined, key: '' }];
  let values = 0;
  let keys = 0;
  const child = (from: unknown, parent: Task, key: string): unknown => {
    if (typeof from === 'string') return toNfc(from);
    if (from === null || typeof from !== 'object') return from;
    const to = Array.isArray(from) ? new Array<unknown>(from.length) : (Object.create(null) as Record<string, unknown>);
    stack.push({ from, to, depth: parent.depth + 1, parent, key });
    return to;
  };
  for (let task = stack.pop(); task !== undefined; task = stack.pop()) {
    if (task.depth > MAX_JSON_DEPTH) return { ok: false, error: { code: 'cli.json-too-deep', params: { limit: MAX_JSON_DEPTH } } };
    const { from, to } = task;
    if (Array.isArray(from)) {
      values += from.length;
      if (values > MAX_RECORD_VALUES) return { ok: false, error: { code: 'cli.json-too-large' } };
      for (let index = 0; index < from.length; index += 1) (to as unknown[])[index] = child(from[index], task, String(index));
      continue;
    }
    const own = Object.keys(from);
    values += own.length;
    keys += own.length;
    if (values > MAX_RECORD_VALUES) return { ok: false, error: { code: 'cli.json-too-large' } };
    const target = to as Record<string, unknown>;
    for (const key of own) {
      const name = toNfc(key);
      if (isForbiddenKey(name)) return { ok: false, error: { code: 'cli.forbidden-key', params: { key: pathOf(task, name).join('.') } } };
      if (Object.hasOwn(target, name)) {
        if (duplicates.length < MAX_DUPLICATE_ISSUES) duplicates.push({ path: pathOf(task, name), first: name, second: name });
        continue;
      }
      target[name] = child((from as Record<string, unknown>)[key], task, name);
    }
  }
  return { ok: true, value: root, keys, duplicates };
}

/**
 * Turns a parsed JSON element into a record: it must be an object; one level
 * of nesting is flattened with dots (`{ attestations: { health: true } }` →
 * `attestations.health`), so the candidate schema's own shape reads as it
 * is. Strings are normalised to NFC. Deeper values are kept as they are and
 * refused by the field readers. `raw` is the element itself (NFC, objects
 * without prototype) for the commands that pass it to the library as is.
 *
 * A field given twice (`{"attestations": {"health": true},
 * "attestations.health": false}`, two keys equal in NFC, or, when `text`,
 * the element's JSON text, is given, a key repeated in it, which JSON.parse
 * merged) makes the record invalid: `cli.field-given-twice` naming both
 * spellings, never the last one silently. A key of `FORBIDDEN_KEYS`
 * or nesting deeper than `MAX_JSON_DEPTH` makes the element
 * unreadable (`error`).
 */
export function jsonRecord(row: number, value: unknown, text?: string): SourceRow {
  return recordOf(row, value, text, text === undefined ? undefined : walkJsonText(text).keys);
}

/** {@link jsonRecord}, told how many keys the text has (`written`), as its scan found. */
function recordOf(row: number, value: unknown, text: string | undefined, written: number | undefined): SourceRow {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { row, record: {}, error: { code: 'cli.json-not-object' } };
  const walked = normalizeRecord(value);
  if (!walked.ok) return { row, record: {}, error: walked.error };
  const raw = walked.value;
  const record: Record<string, Cell> = Object.create(null) as Record<string, Cell>;
  // Fewer keys parsed than written: JSON.parse merged a key given twice; the text says which.
  const given = text !== undefined && written !== walked.keys ? [...repeatedKeys(text), ...walked.duplicates] : [...walked.duplicates];
  let collided: Set<string> | undefined;
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      const inner = v as Record<string, unknown>;
      for (const sub of Object.keys(inner)) {
        const name = `${key}.${sub}`;
        if (name in record) (collided ??= new Set()).add(name);
        else record[name] = inner[sub] as Cell;
      }
    } else if (key in record) (collided ??= new Set()).add(key);
    else record[key] = v as Cell;
  }
  for (const name of collided ?? []) {
    const [first = name, second = name] = spellings(raw, name);
    given.push({ path: [name], first, second });
  }
  if (given.length === 0) return { row, record, raw };
  return { row, record, raw, readIssues: given.slice(0, MAX_DUPLICATE_ISSUES).map((d) => givenTwice(d, raw)) };
}

/** The spellings of a cell of the flattened record, in the order of the element: `a.b` for a dotted key, `a › b` for a key inside an object. */
function spellings(raw: Record<string, unknown>, name: string): string[] {
  const out: string[] = [];
  for (const key of Object.keys(raw)) {
    const v = raw[key];
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const sub of Object.keys(v)) if (`${key}.${sub}` === name) out.push(`${key} › ${sub}`);
    } else if (key === name) out.push(key);
  }
  return out;
}

/**
 * The issue of a field given twice. It names the field by its dotted path
 * and both spellings (a key inside an object as `parent › key`), and carries
 * the `column` (the cell of the flattened record) it is in, so `check` ties
 * it to the field read from that cell (and, as for any cell, lets it go when
 * the cell is not read). An object whose members are cells, given twice,
 * has no column: the whole record is refused.
 */
function givenTwice(duplicate: Duplicate, raw: Record<string, unknown>): CliIssue {
  const { path } = duplicate;
  const parent = path.slice(0, -1);
  const spell = (key: string) => [...parent, key].join(' › ');
  const params = { field: path.join('.'), first: spell(duplicate.first), second: spell(duplicate.second) };
  // The cell of the flattened record the key is in: none when the key holds an object whose members are cells.
  const head = raw[path[0]!];
  const nested = head !== null && typeof head === 'object' && !Array.isArray(head);
  const column = path.length === 1 ? (nested ? undefined : path[0]!) : nested ? `${path[0]!}.${path[1]!}` : path[0]!;
  return { code: 'cli.field-given-twice', params: column === undefined ? params : { ...params, column } };
}

/**
 * Splits a JSON array into its elements as they stream in, with constant
 * memory per element (elements longer than `MAX_RECORD_CHARS` are
 * reported, not kept). Yields each element's text and its 1-based index;
 * `null` text means the element was too large. Throws `cli.json-not-array`
 * for text outside the array, `cli.file-empty` for no array at all, and
 * `cli.json-unterminated` when the text ends between elements of an array
 * that was never closed (a truncated file).
 */
export async function* splitJsonArray(text: AsyncIterable<string>): AsyncGenerator<{ readonly index: number; readonly text: string | null }> {
  let started = false;
  let finished = false;
  let depth = 0;
  let inString = false;
  let escaped = false;
  let buffer = '';
  let tooLarge = false;
  let index = 0;
  let inElement = false;
  // The bracket that opened the current element, and whether a `]` closed a `{` element: that `]` was
  // most likely the array's own (the element was cut short), so the array counts as closed.
  let opener = '';
  let closedByArrayBracket = false;
  const flush = () => {
    index += 1;
    const out = { index, text: tooLarge ? null : buffer };
    buffer = '';
    tooLarge = false;
    inElement = false;
    return out;
  };
  for await (const chunk of text) {
    for (const ch of chunk) {
      if (finished) {
        if (!/\s/u.test(ch)) throw new CliError('cli.json-not-array');
        continue;
      }
      if (!started) {
        if (/\s/u.test(ch)) continue;
        if (ch !== '[') throw new CliError('cli.json-not-array');
        started = true;
        continue;
      }
      if (!inElement) {
        if (/\s/u.test(ch) || ch === ',') continue;
        if (ch === ']') {
          finished = true;
          continue;
        }
        inElement = true;
        opener = ch;
        closedByArrayBracket = false;
      }
      let closed = false;
      if (inString) {
        if (escaped) escaped = false;
        else if (ch === '\\') escaped = true;
        else if (ch === '"') inString = false;
      } else if (ch === '"') inString = true;
      else if (ch === '{' || ch === '[') depth += 1;
      else if (ch === '}' || ch === ']') {
        if (depth > 0) {
          depth -= 1;
          closed = depth === 0;
          if (closed && opener === '{' && ch === ']') closedByArrayBracket = true;
        } else if (ch === ']') {
          // The array closes right after a primitive element.
          yield flush();
          finished = true;
          continue;
        }
        // A stray `}` stays in the element: JSON.parse refuses it.
      } else if (ch === ',' && depth === 0) {
        yield flush();
        continue;
      }
      if (!tooLarge) {
        buffer += ch;
        if (buffer.length > MAX_RECORD_CHARS) {
          tooLarge = true;
          buffer = '';
        }
      }
      if (closed) yield flush();
    }
  }
  if (!started) throw new CliError('cli.file-empty', { file: '' });
  // An unterminated last element still gets its row (as a syntax error).
  if (inElement) yield flush();
  // The array never closed between elements (a truncated file): the elements
  // read so far are kept, and the reader ends with one error, never silently.
  else if (!finished && !closedByArrayBracket) throw new CliError('cli.json-unterminated');
}

/**
 * Opens a JSON array of objects, streaming: each element is parsed on its
 * own, so a broken element gives one `cli.json-syntax` row and the others
 * are still read. Rows are numbered by element (1-based).
 */
export async function openJson(bytes: AsyncIterable<Uint8Array>, options: ReadOptions = {}, close: () => void = () => {}): Promise<RowSource> {
  const text = decodeText(bytes, options.encoding);
  const elements = splitJsonArray(text)[Symbol.asyncIterator]();
  // Read the first element now, so a file that is not an array fails before any output.
  let first: IteratorResult<{ index: number; text: string | null }>;
  try {
    first = await elements.next();
  } catch (error) {
    close();
    throw error;
  }
  let closed = false;
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      let next = first;
      for (;;) {
        if (next.done) return;
        yield parseElement(next.value.index, next.value.text);
        try {
          next = await elements.next();
        } catch (error) {
          yield { row: next.value.index + 1, record: {}, error: error instanceof CliError ? { code: error.code, params: error.params } : { code: 'cli.json-syntax' } };
          return;
        }
      }
    } finally {
      await source.close();
    }
  }
  const source: RowSource = {
    format: 'json',
    columns: null,
    date1904: false,
    rows: { [Symbol.asyncIterator]: () => rows() },
    async close() {
      if (closed) return;
      closed = true;
      await elements.return?.(undefined);
      close();
    },
  };
  return source;
}

/**
 * Reads the text of one element (of an array, or a line of NDJSON): too
 * large, too deep, not JSON, or a record. JSON.parse itself never overflows
 * on Node 20 (tried to a million levels; the 1 MiB element bound allows
 * half that): the depth is checked on the text first so no deep value is
 * ever built, and an overflow, should a runtime have one, is read as too
 * deep, never as a syntax error.
 */
function parseElement(row: number, text: string | null): SourceRow {
  if (text === null) return { row, record: {}, error: { code: 'cli.json-too-large' } };
  const scan = walkJsonText(text);
  if (scan.tooDeep) return { row, record: {}, error: { code: 'cli.json-too-deep', params: { limit: MAX_JSON_DEPTH } } };
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    // The parser's message quotes the input: never echoed.
    return { row, record: {}, error: { code: error instanceof RangeError ? 'cli.json-too-deep' : 'cli.json-syntax', ...(error instanceof RangeError ? { params: { limit: MAX_JSON_DEPTH } } : {}) } };
  }
  return recordOf(row, value, text, scan.keys);
}

/**
 * Opens NDJSON (JSON Lines): one object per line, numbered by line (lines
 * end with LF, CRLF or CR); blank lines are skipped; a broken line gives
 * one `cli.json-syntax` row.
 */
export async function openNdjson(bytes: AsyncIterable<Uint8Array>, options: ReadOptions = {}, close: () => void = () => {}): Promise<RowSource> {
  const text = decodeText(bytes, options.encoding);
  let closed = false;
  // A line ends at LF, CR or CRLF (files saved on any system; a CRLF split between two chunks is one line end).
  async function* lines(): AsyncGenerator<{ line: number; text: string | null }> {
    let buffer = '';
    let tooLarge = false;
    let line = 0;
    let afterCr = false;
    for await (const chunk of text) {
      let start = 0;
      for (let i = 0; i < chunk.length; i += 1) {
        const c = chunk.charCodeAt(i);
        if (c === 0x0a && afterCr) {
          // The LF of a CRLF: that line has ended already.
          afterCr = false;
          start = i + 1;
          continue;
        }
        afterCr = c === 0x0d;
        if (c !== 0x0a && c !== 0x0d) continue;
        line += 1;
        const piece = chunk.slice(start, i);
        start = i + 1;
        const full = tooLarge ? null : buffer + piece;
        buffer = '';
        const wasTooLarge = tooLarge || (full !== null && full.length > MAX_RECORD_CHARS);
        tooLarge = false;
        yield { line, text: wasTooLarge ? null : full };
      }
      if (!tooLarge) {
        buffer += chunk.slice(start);
        if (buffer.length > MAX_RECORD_CHARS) {
          tooLarge = true;
          buffer = '';
        }
      }
    }
    if (tooLarge || buffer.trim() !== '') yield { line: line + 1, text: tooLarge ? null : buffer };
  }
  async function* rows(): AsyncGenerator<SourceRow> {
    try {
      for await (const { line, text: content } of lines()) {
        if (content !== null && content.trim() === '') continue;
        yield parseElement(line, content);
      }
    } finally {
      await source.close();
    }
  }
  const source: RowSource = {
    format: 'ndjson',
    columns: null,
    date1904: false,
    rows: { [Symbol.asyncIterator]: () => rows() },
    async close() {
      if (closed) return;
      closed = true;
      close();
    },
  };
  return source;
}
