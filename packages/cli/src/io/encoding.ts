import { TextDecoder } from 'node:util';
import { CliError } from '../messages';

/** Encodings accepted by `--encoding`, with their aliases, as TextDecoder labels. */
const ENCODINGS: Readonly<Record<string, string>> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16': 'utf-16le',
  utf16le: 'utf-16le',
  ucs2: 'utf-16le',
  'ucs-2': 'utf-16le',
  'utf-16be': 'utf-16be',
  utf16be: 'utf-16be',
  'windows-1258': 'windows-1258',
  cp1258: 'windows-1258',
  'cp-1258': 'windows-1258',
  win1258: 'windows-1258',
};

/** The encodings `--encoding` accepts (canonical names). */
export const SUPPORTED_ENCODINGS = ['utf-8', 'utf-16le', 'utf-16be', 'windows-1258'] as const;

/**
 * Resolves an `--encoding` value to a TextDecoder label, or throws a
 * `cli.unknown-encoding` error.
 */
export function resolveEncoding(name: string | undefined): string {
  if (name === undefined || name === '') return 'utf-8';
  const label = ENCODINGS[name.trim().toLowerCase()];
  if (!label) throw new CliError('cli.unknown-encoding', { encoding: name });
  return label;
}

/** The encoding a byte-order mark announces, and its length. */
export function sniffBom(bytes: Uint8Array): { readonly encoding: string; readonly length: number } | undefined {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return undefined;
}

/**
 * Decodes a byte stream to text chunks: a byte-order mark (UTF-8, UTF-16LE,
 * UTF-16BE) wins over `encoding` and is removed; otherwise `encoding` is used
 * (default UTF-8). Bytes that are not valid in the encoding become U+FFFD,
 * never an exception, so the rows around them can still be reported.
 * Text is not normalised here (a chunk boundary may split a letter from its
 * combining mark): cells are normalised to NFC after parsing.
 */
export async function* decodeText(source: AsyncIterable<Uint8Array>, encoding?: string): AsyncGenerator<string> {
  let utf8: TextDecoder | undefined;
  for await (const chunk of textOrUtf8(source, encoding)) {
    if (typeof chunk === 'string') yield chunk;
    else {
      const text = (utf8 ??= new TextDecoder('utf-8', { fatal: false, ignoreBOM: true })).decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  const rest = utf8?.decode();
  if (rest) yield rest;
}

/**
 * {@link decodeText}, except that UTF-8 input comes out as its bytes (the
 * byte-order mark removed), for a parser that reads bytes and decodes each
 * cell once (csv-parse): the whole text is then not decoded here only to be
 * encoded again there. Other encodings come out as text.
 */
export async function* textOrUtf8(source: AsyncIterable<Uint8Array>, encoding?: string): AsyncGenerator<string | Uint8Array> {
  const fallback = resolveEncoding(encoding);
  let decoder: TextDecoder | null | undefined; // null: UTF-8, passed through as bytes
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of source) {
    if (decoder === undefined) {
      head = concat(head, chunk);
      if (head.length < 3) continue;
      const bom = sniffBom(head);
      decoder = textDecoder(bom?.encoding ?? fallback);
      const rest = head.subarray(bom?.length ?? 0);
      if (decoder === null) {
        if (rest.length > 0) yield rest;
      } else {
        const text = decoder.decode(rest, { stream: true });
        if (text) yield text;
      }
      continue;
    }
    if (decoder === null) yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  if (decoder === undefined) {
    const bom = sniffBom(head);
    decoder = textDecoder(bom?.encoding ?? fallback);
    const rest = head.subarray(bom?.length ?? 0);
    if (decoder === null) {
      if (rest.length > 0) yield rest;
      return;
    }
    const text = decoder.decode(rest, { stream: true });
    if (text) yield text;
  }
  if (decoder === null) return;
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** A decoder for an encoding, or `null` for UTF-8 (passed through as bytes). */
const textDecoder = (encoding: string): TextDecoder | null => (encoding === 'utf-8' ? null : new TextDecoder(encoding, { fatal: false, ignoreBOM: true }));

function concat(a: Uint8Array, b: Uint8Array): Uint8Array {
  if (a.length === 0) return b;
  const out = new Uint8Array(a.length + b.length);
  out.set(a, 0);
  out.set(b, a.length);
  return out;
}

/**
 * Encodes text as Windows-1258 (Vietnamese legacy code page), the way legacy
 * software wrote it: letters with a tone are a base letter (possibly with a
 * circumflex, breve or horn) followed by a combining tone mark. Used by the
 * fixture scripts and tests; the table is derived from Node's own decoder.
 * Throws on a character the code page cannot represent.
 */
export function encodeWindows1258(text: string): Uint8Array {
  const table = windows1258Table();
  const TONES = new Set(['\u0300', '\u0301', '\u0303', '\u0309', '\u0323']);
  const out: number[] = [];
  // Split into clusters: a base character and the combining marks after it.
  for (const cluster of text.normalize('NFD').match(/\P{M}\p{M}*|\p{M}+/gu) ?? []) {
    const chars = Array.from(cluster);
    const base = chars.filter((c) => !TONES.has(c)).join('').normalize('NFC');
    const tones = chars.filter((c) => TONES.has(c));
    for (const ch of [...Array.from(base), ...tones]) {
      const byte = table.get(ch);
      if (byte === undefined) throw new RangeError(`U+${ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')} cannot be written in windows-1258`);
      out.push(byte);
    }
  }
  return Uint8Array.from(out);
}

let cached: Map<string, number> | undefined;
function windows1258Table(): Map<string, number> {
  if (cached) return cached;
  const decoder = new TextDecoder('windows-1258');
  const map = new Map<string, number>();
  for (let byte = 0; byte < 256; byte += 1) {
    const ch = decoder.decode(Uint8Array.of(byte));
    if (ch !== '\uFFFD' && !map.has(ch)) map.set(ch, byte);
  }
  cached = map;
  return map;
}
