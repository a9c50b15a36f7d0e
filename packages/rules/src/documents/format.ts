import type { Citation, IsoDate } from '@truongthon/core';
import type { Lang } from '../messages/catalogue';
import { citationText } from '../messages/citation';
import type { LegalSource } from '../sources';
import { dateInWords } from '../messages/date';
import { classifyUnitName } from '../units/index';
import type { Segment } from './model';

/** A run of plain text. */
export const t = (text: string, style: { bold?: boolean; italic?: boolean } = {}): Segment => ({ text: text.normalize('NFC'), ...style });

/** Something the data cannot know, printed as dotted lines. */
export const blank = (hint: string): Segment => ({ placeholder: true, hint });

/**
 * The place-and-date line of an administrative document (Nghị định
 * 30/2020/NĐ-CP Phụ lục I: "Hà Nội, ngày 05 tháng 02 năm 2021": a day below
 * 10 and the months 1 and 2 written with a leading 0). The place is never
 * known from the data: a placeholder. A `null` date (a draft left for the
 * signer) is dotted too. In English: "……, 2021-01-10".
 *
 * @example
 * placeDateLine('2021-01-10') // [……, ', ngày 10 tháng 01 năm 2021']
 */
export function placeDateLine(date: IsoDate | null, lang: Lang): Segment[] {
  const place = blank(lang === 'vi' ? 'địa danh' : 'place');
  if (date === null) {
    return lang === 'vi'
      ? [place, t(', ngày '), blank('ngày'), t(' tháng '), blank('tháng'), t(' năm '), blank('năm')]
      : [place, t(', '), blank('date')];
  }
  if (lang === 'en') return [place, t(`, ${date}`)];
  return [place, t(`, ${dateInWords(date)}`)];
}

/** The kind of a unit: as the record says, else from its name, else unknown. */
export function unitKindOf(name: string, kind: 'thon' | 'to_dan_pho' | null | undefined): 'thon' | 'to_dan_pho' | null {
  return kind ?? classifyUnitName(name) ?? null;
}

/**
 * The leader's title with the unit, as a document names it: "Trưởng thôn
 * Phú Lộc" (the name "Thôn Phú Lộc" or "Phú Lộc"), "Tổ trưởng tổ dân phố 1",
 * "Trưởng bản Nà Hìn"; "head of …" in English.
 *
 * @example
 * leaderOf('Tổ dân phố 1', null, 'vi') // 'Tổ trưởng tổ dân phố 1'
 */
export function leaderOf(name: string, kind: 'thon' | 'to_dan_pho' | null | undefined, lang: Lang): string {
  if (lang === 'en') return `head of ${name}`;
  const own = classifyUnitName(name);
  const k = kind ?? own ?? null;
  if (k === null) return `Trưởng thôn, Tổ trưởng tổ dân phố ${name}`;
  const head = k === 'thon' ? 'Trưởng' : 'Tổ trưởng';
  if (own === k) return `${head} ${name.charAt(0).toLocaleLowerCase('vi')}${name.slice(1)}`;
  return k === 'thon' ? `Trưởng thôn ${name}` : `Tổ trưởng tổ dân phố ${name}`;
}

/**
 * The "Căn cứ …;" lines of a decision: each citation once, in the order
 * given, as officials read it (`citationText`: an unconfirmed one ends
 * "(cần đối chiếu văn bản gốc)"). `documents`: those of the province data
 * in use (a registry's), named with their kind and issuer as SOURCES are.
 */
export function basisLines(citations: readonly Citation[], lang: Lang, documents?: Readonly<Record<string, LegalSource>>): string[] {
  const seen = new Set<string>();
  const lines: string[] = [];
  for (const c of citations) {
    const text = citationText(c, lang, documents);
    if (seen.has(text)) continue;
    seen.add(text);
    lines.push(lang === 'vi' ? `Căn cứ ${text};` : `Having regard to ${text};`);
  }
  return lines;
}
