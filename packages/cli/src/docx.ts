/**
 * `@truongthon/cli/docx`: the DOCX renderer of `truongthon documents`, for a
 * browser as much as for Node (no Node API; the `docx` package is loaded on
 * the first call), and the names the CLI gives the files. The election
 * widget's lazily loaded download module bundles it, so that the document a
 * clerk downloads from the widget is the one the CLI and the HTTP service
 * write.
 *
 * @example
 * import { renderDocx } from '@truongthon/cli/docx';
 * const bytes = await renderDocx(meetingDocuments(record, evaluateMeeting(record)).documents[0]);
 *
 * @module
 */
export { renderDocx } from './documents/docx';
export { asciiName, FILE_SUFFIX } from './documents/names';
