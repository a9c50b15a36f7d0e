import type { IsoDate } from '@truongthon/core';
import type { Lang } from '../messages/catalogue';

/**
 * A run of text in a document. A `placeholder` stands for what the data
 * cannot know (the document's number, the signer, the place, the hour): it is
 * printed as dotted lines ("……") for the clerk to fill in, and `hint` says
 * what goes there (for a renderer that shows it, and for tests).
 */
export type Segment =
  | { readonly text: string; readonly bold?: boolean; readonly italic?: boolean }
  | { readonly placeholder: true; readonly hint: string };

/** A block of a document's body. */
export type Block =
  | {
      readonly kind: 'paragraph';
      readonly segments: readonly Segment[];
      /** Default `justify` (the body of an administrative document). */
      readonly align?: 'left' | 'center' | 'right' | 'justify';
      /** First-line indent, as body paragraphs have under Nghị định 30/2020. */
      readonly indent?: boolean;
      readonly bold?: boolean;
      readonly italic?: boolean;
    }
  | {
      /** A table of figures (vote counts): `header` then `rows`, all cells already formatted text. */
      readonly kind: 'table';
      readonly header: readonly string[];
      readonly rows: readonly (readonly string[])[];
      readonly align: readonly ('left' | 'center' | 'right')[];
      /** Each column's share of the width (default: by the renderer). */
      readonly widths?: readonly number[];
      /** Points (default: the renderer's, 13). */
      readonly fontSize?: number;
    }
  | {
      /** The signature blocks side by side: a title in capitals, what to write ("Ký, ghi rõ họ tên"), the name. A single one stands on the right half. */
      readonly kind: 'signatures';
      readonly signers: readonly Signer[];
    };

/** One signature block. */
export interface Signer {
  readonly title: string;
  readonly note: string;
  readonly name: Segment;
}

/** What a document is. */
export type DocumentKind =
  /** Giấy mời to the meeting (NĐ 59/2023 Mẫu số 01). */
  | 'invitation'
  /** Biên bản kiểm phiếu of the meeting (NĐ 59/2023 Mẫu số 02). */
  | 'count-record'
  /** Biên bản kiểm phiếu of the ballots taken to each household (Mẫu số 04). */
  | 'household-count-record'
  /** Nghị quyết / biên bản cuộc họp của cộng đồng dân cư (Mẫu số 03). */
  | 'resolution'
  /** Draft quyết định công nhận kết quả bầu. */
  | 'recognition-decision'
  /** Draft quyết định tổ chức bầu lại. */
  | 'rerun-decision'
  /** Biên bản cuộc họp dự kiến danh sách người ứng cử (Mẫu số 05). */
  | 'candidate-list'
  /** Báo cáo kết quả (the Kon Tum 2881 columns). */
  | 'report';

/**
 * The filled content of one official document, ready for a renderer (DOCX in
 * the CLI): the heading block of Nghị định 30/2020/NĐ-CP (issuer on the left,
 * the national motto on the right, number and place-date lines), the title,
 * the body, the signatures. Pure data: every figure is already formatted.
 */
export interface OfficialDocument {
  readonly kind: DocumentKind;
  readonly lang: Lang;
  /** `true` for an English rendering: marked "Bản dịch tham khảo / translation". */
  readonly translation: boolean;
  /** `true` for a draft for signature (the decisions). */
  readonly draft: boolean;
  /**
   * The form's label ("Mẫu số 02") when the form of Nghị định 59/2023/NĐ-CP
   * was in force on the document's date; `null` otherwise (an older meeting:
   * the same content, no national form).
   */
  readonly form: string | null;
  /** The issuer block, top left, one entry a line (upper case). */
  readonly issuer: readonly (readonly Segment[])[];
  /** "Số: ……/QĐ-UBND", or `null` for a document without a number (minutes). */
  readonly number: readonly Segment[] | null;
  /** The motto block, top right. */
  readonly motto: readonly [string, string];
  /** "……, ngày 10 tháng 01 năm 2021". */
  readonly placeDate: readonly Segment[];
  readonly title: string;
  /** "Về việc …" (trích yếu) under the title; empty when the form has none there (Mẫu 01 says it in the body). */
  readonly subject: readonly Segment[];
  readonly body: readonly Block[];
  /** The day the document is dated, `YYYY-MM-DD`, or `null` when it is left for the signer (a draft). */
  readonly date: IsoDate | null;
  /** The unit it concerns, as written in the data. */
  readonly unit: string;
  /** A landscape page (a wide table: the report). */
  readonly landscape?: boolean;
}

/**
 * A segment's text as printed: placeholders as dotted lines.
 *
 * @example
 * segmentText({ text: 'Tổ dân phố 1' }) // 'Tổ dân phố 1'
 * segmentText({ placeholder: true, hint: 'số văn bản' }) // '……'
 */
export function segmentText(segment: Segment): string {
  return 'placeholder' in segment ? PLACEHOLDER : segment.text;
}

/** How a placeholder is printed. */
export const PLACEHOLDER = '……';

/**
 * The whole text of a document, one line a paragraph, table rows with cells
 * separated by tabs: what a reader of the rendered document sees (for tests,
 * previews and plain-text output).
 *
 * @example
 * documentPlainText(doc).includes('BIÊN BẢN KIỂM PHIẾU') // true for a count record
 */
export function documentPlainText(doc: OfficialDocument): string {
  const line = (segments: readonly Segment[]) => segments.map(segmentText).join('');
  const lines: string[] = [];
  if (doc.translation) lines.push(TRANSLATION_MARK);
  if (doc.form) lines.push(doc.form);
  for (const l of doc.issuer) lines.push(line(l));
  if (doc.number) lines.push(line(doc.number));
  lines.push(...doc.motto, line(doc.placeDate), doc.title);
  if (doc.subject.length > 0) lines.push(line(doc.subject));
  for (const block of doc.body) {
    if (block.kind === 'paragraph') lines.push(line(block.segments));
    else if (block.kind === 'table') for (const row of [block.header, ...block.rows]) lines.push(row.join('\t'));
    else for (const s of block.signers) lines.push(s.title, s.note, segmentText(s.name));
  }
  return lines.join('\n');
}

/** The mark of an English rendering. */
export const TRANSLATION_MARK = 'Bản dịch tham khảo / translation';
