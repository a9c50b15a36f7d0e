import type { Lang } from './catalogue';

/**
 * A legal date as people read it: `dd/MM/yyyy` in Vietnamese ("11/01/2021"),
 * the way officials write dates; ISO `YYYY-MM-DD` in English, which no reader
 * can take for another day (10/01 is October in the United States). Anything
 * that is not a `YYYY-MM-DD` string is returned as it is. The date's text is
 * only reordered: no `Date`, no time zone.
 *
 * @example
 * displayDate('2021-01-11') // '11/01/2021'
 * displayDate('2021-01-11', 'en') // '2021-01-11'
 */
export function displayDate(date: string, lang: Lang = 'vi'): string {
  if (lang === 'en' || !/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date;
  return `${date.slice(8, 10)}/${date.slice(5, 7)}/${date.slice(0, 4)}`;
}
