/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV
 * injection"): `=`, `+`, `-`, `@`, tab and carriage return, and their
 * full-width forms that some spreadsheets normalise.
 */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/u;

/**
 * Neutralises a text cell for CSV/XLSX output: a cell starting with a
 * formula character gets a leading apostrophe, so Excel, LibreOffice and
 * Google Sheets show it as text instead of running it.
 *
 * @example
 * escapeFormula('=cmd|"/c calc"!A1') // "'=cmd|\"/c calc\"!A1"
 * escapeFormula('Nguyễn Văn An') // 'Nguyễn Văn An'
 */
export function escapeFormula(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/**
 * Removes characters XML 1.0 cannot carry (C0 controls other than tab, LF,
 * CR; lone surrogates; U+FFFE/U+FFFF), so an XLSX file written from messy
 * input stays readable.
 */
export function xmlSafe(value: string): string {
  // eslint-disable-next-line no-control-regex
  return value.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/gu, '\uFFFD');
}

/**
 * JSON text with `<`, `>`, `&` and the JavaScript line separators written as
 * escapes (the same JSON value), so that it can be embedded in HTML.
 */
export function escapeMarkup(json: string): string {
  return MARKUP.test(json) ? json.replace(MARKUP_ALL, (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`) : json;
}
const MARKUP = /[<>&\u2028\u2029]/u;
const MARKUP_ALL = /[<>&\u2028\u2029]/gu;
