/**
 * Normalises user text the way every truongthon input is normalised: Unicode
 * NFC (so "Nguyễn" typed with combining marks, as legacy Vietnamese
 * spreadsheets and macOS often do, equals the precomposed form), invisible
 * format characters removed (zero-width space, joiners, word joiner, a stray
 * byte-order mark, soft hyphen, bidirectional controls: Unicode category Cf,
 * which copy-paste from web pages and chat leaves in names; none belongs in a
 * Vietnamese name, code or place), trimmed, and with runs of white space
 * folded to one space. A text made only of such characters becomes `''`,
 * i.e. not given.
 *
 * @example
 * normalizeText('  Nguye\u0302\u0303n  Văn   A ') // 'Nguyễn Văn A'
 * normalizeText('HX-01\u200b') // 'HX-01'
 */
export function normalizeText(value: string): string {
  // Format characters go first: one between a letter and its combining mark would otherwise keep them apart.
  return isNormalText(value) ? value : value.replace(FORMAT_CHARACTERS, '').normalize('NFC').replace(WHITE_SPACE, ' ').trim();
}

const WHITE_SPACE = /\s+/gu;
const FORMAT_CHARACTERS = /\p{Cf}/gu;

/**
 * Whether a text is blank: empty once {@link normalizeText} has removed white
 * space and invisible format characters. Blank input counts as not given.
 *
 * @example
 * isBlankText(' \u200b ') // true
 */
export function isBlankText(value: string): boolean {
  // Anchored: the first visible character ends the test, so text that is not blank costs one step.
  return BLANK.test(value);
}

const BLANK = /^[\s\p{Cf}]*$/u;

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
