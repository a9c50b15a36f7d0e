/**
 * Normalises user text the way every truongthon input is normalised: Unicode
 * NFC (so "Nguyễn" typed with combining marks, as legacy Vietnamese
 * spreadsheets and macOS often do, equals the precomposed form), invisible
 * characters removed (see `INVISIBLE`: format characters,
 * controls, fillers, the combining grapheme joiner, variation selectors;
 * none belongs in a Vietnamese name, code or place), trimmed, and with runs
 * of white space folded to one space. A text made only of such characters
 * becomes `''`, i.e. not given; two texts that differ only by them are the
 * same text (so the same id).
 *
 * @example
 * normalizeText('  Nguye\u0302\u0303n  Văn   A ') // 'Nguyễn Văn A'
 * normalizeText('HX-01\u200b') // 'HX-01'
 * normalizeText('\u3164\u034f') // ''
 */
export function normalizeText(value: string): string {
  // Invisible characters go first: one between a letter and its combining mark would otherwise keep them apart.
  return isNormalText(value) ? value : value.replace(INVISIBLE, '').normalize('NFC').replace(WHITE_SPACE, ' ').trim();
}

/**
 * What truongthon counts as "not there" in text, the one definition behind
 * {@link normalizeText} and {@link isBlankText} (so behind "blank", "not
 * given" and "the same id"): characters that show nothing and mean nothing
 * in a Vietnamese name, code or place, which copy-paste, chat apps, old
 * software and hostile files leave in cells:
 * - Unicode `Default_Ignorable_Code_Point`: zero-width space and joiners,
 *   word joiner, byte-order mark, soft hyphen, bidirectional controls, the
 *   Hangul fillers U+115F, U+1160, U+3164, U+FFA0, the combining grapheme
 *   joiner U+034F, variation selectors U+FE00–FE0F and U+E0100–E01EF, tags;
 * - every other format character (Unicode Cf);
 * - control characters (Unicode Cc: NUL, the C0 controls, DEL, the C1
 *   controls) except those that are white space (tab, line breaks, U+0085),
 *   which are folded to a space like any white space;
 * - U+2800 BRAILLE PATTERN BLANK, a visible-width blank that is a symbol.
 * None of them is written in Vietnamese (its letters are Latin with
 * diacritics, which are not in this set; a test checks every Vietnamese
 * letter in both NFC and NFD survives).
 */
// \p{DI} is Default_Ignorable_Code_Point (the short name keeps the widget bundles small).
const INVISIBLE = /[\p{DI}\p{Cf}\0-\x08\x0E-\x1F\x7F-\x84\x86-\x9F\u2800]/gu;
/** Unicode White_Space (JavaScript's `\s` with U+0085 NEXT LINE; U+FEFF, which `\s` also has, is invisible above). */
const WHITE_SPACE = /\p{White_Space}+/gu;

/**
 * Whether a text is blank: empty once {@link normalizeText} has removed white
 * space and invisible characters (`INVISIBLE`). Blank input
 * counts as not given.
 *
 * @example
 * isBlankText(' \u200b ') // true
 * isBlankText('\u0000\u3164') // true
 */
export function isBlankText(value: string): boolean {
  // Anchored: the first visible character ends the test, so text that is not blank costs one step.
  return BLANK.test(value);
}

const BLANK = new RegExp(`^[\\p{White_Space}${INVISIBLE.source.slice(1, -1)}]*$`, 'u');

/**
 * Whether `value` is already what {@link normalizeText} makes of it, decided
 * without allocating: no leading, trailing or doubled space, no other white
 * space, and only characters that NFC leaves alone whatever follows them —
 * printable ASCII and the precomposed Latin letters Vietnamese uses
 * (U+00C0–U+017F, U+01A0–U+01B0, U+1E00–U+1EFF; none is white space, a
 * combining mark or an NFC singleton, which a test checks). Anything else
 * takes the slow path. Most names and units in real files pass.
 */
export function isNormalText(value: string): boolean {
  const n = value.length;
  if (n === 0 || value.charCodeAt(0) === 32 || value.charCodeAt(n - 1) === 32) return false;
  let previous = 0;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (c === 32) {
      if (previous === 32) return false;
    } else if (!((c > 32 && c < 127) || (c >= 0xc0 && c <= 0x17f) || (c >= 0x1a0 && c <= 0x1b0) || (c >= 0x1e00 && c <= 0x1eff))) return false;
    previous = c;
  }
  return true;
}

/**
 * A key for matching Vietnamese words loosely: NFC, lower case, diacritics
 * removed (đ → d), non-alphanumerics folded to `_`. Used to match headers and
 * names typed with or without tones ("Ngày sinh", "ngay_sinh", "NGAY SINH").
 *
 * @example
 * foldKey('Họ và tên') // 'ho_va_ten'
 */
export function foldKey(value: string): string {
  return value
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .replace(/[đĐ]/gu, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, '_')
    .replace(/^_+|_+$/gu, '');
}
