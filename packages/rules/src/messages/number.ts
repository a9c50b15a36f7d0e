import type { Lang } from './catalogue';

/**
 * A number as its readers write it: in Vietnamese a decimal comma and a dot
 * between thousands ("1,5", "12.345"); in English a decimal point and a
 * comma ("1.5", "12,345"). Thousands are marked from five digits on, so a
 * year or a four-digit count reads as written (2021, not 2.021).
 *
 * @example
 * displayNumber(100000) // '100.000'
 * displayNumber(2.5) // '2,5'
 * displayNumber(2021) // '2021'
 * displayNumber(12345.5, 'en') // '12,345.5'
 */
export function displayNumber(value: number, lang: Lang = 'vi'): string {
  const [whole = '', fraction] = String(value).split('.');
  const grouped = /^-?\d{5,}$/u.test(whole) ? whole.replace(/\B(?=(\d{3})+$)/gu, lang === 'vi' ? '.' : ',') : whole;
  return fraction === undefined ? grouped : grouped + (lang === 'vi' ? ',' : '.') + fraction;
}
