/**
 * The download module of `<truongthon-election>` (`dist/truongthon-docx.js`,
 * loaded by src/download.ts on the first click): the meeting's count record
 * from the rules' document model (`meetingDocuments`), rendered by the CLI's
 * own DOCX renderer (`@truongthon/cli/docx`) and named as the CLI names it,
 * handed to the browser as a download. Self-contained (the `docx` package,
 * the rules and zod inside): it reaches no server.
 */
import { asciiName, FILE_SUFFIX, renderDocx } from '@truongthon/cli/docx';
import { meetingDocuments } from '@truongthon/rules';
import type { DocxModule } from './download';

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

export const downloadCountRecord: DocxModule['downloadCountRecord'] = async (record, result, lang) => {
  const doc = meetingDocuments(record, result, { lang }).documents.find((d) => d.kind === 'count-record' || d.kind === 'household-count-record');
  if (doc === undefined) return false;
  const date = (record as { electionDate?: unknown } | null)?.electionDate;
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([(await renderDocx(doc)) as Uint8Array<ArrayBuffer>], { type: DOCX_TYPE }));
  link.download = `${asciiName(doc.unit)}_${typeof date === 'string' ? date : 'khong-ngay'}_${FILE_SUFFIX[doc.kind]}.docx`;
  link.click();
  // The browser has the file once the click is handled; its address is freed a little later.
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
  return true;
};
