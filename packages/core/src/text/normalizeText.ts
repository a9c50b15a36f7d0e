/**
 * Normalises user text the way every truongthon input is normalised: Unicode
 * NFC (so "Nguyễn" typed with combining marks, as legacy Vietnamese
 * spreadsheets and macOS often do, equals the precomposed form), trimmed, and
 * with runs of white space folded to one space.
 *
 * @example
 * normalizeText('  Nguye\u0302\u0303n  Văn   A ') // 'Nguyễn Văn A'
 */
export function normalizeText(value: string): string {
  return value.normalize('NFC').replace(/\s+/gu, ' ').trim();
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
