#!/usr/bin/env node
/**
 * The baseline of the documents benchmark: the docx library alone packing
 * N one-paragraph A4 documents in Times New Roman and writing each to a file
 * in DIR, one after another, as `truongthon documents` writes its files.
 *
 *   node bare-docx.mjs N DIR
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Document, Packer, Paragraph, TextRun } from 'docx';

const n = Number(process.argv[2]);
const dir = process.argv[3];
for (let i = 0; i < n; i += 1) {
  const doc = new Document({
    styles: { default: { document: { run: { font: 'Times New Roman', size: 28 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children: [new Paragraph({ children: [new TextRun(`BIÊN BẢN KIỂM PHIẾU số ${i + 1}`)] })] }],
  });
  writeFileSync(join(dir, `${i}.docx`), await Packer.toBuffer(doc));
}
