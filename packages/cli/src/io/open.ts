import { createReadStream, type ReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { extname } from 'node:path';
import { CliError, cliMessage, type Lang } from '../messages';
import { openCsv } from './csv';
import { openJson, openNdjson } from './json';
import type { RowSource } from './source';
import type { InputFormat, ReadOptions } from './types';
import { openXlsx } from './xlsx';

export const INPUT_FORMATS: readonly InputFormat[] = ['csv', 'xlsx', 'json', 'ndjson'];

/**
 * The input format of a file from its extension: `.csv`/`.txt`/`.tsv` → csv,
 * `.xlsx`/`.xlsm` → xlsx, `.json` → json, `.ndjson`/`.jsonl` → ndjson.
 */
export function formatFromExtension(file: string): InputFormat | undefined {
  switch (extname(file).toLowerCase()) {
    case '.csv':
    case '.txt':
    case '.tsv':
      return 'csv';
    case '.xlsx':
    case '.xlsm':
      return 'xlsx';
    case '.json':
      return 'json';
    case '.ndjson':
    case '.jsonl':
      return 'ndjson';
    default:
      return undefined;
  }
}

/** Options of {@link openFile}. */
export interface OpenOptions extends ReadOptions {
  /** Overrides the format chosen by the extension. */
  readonly format?: InputFormat;
}

/** An opened file with the byte count read so far (for progress) and its size. */
export interface OpenedFile extends RowSource {
  readonly size: number | null;
  bytesRead(): number;
}

/**
 * Opens a candidate file (or standard input for `-`) for streaming:
 * chooses the reader by `format` or extension, checks the file exists and is
 * a file, and reads up to the header. File-level problems throw a
 * {@link CliError} (`cli.file-not-found`, `cli.file-unreadable`,
 * `cli.unknown-input-format`, `cli.file-empty`, header errors …).
 */
export async function openFile(file: string, options: OpenOptions = {}): Promise<OpenedFile> {
  const stdin = file === '-';
  const format = options.format ?? (stdin ? 'csv' : formatFromExtension(file));
  if (!format) {
    if (extname(file).toLowerCase() === '.xls') throw new CliError('cli.xlsx-unreadable', { file });
    throw new CliError('cli.unknown-input-format', { file });
  }
  let size: number | null = null;
  let stream: ReadStream | NodeJS.ReadStream;
  if (stdin) stream = process.stdin;
  else {
    try {
      const info = await stat(file);
      if (!info.isFile()) throw new CliError('cli.file-unreadable', { file, reason: 'not a file' });
      size = info.size;
    } catch (error) {
      if (error instanceof CliError) throw error;
      const code = (error as { code?: string }).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') throw new CliError('cli.file-not-found', { file });
      throw new CliError('cli.file-unreadable', { file, reason: code ?? 'error' });
    }
    if (format === 'xlsx') return openXlsxFile(file, options, size);
    stream = createReadStream(file, { highWaterMark: 64 * 1024 });
  }
  const readStream = stream;
  let failure: CliError | undefined;
  readStream.once('error', (error: NodeJS.ErrnoException) => {
    failure = new CliError('cli.file-unreadable', { file, reason: error.code ?? 'error' });
  });
  const closeStream = () => {
    if (!stdin) (readStream as ReadStream).destroy();
  };
  let source: RowSource;
  try {
    switch (format) {
      case 'csv':
        source = await openCsv(readStream, options, closeStream);
        break;
      case 'xlsx':
        source = await openXlsx(readStream, options);
        break;
      case 'json':
        source = await openJson(readStream, options, closeStream);
        break;
      case 'ndjson':
        source = await openNdjson(readStream, options, closeStream);
        break;
    }
  } catch (error) {
    closeStream();
    if (failure) throw failure;
    throw namedError(error, file);
  }
  return {
    ...source,
    rows: source.rows,
    close: () => source.close(),
    size,
    bytesRead: () => (stdin ? 0 : (readStream as ReadStream).bytesRead),
  };
}

/** A reader's error with the file named: a coded error gets `file`, any other error is `cli.file-unreadable` with its system code. */
function namedError(error: unknown, file: string): CliError {
  if (error instanceof CliError && 'file' in error.params) return new CliError(error.code, { ...error.params, file }, { cause: error.cause });
  if (error instanceof CliError) return error;
  return new CliError('cli.file-unreadable', { file, reason: (error as { code?: string }).code ?? 'error' });
}

/** An XLSX file is opened by its path: a zip is read from its end, where its directory is (see {@link openXlsx}). */
async function openXlsxFile(file: string, options: OpenOptions, size: number | null): Promise<OpenedFile> {
  let source: RowSource;
  try {
    source = await openXlsx(file, options);
  } catch (error) {
    throw namedError(error, file);
  }
  return { ...source, rows: source.rows, close: () => source.close(), size, bytesRead: () => source.bytesRead?.() ?? 0 };
}

/**
 * What the summary says of the sheet read (XLSX): the hidden sheets a read
 * without `--sheet` passed over, and the sheet's name. Nothing for other formats.
 */
export function sheetNotes(source: RowSource, lang: Lang): string[] {
  const lines: string[] = [];
  if (source.hiddenSheets && source.hiddenSheets.length > 0) lines.push(cliMessage('cli.hidden-sheets-skipped', { sheets: source.hiddenSheets.join(', ') }, lang));
  if (source.sheet !== undefined) lines.push(cliMessage('cli.sheet-read', { sheet: source.sheet }, lang));
  return lines;
}
