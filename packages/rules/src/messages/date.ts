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

const MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A legal date in words, as a reader checks it: in Vietnamese the way
 * administrative documents write it (Nghị định 30/2020/NĐ-CP, Phụ lục I: a
 * day below 10 and the months 1 and 2 take a leading zero), "ngày 05 tháng
 * 6 năm 2005"; in English "5 June 2005". Anything that is not a `YYYY-MM-DD`
 * string is returned as it is.
 *
 * @example
 * dateInWords('1975-06-15') // 'ngày 15 tháng 6 năm 1975'
 * dateInWords('2005-01-05') // 'ngày 05 tháng 01 năm 2005'
 * dateInWords('2005-06-05', 'en') // '5 June 2005'
 */
export function dateInWords(date: string, lang: Lang = 'vi'): string {
  if (!/^\d{4}-\d{2}-\d{2}$/u.test(date)) return date;
  const month = Number(date.slice(5, 7));
  if (lang === 'en') return `${Number(date.slice(8, 10))} ${MONTHS_EN[month - 1]} ${Number(date.slice(0, 4))}`;
  return `ngày ${date.slice(8, 10)} tháng ${month > 2 ? month : date.slice(5, 7)} năm ${Number(date.slice(0, 4))}`;
}
