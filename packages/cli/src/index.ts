/**
 * @packageDocumentation
 * The `truongthon` command line, and its building blocks for scripts:
 * streaming readers for CSV (UTF-8/UTF-16/Windows-1258, `,` or `;`), XLSX
 * (exceljs streaming) and JSON/NDJSON; header mapping (English and
 * Vietnamese, case- and diacritic-insensitive); cell coercion (yes/no,
 * dates including Excel serials, choices, counts) by the kinds the rules' field descriptions give; the row → record
 * pipeline of `truongthon check`; the meeting-row grouping of `tally` and
 * the unit rows of `report`. No domain logic: the rules are in
 * `@truongthon/rules`.
 *
 * @module @truongthon/cli
 */
export type { Cell, ColumnRef, SourceRow, InputFormat, ReadOptions } from './io/types';
export { decodeText, resolveEncoding, sniffBom, encodeWindows1258, SUPPORTED_ENCODINGS } from './io/encoding';
export { openCsv, detectDelimiter } from './io/csv';
export { openXlsx, excelCell } from './io/xlsx';
export { openJson, openNdjson, splitJsonArray, jsonRecord } from './io/json';
export { openFile, formatFromExtension, INPUT_FORMATS, type OpenOptions, type OpenedFile } from './io/open';
export type { RowSource } from './io/source';
export {
  CANDIDATE_FIELDS,
  REQUIRED_FIELDS,
  fieldForHeader,
  mapHeaders,
  columnLetter,
  type CandidateField,
  type HeaderMapping,
  type MappedColumn,
} from './io/headers';
export {
  coerceFlag,
  coerceDate,
  coerceText,
  coerceCitizenId,
  excelSerialToIsoDate,
  isEmptyCell,
  coerceCount,
  choice,
  coercerOf,
  type Coerced,
  type DateOptions,
} from './io/coerce';
export { readCandidateRow, coerceCandidateField, FieldResolver, type CandidateRow, type RowIssue, type RowReadOptions } from './io/candidateRow';
export { buildLookup, mapColumns, readFields, FieldResolver as GenericFieldResolver, type FieldLookup, type ReadFields } from './io/fields';
export { groupMeetings, meetingFieldForHeader, meetingResolver, coerceMeetingField, MEETING_FIELDS, REQUIRED_MEETING_FIELDS, type MeetingField, type MeetingGroup } from './io/meetingRows';
export { readUnits, unitFieldForHeader, unitResolver, coerceUnitField, kindFromName, UNIT_FIELDS, REQUIRED_UNIT_FIELDS, type UnitField, type UnitRow } from './io/unitRows';
export { checkRows, MAX_TRACKED_IDS, type CheckRowsOptions } from './check';
export { renderStep, type RenderedStep } from './render/step';
export type { TallyRecord } from './commands/tally';
export { checkRecord, IDENTITY_FIELDS, verdictLabel, VERDICTS, type CheckRecord, type RecordFinding, type RecordIdentity, type RecordIssue, type Verdict } from './render/record';
export { escapeFormula, xmlSafe } from './render/escape';
export { flatHeader, flatRow, safeJson, checkLayout, OUTPUT_FORMATS, type OutputFormat, type FlatLayout } from './render/writers';
export { CLI_MESSAGES, cliMessage, CliError, type CliMessageCode, type CliIssue, type Lang } from './messages';
export { main, languageFromArgv } from './main';
export { VERSION } from './version';
