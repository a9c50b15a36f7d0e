import { CliError } from '../messages';
import { decodeText } from './encoding';
import { MAX_RECORD_CHARS, type RowSource } from './source';
import type { Cell, ReadOptions, SourceRow } from './types';

/**
 * Turns a parsed JSON element into a record: it must be an object; one level
 * of nesting is flattened with dots (`{ attestations: { health: true } }` →
 * `attestations.health`), so the candidate schema's own shape reads as it
 * is. Strings are normalised to NFC. Deeper values are kept as they are and
 * refused by the field readers.
 */
export function jsonRecord(row: number, value: unknown): SourceRow {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return { row, record: {}, error: { code: 'cli.json-not-object' } };
  const raw = nfcDeep(value);
  const record: Record<string, Cell> = {};
  for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
    const name = key.normalize('NFC');
    if (v !== null && typeof v === 'object' && !Array.isArray(v)) {
      for (const [sub, w] of Object.entries(v as Record<string, unknown>)) record[`${name}.${sub.normalize('NFC')}`] = leaf(w);
    } else record[name] = leaf(v);
  }
  return { row, record, raw };
}

/** A copy of a parsed JSON value with every string (keys too) in NFC. */
function nfcDeep(value: unknown): unknown {
  if (typeof value === 'string') return value.normalize('NFC');
  if (Array.isArray(value)) return value.map(nfcDeep);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value as Record<string, unknown>)) out[k.normalize('NFC')] = nfcDeep(v);
    return out;
  }
  return value;
}

function leaf(value: unknown): Cell {
  if (typeof value === 'string') return value.normalize('NFC');
  if (value === null || typeof value === 'number' || typeof value === 'boolean') return value;
  return value as Cell; // arrays and deeper objects: refused by the field readers
}

/**
 * Splits a JSON array into its elements as they stream in, with constant
 * memory per element (elements longer than {@link MAX_RECORD_CHARS} are
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

function parseElement(row: number, text: string | null): SourceRow {
  if (text === null) return { row, record: {}, error: { code: 'cli.record-too-large' } };
  try {
    return jsonRecord(row, JSON.parse(text));
  } catch {
    // The parser's message quotes the input: never echoed.
    return { row, record: {}, error: { code: 'cli.json-syntax' } };
  }
}

/**
 * Opens NDJSON (JSON Lines): one object per line, numbered by line; blank
 * lines are skipped; a broken line gives one `cli.json-syntax` row.
 */
export async function openNdjson(bytes: AsyncIterable<Uint8Array>, options: ReadOptions = {}, close: () => void = () => {}): Promise<RowSource> {
  const text = decodeText(bytes, options.encoding);
  let closed = false;
  async function* lines(): AsyncGenerator<{ line: number; text: string | null }> {
    let buffer = '';
    let tooLarge = false;
    let line = 0;
    for await (const chunk of text) {
      let start = 0;
      for (let i = 0; i < chunk.length; i += 1) {
        if (chunk[i] !== '\n') continue;
        line += 1;
        const piece = chunk.slice(start, i);
        start = i + 1;
        const full = tooLarge ? null : (buffer + piece).replace(/\r$/u, '');
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
    if (tooLarge || buffer.trim() !== '') yield { line: line + 1, text: tooLarge ? null : buffer.replace(/\r$/u, '') };
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
