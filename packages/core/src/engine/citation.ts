import type { IsoDate } from '../calendar/isoDate';

/**
 * How sure we are of a legal fact, as graded in the project's domain sheet:
 * - `confirmed`: an article-level quotation of the text was read;
 * - `secondary`: read in a summary, Q&A page or news item quoting the text;
 * - `unconfirmed`: not read in any source (recalled, inferred, or absent).
 */
export type Confidence = 'confirmed' | 'secondary' | 'unconfirmed';

/**
 * Where a rule or parameter comes from: the legal document (văn bản) and the
 * place in it. `document` is the official number, e.g. `04/2012/TT-BNV`.
 *
 * `D` is the type of document numbers: any string by default (a finding may
 * cite a province's own text), narrowed by a rule set to the documents it
 * lists, so that a misspelt number does not compile (`@truongthon/rules`
 * defines its rules with `Citation<SourceId>`).
 */
export interface Citation<D extends string = string> {
  /** Official number of the document, e.g. `04/2012/TT-BNV`, `59/2023/NĐ-CP`. */
  readonly document: D;
  /** Article (Điều), e.g. `11`. */
  readonly article?: string;
  /** Clause (khoản), e.g. `3`. */
  readonly clause?: string;
  /** Point (điểm), e.g. `a`. */
  readonly point?: string;
  /** The document that inserted or rewrote this provision, e.g. `14/2018/TT-BNV`. */
  readonly amendedBy?: D;
  /** Date the cited provision applies from. */
  readonly effective?: IsoDate;
  readonly confidence: Confidence;
  /** What is uncertain, in English, when `confidence` is not `confirmed`. */
  readonly note?: string;
}

/**
 * A short human reference for a citation, in Vietnamese legal style by
 * default ("điểm a khoản 2 Điều 12, 04/2012/TT-BNV") or in English
 * ("Art. 12(2)(a), 04/2012/TT-BNV"). Document numbers stay as issued.
 *
 * @example
 * formatCitation({ document: '04/2012/TT-BNV', article: '11', clause: '2', confidence: 'confirmed' })
 * // 'khoản 2 Điều 11, 04/2012/TT-BNV'
 * formatCitation({ document: '04/2012/TT-BNV', article: '11', clause: '2', confidence: 'confirmed' }, 'en')
 * // 'Art. 11(2), 04/2012/TT-BNV'
 */
export function formatCitation(citation: Citation, lang: 'vi' | 'en' = 'vi'): string {
  let place: string;
  let amended: string;
  if (lang === 'en') {
    place = citation.article ? `Art. ${citation.article}${citation.clause ? `(${citation.clause})` : ''}${citation.point ? `(${citation.point})` : ''}` : '';
    amended = citation.amendedBy ? ` (as amended by ${citation.amendedBy})` : '';
  } else {
    const parts: string[] = [];
    if (citation.point) parts.push(`điểm ${citation.point}`);
    if (citation.clause) parts.push(`khoản ${citation.clause}`);
    if (citation.article) parts.push(`Điều ${citation.article}`);
    place = parts.join(' ');
    amended = citation.amendedBy ? ` (sửa đổi bởi ${citation.amendedBy})` : '';
  }
  return place ? `${place}, ${citation.document}${amended}` : `${citation.document}${amended}`;
}
