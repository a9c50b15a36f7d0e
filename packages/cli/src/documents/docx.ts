import type { Block, OfficialDocument, Segment, Signer } from '@truongthon/rules';
import { segmentText, TRANSLATION_MARK } from '@truongthon/rules';

type Docx = typeof import('docx');

/** Loaded once, when the first document is written (the CLI's other commands never load it). */
let loaded: Promise<Docx> | undefined;
function docxLibrary(): Promise<Docx> {
  loaded ??= import('docx');
  return loaded;
}

/** Points to the half-points docx counts font sizes in. */
const pt = (points: number) => points * 2;
/** Millimetres to twentieths of a point (twips). */
const mm = (millimetres: number) => Math.round((millimetres / 25.4) * 1440);

/** Nghị định 30/2020/NĐ-CP Phụ lục I: A4, margins top/bottom 20–25 mm, left 30–35 mm, right 15–20 mm; Times New Roman 13–14. */
const PAGE = { width: mm(210), height: mm(297), margin: { top: mm(20), bottom: mm(20), left: mm(30), right: mm(15) } };
const FONT = 'Times New Roman';
const BODY = 14;
const TEXT_WIDTH = PAGE.width - PAGE.margin.left - PAGE.margin.right;

/**
 * One document of the model as a DOCX file, laid out as Nghị định 30/2020
 * sets for administrative documents: A4, Times New Roman 14 pt (13 pt in the
 * heading block and tables), the issuer (and number) on the left and the
 * national motto (and place and date) on the right, the title and its
 * subject centred in bold, the body justified with a first-line indent, the
 * figures in bordered tables, the signatures side by side. Placeholders are
 * printed as dotted lines. The form's label ("Mẫu số 02") stands at the top
 * right; a draft is marked "DỰ THẢO", an English rendering as a translation.
 * No Node API: the election widget's "Tải biên bản (.docx)" runs this same
 * code in the browser (`@truongthon/cli/docx`).
 *
 * @example
 * const bytes = await renderDocx(meetingDocuments(record, evaluateMeeting(record)).documents[0]);
 */
export async function renderDocx(doc: OfficialDocument): Promise<Uint8Array> {
  const d = await docxLibrary();
  const { AlignmentType, BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType, TableLayoutType } = d;
  const none = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
  const noBorders = { top: none, bottom: none, left: none, right: none, insideHorizontal: none, insideVertical: none };
  const runs = (segments: readonly Segment[], style: { bold?: boolean; italics?: boolean; size?: number } = {}) =>
    segments.map((s) => new TextRun({ text: segmentText(s), bold: ('bold' in s && s.bold) || style.bold, italics: ('italic' in s && s.italic) || style.italics, size: pt(style.size ?? BODY), font: FONT }));
  const para = (segments: readonly Segment[], options: { align?: keyof typeof ALIGN; bold?: boolean; italics?: boolean; size?: number; indent?: boolean; after?: number } = {}) =>
    new Paragraph({
      alignment: AlignmentType[ALIGN[options.align ?? 'center']],
      spacing: { after: options.after ?? 0, line: 288 },
      ...(options.indent ? { indent: { firstLine: mm(10) } } : {}),
      children: runs(segments, options),
    });
  const text = (value: string, options: Parameters<typeof para>[1] = {}) => para([{ text: value }], options);
  const rule = () => text('―――――――', { size: 10 });
  const cell = (children: InstanceType<typeof Paragraph>[], width: number, borders = true) =>
    new TableCell({ children, width: { size: width, type: WidthType.DXA }, ...(borders ? {} : { borders: noBorders }), margins: { top: 40, bottom: 40, left: 80, right: 80 } });

  // A landscape page (the report's wide table): A4 turned (docx swaps the sides), the same margins.
  const textWidth = doc.landscape ? PAGE.height - PAGE.margin.left - PAGE.margin.right : TEXT_WIDTH;
  // The heading block: issuer | motto, then number | place and date.
  const left = textWidth * 0.38;
  const right = textWidth - left;
  const issuer = [
    ...doc.issuer.map((l, i) => para(l, { size: 13, bold: i === doc.issuer.length - 1 })),
    rule(),
    ...(doc.number ? [para(doc.number, { size: 13 })] : []),
  ];
  const motto = [text(doc.motto[0], { size: 12, bold: true }), text(doc.motto[1], { size: 14, bold: true }), rule(), para(doc.placeDate, { size: 14, italics: true })];
  const heading = new Table({
    width: { size: textWidth, type: WidthType.DXA },
    columnWidths: [left, right],
    layout: TableLayoutType.FIXED,
    borders: noBorders,
    rows: [new TableRow({ children: [cell(issuer, left, false), cell(motto, right, false)] })],
  });

  const top: InstanceType<typeof Paragraph>[] = [];
  if (doc.translation) top.push(text(TRANSLATION_MARK, { align: 'left', italics: true, size: 12 }));
  if (doc.draft || doc.form) {
    top.push(
      new Paragraph({
        alignment: AlignmentType.RIGHT,
        children: [
          ...(doc.draft ? [new TextRun({ text: doc.lang === 'vi' ? 'DỰ THẢO' : 'DRAFT', bold: true, size: pt(13), font: FONT })] : []),
          ...(doc.draft && doc.form ? [new TextRun({ text: ' · ', size: pt(13), font: FONT })] : []),
          ...(doc.form ? [new TextRun({ text: doc.form, bold: true, size: pt(13), font: FONT })] : []),
        ],
      }),
    );
  }

  const body: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    ...top,
    heading,
    text('', { after: 120 }),
    text(doc.title, { bold: true, size: 14, ...(doc.subject.length === 0 ? { after: 240 } : {}) }),
    ...(doc.subject.length > 0 ? [para(doc.subject, { bold: true, size: 14, after: 240 })] : []),
  ];
  for (const block of doc.body) body.push(...renderBlock(block));

  function renderBlock(block: Block): (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] {
    if (block.kind === 'paragraph') {
      return [para(block.segments, { align: block.align ?? 'justify', bold: block.bold ?? false, italics: block.italic ?? false, indent: block.indent ?? false, after: 80 })];
    }
    if (block.kind === 'table') {
      const widths = block.widths ? block.widths.map((f) => Math.floor(textWidth * f)) : columnWidths(block.header.length);
      const size = block.fontSize ?? 13;
      const row = (cells: readonly string[], bold: boolean) =>
        new TableRow({
          tableHeader: bold,
          children: cells.map((value, i) => cell([text(value, { align: bold ? 'center' : block.align[i] ?? 'left', bold, size })], widths[i]!)),
        });
      return [
        new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: widths, layout: TableLayoutType.FIXED, rows: [row(block.header, true), ...block.rows.map((r) => row(r, false))] }),
        text('', { after: 80 }),
      ];
    }
    // A single signature stands on the right half (an empty cell on its left), as under the motto.
    const signers: readonly Signer[] = block.signers.length === 1 ? [{ title: '', note: '', name: { text: '' } }, ...block.signers] : block.signers;
    const width = textWidth / signers.length;
    const signerCell = (s: Signer) =>
      s.title === '' ? cell([text('')], width, false) : cell(
        [
          text(s.title, { bold: true, size: 12, align: s.title.endsWith(':') ? 'left' : 'center', italics: s.title.endsWith(':') }),
          ...(s.title.endsWith(':')
            ? s.note.split(/(?<=;) /u).map((l) => text(l, { size: 11, align: 'left' }))
            : [text(s.note, { italics: true, size: 13 }), text(''), text(''), text(''), para([s.name], { bold: true })]),
        ],
        width,
        false,
      );
    return [text('', { after: 120 }), new Table({ width: { size: textWidth, type: WidthType.DXA }, columnWidths: signers.map(() => width), layout: TableLayoutType.FIXED, borders: noBorders, rows: [new TableRow({ children: signers.map(signerCell) })] })];
  }

  const document = new Document({
    creator: 'truongthon',
    title: `${doc.title} – ${doc.unit}`,
    styles: { default: { document: { run: { font: FONT, size: pt(BODY) } } } },
    sections: [{ properties: { page: { size: { width: PAGE.width, height: PAGE.height, ...(doc.landscape ? { orientation: d.PageOrientation.LANDSCAPE } : {}) }, margin: PAGE.margin } }, children: body }],
  });
  // An ArrayBuffer, not Packer.toBuffer: a Node Buffer does not exist in a browser.
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

const ALIGN = { left: 'LEFT', center: 'CENTER', right: 'RIGHT', justify: 'JUSTIFIED' } as const;

/** Column widths of a figures table: the name column wide, the others even. */
function columnWidths(count: number): number[] {
  if (count === 4) return [0.1, 0.4, 0.22, 0.28].map((f) => Math.floor(TEXT_WIDTH * f));
  if (count === 3) return [0.5, 0.22, 0.28].map((f) => Math.floor(TEXT_WIDTH * f));
  if (count === 5) return [0.08, 0.36, 0.18, 0.14, 0.24].map((f) => Math.floor(TEXT_WIDTH * f));
  return Array.from({ length: count }, () => Math.floor(TEXT_WIDTH / count));
}
