import type { Citation } from '@truongthon/core';
import { type DocumentType, type LegalSource, SOURCES } from '../sources';
import type { Lang } from './catalogue';

export type { DocumentType } from '../sources';

/** The English name of each kind of text (loại văn bản) of {@link SOURCES}. */
const TYPE_EN: Readonly<Record<DocumentType, string>> = {
  'Luật': 'Law',
  'Bộ luật Lao động': 'Labour Code',
  'Bộ luật Dân sự': 'Civil Code',
  'Nghị quyết': 'Resolution',
  'Nghị quyết liên tịch': 'Joint Resolution',
  'Nghị định': 'Decree',
  'Thông tư': 'Circular',
  'Thông tư liên tịch': 'Joint Circular',
  'Quyết định': 'Decision',
  'Công văn': 'Official Letter',
  'Kế hoạch': 'Plan',
  'Hướng dẫn': 'Guidance',
  'Chỉ thị': 'Directive',
  'Quy định': 'Regulation',
  'Kết luận': 'Conclusion',
  'Tin bài': 'News item',
};

const BY_NUMBER: Readonly<Record<string, LegalSource | undefined>> = SOURCES;

const sourceOf = (document: string, documents?: Readonly<Record<string, LegalSource>>): LegalSource | undefined =>
  Object.hasOwn(BY_NUMBER, document) ? BY_NUMBER[document] : documents && Object.hasOwn(documents, document) ? documents[document] : undefined;

/**
 * Whether a document is cited with its issuer: a Party document or one of a
 * province's (or a commune's) bodies, whose number alone does not say who
 * wrote it. A national State text (Quốc hội, Chính phủ, a ministry) is
 * known by its number.
 */
export function citesIssuer(source: LegalSource): boolean {
  return source.kind === 'party' || /^(UBND|HĐND|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy)\b/u.test(source.issuer);
}

/**
 * A document named as officials name it: its kind before its number
 * ("Thông tư 04/2012/TT-BNV"), its issuer after when {@link citesIssuer}
 * ("Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum"). A bracketed
 * disambiguator of the number ("12917 (Đồng Nai)") is left out when the
 * issuer is named. A document not in {@link SOURCES} is looked up in
 * `documents` (those a province data file lists: an overlay's `documents`,
 * or a registry's); one in neither is its number as given.
 */
export function documentText(document: string, lang: Lang = 'vi', documents?: Readonly<Record<string, LegalSource>>): string {
  const source = sourceOf(document, documents);
  if (source === undefined) return document;
  const type = lang === 'en' ? TYPE_EN[source.type] : source.type;
  const withIssuer = citesIssuer(source);
  const number = withIssuer ? source.number.replace(/ \([^)]*\)$/u, '') : source.number;
  const named = number.startsWith(source.type) ? number : `${type} ${number}`;
  if (!withIssuer) return named;
  return lang === 'en' ? `${named} of ${source.issuer}` : `${named} của ${source.issuer}`;
}

/**
 * A citation as an official reads it, without the maintainers' confidence
 * or notes (those stay in the data): in Vietnamese, point, clause and
 * article in that order, then the document with its kind and, for a
 * provincial or Party text, its issuer ("khoản 3 Điều 12 Thông tư
 * 04/2012/TT-BNV", "điểm a Điều 1 Công văn 2881/UBND-KTTH của UBND tỉnh Kon
 * Tum"); in English "Art. 12(3), Circular 04/2012/TT-BNV". A document not
 * in {@link SOURCES} nor in `documents` (a province data file's, see
 * {@link documentText}) keeps its number as given, after a comma
 * ("Điều 5, 12/2021/QĐ-UBND"). A citation no one has read in the text
 * (`unconfirmed`) is never shown as certain: it ends "(cần đối chiếu văn
 * bản gốc)", "(to be checked against the original text)".
 *
 * @example
 * citationText({ document: '04/2012/TT-BNV', article: '12', clause: '3', confidence: 'confirmed' })
 * // 'khoản 3 Điều 12 Thông tư 04/2012/TT-BNV'
 * citationText({ document: '04/2012/TT-BNV', article: '12', clause: '3', confidence: 'confirmed' }, 'en')
 * // 'Art. 12(3), Circular 04/2012/TT-BNV'
 */
export function citationText(citation: Citation, lang: Lang = 'vi', documents?: Readonly<Record<string, LegalSource>>): string {
  const known = sourceOf(citation.document, documents) !== undefined;
  const document = documentText(citation.document, lang, documents);
  if (lang === 'en') {
    const place = citation.article ? `Art. ${citation.article}${citation.clause ? `(${citation.clause})` : ''}${citation.point ? `(${citation.point})` : ''}` : '';
    const amended = citation.amendedBy ? ` (as amended by ${documentText(citation.amendedBy, lang, documents)})` : '';
    return `${place ? `${place}, ` : ''}${document}${amended}${citation.confidence === 'unconfirmed' ? ' (to be checked against the original text)' : ''}`;
  }
  const parts: string[] = [];
  if (citation.point) parts.push(`điểm ${citation.point}`);
  if (citation.clause) parts.push(`khoản ${citation.clause}`);
  if (citation.article) parts.push(`Điều ${citation.article}`);
  const place = parts.join(' ');
  const amended = citation.amendedBy ? ` (được sửa đổi, bổ sung bởi ${documentText(citation.amendedBy, lang, documents)})` : '';
  // What no one has read in the text is never shown as certain: the reader is told to check the original.
  return `${place ? `${place}${known ? ' ' : ', '}` : ''}${document}${amended}${citation.confidence === 'unconfirmed' ? ' (cần đối chiếu văn bản gốc)' : ''}`;
}
