import type { Lang } from './catalogue';

/**
 * `value` with its decimal mark and, from `minDigits` digits on, its
 * thousands marked, as `lang` writes them (Vietnamese `,` and `.`; English
 * `.` and `,`).
 */
function grouped(value: number, lang: Lang, minDigits: number): string {
  const [whole = '', fraction] = String(value).split('.');
  const digits = whole.replace('-', '');
  const text = digits.length >= minDigits && /^\d+$/u.test(digits) ? whole.replace(/\B(?=(\d{3})+$)/gu, lang === 'vi' ? '.' : ',') : whole;
  return fraction === undefined ? text : text + (lang === 'vi' ? ',' : '.') + fraction;
}

/**
 * A number as its readers write it: in Vietnamese a decimal comma and a dot
 * between thousands ("1,5", "12.345"); in English a decimal point and a
 * comma ("1.5", "12,345"). Thousands are marked from five digits on, so a
 * year or a code among the numbers of a message reads as written (2021,
 * not 2.021); a head count is written with {@link displayCount}.
 *
 * @example
 * displayNumber(100000) // '100.000'
 * displayNumber(2.5) // '2,5'
 * displayNumber(2021) // '2021'
 * displayNumber(12345.5, 'en') // '12,345.5'
 */
export function displayNumber(value: number, lang: Lang = 'vi'): string {
  return grouped(value, lang, 5);
}

/**
 * A count (households, voters, votes, units, rows) as documents and tables
 * write it: thousands always marked ("1.250" in Vietnamese, "1,250" in
 * English).
 *
 * @example
 * displayCount(1250) // '1.250'
 * displayCount(361) // '361'
 * displayCount(1250, 'en') // '1,250'
 */
export function displayCount(value: number, lang: Lang = 'vi'): string {
  return grouped(value, lang, 4);
}

/**
 * A percentage as the tally computed it (already rounded there), with the
 * language's decimal mark.
 *
 * @example
 * displayPercent(60.94) // '60,94%'
 * displayPercent(60.94, 'en') // '60.94%'
 */
export function displayPercent(value: number, lang: Lang = 'vi'): string {
  return `${displayNumber(value, lang)}%`;
}
