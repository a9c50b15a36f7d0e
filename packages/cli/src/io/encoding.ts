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
 *
 * The first {@link SNIFF_BYTES} bytes are read before anything comes out: a
 * file typed in a legacy Vietnamese font encoding (TCVN3, VNI) is refused
 * there, before any row is read (`cli.legacy-font-encoding`, see
 * {@link refuseLegacyFont}).
 */
export async function* textOrUtf8(source: AsyncIterable<Uint8Array>, encoding?: string): AsyncGenerator<string | Uint8Array> {
  const fallback = resolveEncoding(encoding);
  let decoder: TextDecoder | null | undefined; // null: UTF-8, passed through as bytes; undefined: not started
  let head: Uint8Array = new Uint8Array(0);
  for await (const chunk of source) {
    if (decoder === undefined) {
      head = concat(head, chunk);
      if (head.length >= SNIFF_BYTES) decoder = yield* begin(head, fallback);
      continue;
    }
    if (decoder === null) yield chunk;
    else {
      const text = decoder.decode(chunk, { stream: true });
      if (text) yield text;
    }
  }
  if (decoder === undefined) decoder = yield* begin(head, fallback);
  if (decoder === null) return;
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** How much of a file is looked at before its text is let out: enough for the header and many rows. */
const SNIFF_BYTES = 64 * 1024;

/** The start of a text file: the byte-order mark read, the legacy fonts refused, the head let out; returns the decoder of the rest. */
function* begin(head: Uint8Array, fallback: string): Generator<string | Uint8Array, TextDecoder | null> {
  const bom = sniffBom(head);
  const label = bom?.encoding ?? fallback;
  const rest = head.subarray(bom?.length ?? 0);
  refuseLegacyFont(rest, label);
  const decoder = textDecoder(label);
  if (decoder === null) {
    if (rest.length > 0) yield rest;
  } else {
    const text = decoder.decode(rest, { stream: true });
    if (text) yield text;
  }
  return decoder;
}

/**
 * Throws `cli.legacy-font-encoding` (naming the likely encoding) when the
 * head of a file is text (not binary data) typed in a legacy Vietnamese
 * font encoding ({@link legacyFontOf}, at least 3 such words and more of
 * them than Unicode Vietnamese words). The head is read as the file will be (its
 * encoding or byte-order mark); for UTF-8, bytes that are mostly not UTF-8
 * are read as Windows-1258, since an 8-bit TCVN3 or VNI file read as UTF-8
 * shows only U+FFFD, which would hide what it is.
 */
function refuseLegacyFont(head: Uint8Array, label: string): void {
  if (head.length === 0) return;
  let text = new TextDecoder(label, { fatal: false, ignoreBOM: true }).decode(head, { stream: true });
  let windows1258 = label === 'windows-1258';
  if (label === 'utf-8' && text.includes('\uFFFD')) {
    let unreadable = 0;
    let read = 0;
    for (let i = 0; i < text.length; i += 1) {
      const c = text.charCodeAt(i);
      if (c === 0xfffd) unreadable += 1;
      else if (c > 0x7f) read += 1;
    }
    if (unreadable > read) {
      text = new TextDecoder('windows-1258').decode(head);
      windows1258 = true;
    }
  }
  if (!looksLikeText(text)) return;
  // Only Windows-1258 writes a tone as a separate mark, so only there can a mark on a consonant be TCVN3's doing;
  // Unicode text is composed first, so that a decomposed foreign letter (n + tilde) is not taken for one.
  if (!windows1258) text = text.normalize('NFC');
  const font = legacyFontOf(text, 3);
  if (font !== undefined) throw new CliError('cli.legacy-font-encoding', { file: '', encoding: LEGACY_FONT_NAMES[font] });
}

/** Whether a file's head is text, not binary data (whose bytes would show signs by chance): at most 1 % control characters but tab and line breaks. */
function looksLikeText(text: string): boolean {
  let controls = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13) || (c >= 0x7f && c <= 0x9f)) controls += 1;
  }
  return controls * 100 <= text.length;
}

/** The legacy Vietnamese font encodings {@link legacyFontOf} recognises. */
export type LegacyFont = 'tcvn3' | 'vni';

/** How messages name them (as UniKey's converter does). */
export const LEGACY_FONT_NAMES: Readonly<Record<LegacyFont, string>> = { tcvn3: 'TCVN3 (ABC)', vni: 'VNI Windows' };

/*
 * Signs of legacy-font text. Before Unicode, Vietnamese was typed in 8-bit
 * font encodings whose bytes, read as Latin-1 (or Windows-1252, as Excel
 * shows a workbook typed in such a font), or as Windows-1258 (`--encoding
 * windows-1258`), give words no Vietnamese text can hold:
 * - TCVN3 (ABC, fonts .VnTime, .VnArial…) puts lower-case letters with
 *   tones on symbols and on upper-case Latin-1 letters: "Nguyễn Văn Hùng,
 *   Đức, Hoàng, Thị" is "NguyÔn V¨n Hïng, §øc, Hoµng, ThÞ" (in
 *   Windows-1258 "ị" even becomes a tone mark on "h");
 * - VNI Windows (fonts VNI-Times…) writes a vowel and then its marks as
 *   Latin-1 letters: "Nguyeãn Vaên Huøng, Ñöùc, Tröôøng".
 * A sign is a character Vietnamese never uses, or a pair Vietnamese never
 * writes, next to a letter. None occurs in Vietnamese written in Unicode or
 * Windows-1258 (a test runs every syllable of a list of names through both);
 * foreign names with ç, ü, ñ, ø… do have some.
 */
/** TCVN3: symbols U+00A1–U+00BF and ×, ÷ next to a letter (« » between two letters, the soft hyphen, its ư, between a consonant and a letter, © ® before one; ° never); lower case then an upper-case Latin-1 letter; a tone mark on a consonant. */
const TCVN3_SIGN =
  /\p{L}[\u00A1-\u00A8\u00AA\u00AC\u00AF\u00B1-\u00BA\u00BC-\u00BF\u00D7\u00F7]|[\u00A1-\u00AA\u00AC\u00AE\u00AF\u00B1-\u00BA\u00BC-\u00BF\u00D7\u00F7]\p{L}|\p{L}[\u00AB\u00BB]\p{L}|[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ]\u00AD\p{L}|[a-z][\u00C0-\u00DE]|[b-df-hj-np-tv-xzB-DF-HJ-NP-TV-XZ][\u0300\u0301\u0303\u0309\u0323]/u;
/** VNI: a or e followed by a mark letter but á (so a stray acute typed after a vowel, "aá", is not taken for VNI's ấ); i (not of "gi", as in "giùm"), o, u, y, ơ, ư followed by an acute, grave, hook or dot letter; i, u, y followed by a tilde letter; "oâ". */
const VNI_SIGN =
  /[aeAE][\u00C0\u00C2-\u00C5\u00C8-\u00CB\u00CF\u00D5\u00D8-\u00DC\u00E0\u00E2-\u00E5\u00E8-\u00EB\u00EF\u00F5\u00F8-\u00FC\u0102\u0103\u01A0\u01A1]|(?:(?<![gG])[iI]|[ouyOUY\u00D4\u00D6\u00F4\u00F6])[\u00CF\u00D8\u00D9\u00DB\u00EF\u00F8\u00F9\u00FB]|(?:(?<![gG])[iI]|[uyUY])[\u00D5\u00F5]|[oO][\u00C2\u00E2]/u;
/** Both: Latin-1 letters Vietnamese never uses, next to a letter. */
const FOREIGN_SIGN =
  /\p{L}[\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6\u00F8\u00FB\u00FC\u00FE\u00FF]|[\u00C4-\u00C7\u00CB\u00CE-\u00D1\u00D6\u00D8\u00DB\u00DC\u00DE\u00DF\u00E4-\u00E7\u00EB\u00EE-\u00F1\u00F6\u00F8\u00FB\u00FC\u00FE\u00FF]\p{L}/u;
/** Unicode Vietnamese: a letter only Unicode has (ă đ ĩ ũ ơ ư, U+1EA0–U+1EF9), or a vowel with a combining mark; not after a lower-case letter when upper case (TCVN3's "ThƠ" read as Windows-1258). */
const VIETNAMESE = /[\u0102\u0103\u0110\u0111\u0128\u0129\u0168\u0169\u01A0\u01A1\u01AF\u01B0\u1EA0-\u1EF9]|[aeiouyAEIOUY\u00C2\u00CA\u00D4\u00E2\u00EA\u00F4][\u0300-\u0303\u0306\u0309\u031B\u0323]/u;
const MIXED_CASE = /[a-z][\u0102\u0110\u01A0\u01AF]/u;
/** What separates words: anything but letters, marks, the symbols TCVN3 uses as letters, and the soft hyphen (its ư). */
const NOT_WORD = /[^\p{L}\p{M}\u00A1-\u00BF\u00D7\u00F7]+/u;

/**
 * Whether `text` may hold a sign, in one pass without a regular expression
 * (every cell of a file is asked). It follows the signs above character by
 * character, so `false` is sure (a property test checks it against them):
 * - a Latin-1 character that is not a Vietnamese letter (TCVN3's symbols,
 *   the foreign letters, VNI's mark letters that are not Vietnamese);
 * - TCVN3: a lower-case ASCII letter, then an upper-case Latin-1 letter;
 * - VNI: a or e, then one of its mark letters that Vietnamese also writes
 *   (à â ã è é ê õ ù ú, ă, ơ); i, o, u, y, ô or ö, then ù; i, u or y, then
 *   õ; o, then â;
 * - a combining mark right after an ASCII letter.
 * Vietnamese written in Unicode has none of these in nearly every name
 * ("Hoàng", "Nguyên", "Xuân", "Quý" pair a vowel with a letter no sign
 * uses), so the regular expressions run on few cells.
 */
function maySign(text: string): boolean {
  let previous = 0;
  for (let i = 0; i < text.length; i += 1) {
    const c = text.charCodeAt(i);
    if (c >= 0xa1) {
      if (c <= 0xff && !VIETNAMESE_LATIN1.has(c)) return true;
      const before = previous | 0x20;
      if (previous >= 0x61 && previous <= 0x7a && c >= 0xc0 && c <= 0xde) return true;
      if ((before === 0x61 || before === 0x65) && previous < 0x80 && VNI_AFTER_A_E.has(c)) return true;
      if ((c === 0xd9 || c === 0xf9) && VNI_BEFORE_U_GRAVE.has(previous)) return true;
      if ((c === 0xd5 || c === 0xf5) && previous < 0x80 && (before === 0x69 || before === 0x75 || before === 0x79)) return true;
      if ((c === 0xc2 || c === 0xe2) && previous < 0x80 && before === 0x6f) return true;
      if (c >= 0x300 && c <= 0x323 && before >= 0x61 && before <= 0x7a && previous < 0x80) return true;
    }
    previous = c;
  }
  return false;
}

/** The Latin-1 letters Vietnamese writes: À Á Â Ã È É Ê Ì Í Ò Ó Ô Õ Ù Ú Ý, upper and lower case. */
const VIETNAMESE_LATIN1: ReadonlySet<number> = new Set([...'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý'].map((c) => c.charCodeAt(0)));
/** VNI's mark letters after a or e that Vietnamese also writes (the others are caught as foreign). */
const VNI_AFTER_A_E: ReadonlySet<number> = new Set([...'ÀÂÃÈÉÊÕÙÚàâãèéêõùúĂăƠơ'].map((c) => c.charCodeAt(0)));
/** What VNI writes its ù (a grave on ơ or ư) after: i, o, u, y, ô and ö. */
const VNI_BEFORE_U_GRAVE: ReadonlySet<number> = new Set([...'iouyIOUYôöÔÖ'].map((c) => c.charCodeAt(0)));

/**
 * The words of `text` with a sign of a legacy font (`legacy`; of them,
 * `tcvn3` and `vni` by the encoding they point to) and those only Unicode
 * Vietnamese writes (`vietnamese`).
 */
export function legacySignWords(text: string): { legacy: number; vietnamese: number; tcvn3: number; vni: number } {
  const count = { legacy: 0, vietnamese: 0, tcvn3: 0, vni: 0 };
  for (const word of text.split(NOT_WORD)) {
    const t = TCVN3_SIGN.test(word);
    const v = VNI_SIGN.test(word);
    if (t || v || FOREIGN_SIGN.test(word)) {
      count.legacy += 1;
      if (t) count.tcvn3 += 1;
      if (v) count.vni += 1;
    } else if (VIETNAMESE.test(word) && !MIXED_CASE.test(word)) count.vietnamese += 1;
  }
  return count;
}

/** Whether `text` may hold a sign of a legacy font ({@link maySign}); exported for its test. */
export const mayHoldLegacySign = maySign;

/**
 * Whether `text` reads as Vietnamese typed in a legacy font encoding (TCVN3
 * or VNI, see the signs above) rather than in Unicode: at least `minWords`
 * words with a sign, and more of them than words that only Unicode
 * Vietnamese writes (so one foreign name in a Unicode file is not enough).
 * Returns which encoding the signs point to, or `undefined`. Text without
 * any sign (nearly all Unicode text) costs one pass over its characters.
 *
 * @example
 * legacyFontOf('NguyÔn V¨n Hïng') // 'tcvn3'
 * legacyFontOf('Nguyeãn Vaên Huøng') // 'vni'
 * legacyFontOf('Nguyễn Văn Hùng') // undefined
 */
export function legacyFontOf(text: string, minWords = 1): LegacyFont | undefined {
  if (!maySign(text)) return undefined;
  const { legacy, vietnamese, tcvn3, vni } = legacySignWords(text);
  if (legacy < minWords || legacy <= vietnamese) return undefined;
  return vni > tcvn3 ? 'vni' : 'tcvn3';
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
