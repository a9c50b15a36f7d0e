import { createWriteStream } from 'node:fs';
import { extname } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError } from '../messages';
import { Sink } from '../render/sink';
import { csvWriter, type FlatLayout, type JsonPieces, jsonWriter, ndjsonWriter, type OutputFormat, type RecordWriter, xlsxWriter } from '../render/writers';
import type { Io } from './common';

/** The output format: `--format`, else the `--out` extension, else table on a terminal and JSON otherwise. */
export function chooseFormat(format: OutputFormat | undefined, out: string | undefined, stdoutIsTTY: boolean): OutputFormat {
  if (format) return format;
  if (out) {
    const ext = extname(out).toLowerCase();
    if (ext === '.csv') return 'csv';
    if (ext === '.xlsx') return 'xlsx';
    if (ext === '.ndjson' || ext === '.jsonl') return 'ndjson';
    if (ext === '.txt') return 'table';
    return 'json';
  }
  return stdoutIsTTY ? 'table' : 'json';
}

/**
 * Opens `--out` (or stdout) and returns a writer for the format; a file that
 * cannot be created is a usage error. `json` writes a record for JSON and
 * NDJSON: what `safeJson` gives (the default), possibly faster.
 */
export async function openRecordWriter<R>(
  format: OutputFormat,
  out: string | undefined,
  layout: FlatLayout<R>,
  table: (sink: Sink, stream: Writable) => RecordWriter<R>,
  io: Io,
  bom = true,
  json?: JsonPieces<R>,
): Promise<RecordWriter<R>> {
  const fileStream = out ? createWriteStream(out) : undefined;
  if (fileStream) {
    await new Promise<void>((resolve, reject) => {
      fileStream.once('open', () => resolve());
      fileStream.once('error', (error: NodeJS.ErrnoException) => reject(new CliError('cli.output-error', { reason: error.code ?? 'error' })));
    });
  }
  const stream = fileStream ?? io.stdout;
  const sink = new Sink(stream, fileStream !== undefined);
  switch (format) {
    case 'json':
      return jsonWriter<R>(sink, json);
    case 'ndjson':
      return ndjsonWriter<R>(sink, json);
    case 'csv':
      return csvWriter(sink, layout, { bom });
    case 'xlsx':
      return xlsxWriter(stream, layout, () => sink.end());
    case 'table':
      return table(sink, stream);
  }
}
