import { randomBytes } from 'node:crypto';
import { accessSync, constants, createWriteStream, fstatSync, lstatSync, openSync, readlinkSync, realpathSync, renameSync, type Stats, statSync, unlinkSync } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import type { Writable } from 'node:stream';
import { CliError } from '../messages';
import { isSettled, Sink } from '../render/sink';
import { csvWriter, type FlatLayout, type JsonPieces, jsonWriter, ndjsonWriter, type OutputFormat, type RecordWriter, xlsxWriter } from '../render/writers';
import type { Io } from './common';

/**
 * What `--out` may end with, and the format each writes when `--format` is
 * not given. Any other extension is refused ({@link chooseFormat}).
 */
export const OUTPUT_EXTENSIONS: Readonly<Record<string, OutputFormat>> = {
  '.csv': 'csv',
  '.json': 'json',
  '.ndjson': 'ndjson',
  '.jsonl': 'ndjson',
  '.txt': 'table',
  '.xlsx': 'xlsx',
};

/**
 * The file `--out` names, or `undefined` for standard output: `--out -` is
 * standard output, as `-` is standard input (a file named `-` is `./-`).
 */
export function outputPath(out: string | undefined): string | undefined {
  return out === '-' ? undefined : out;
}

/**
 * The output format: `--format`, else the `--out` extension
 * ({@link OUTPUT_EXTENSIONS}), else table on a terminal and JSON otherwise.
 * An `--out` extension the CLI cannot write (`.pdf`, `.xls`, `.tsv`) is
 * refused (`cli.output-extension`, listing those it can) rather than given
 * JSON under that name; with `--format` the name is the user's choice and is
 * not checked. A name without an extension (a device such as `/dev/stdout`,
 * a pipe) gets JSON, as standard output does.
 */
export function chooseFormat(format: OutputFormat | undefined, out: string | undefined, stdoutIsTTY: boolean): OutputFormat {
  if (format) return format;
  const path = outputPath(out);
  if (path !== undefined) {
    const ext = extname(path);
    if (ext === '') return 'json';
    const known = OUTPUT_EXTENSIONS[ext.toLowerCase()];
    if (known === undefined) throw new CliError('cli.output-extension', { file: path, extension: ext, accepted: Object.keys(OUTPUT_EXTENSIONS).join(', ') });
    return known;
  }
  return stdoutIsTTY ? 'table' : 'json';
}

/**
 * The output format of a command that reads `file` ({@link chooseFormat}),
 * refusing a workbook on a terminal and an `--out` that is the input.
 */
export function outputFormat(file: string, requested: OutputFormat | undefined, given: string | undefined, io: Io): OutputFormat {
  const out = outputPath(given);
  const format = chooseFormat(requested, out, io.stdout.isTTY === true);
  if (format === 'xlsx' && !out && io.stdout.isTTY) throw new CliError('cli.binary-to-terminal');
  refuseOutputIsInput(file, out);
  return format;
}

// ─── The input is never the output ───────────────────────────────────────────

/**
 * Refuses (`cli.output-is-input`, exit 2) an `--out` that is the input file,
 * before anything is read or written: writing it would destroy the data
 * while it is read. Compared by device and inode when both exist, so a
 * symbolic link, a hard link or `/proc/self/cwd/…` is caught (standard
 * input `-`: the file it was redirected from); by resolved real path
 * otherwise. An input that is not a file (a pipe, a device) cannot be
 * destroyed, and one that cannot be examined is left to the reader to
 * report.
 */
export function refuseOutputIsInput(file: string, out: string | undefined): void {
  if (out === undefined) return;
  let input: Stats;
  try {
    input = file === '-' ? fstatSync(0) : statSync(file);
  } catch {
    return;
  }
  // Only a file can be destroyed by writing over it (a pipe, a terminal, /dev/null cannot).
  if (!input.isFile()) return;
  const output = statOrUndefined(out);
  const same = output !== undefined && input.ino !== 0 ? output.dev === input.dev && output.ino === input.ino : file !== '-' && realTarget(resolve(out)) === realTarget(resolve(file));
  if (same) throw new CliError('cli.output-is-input', { file: out });
}

function statOrUndefined(path: string): Stats | undefined {
  try {
    return statSync(path);
  } catch {
    return undefined;
  }
}

/**
 * The file a path writes to: links resolved, or for a path that does not
 * exist yet its real folder and name (a dangling symbolic link: the file it
 * points to).
 */
function realTarget(path: string): string {
  try {
    return realpathSync(path);
  } catch {
    try {
      if (lstatSync(path).isSymbolicLink()) return resolve(dirname(path), readlinkSync(path));
    } catch {
      // Not there at all.
    }
    try {
      return join(realpathSync(dirname(path)), basename(path));
    } catch {
      return path;
    }
  }
}

// ─── Atomic output ───────────────────────────────────────────────────────────

/**
 * An `--out` being written. A regular file (or one that does not exist yet)
 * is written to a temporary file beside it, `.<name>.<pid>.<random>.tmp`,
 * renamed into place by {@link OutputFile.commit} once the run has
 * completed, and removed by {@link OutputFile.abort} otherwise: the file at
 * `--out` is either the whole new output or what was there before, never a
 * part, and two runs writing the same `--out` never mix (the last rename
 * wins). A device, pipe or socket (`/dev/stdout`, a FIFO) cannot be replaced:
 * it is written directly.
 */
interface OutputFile {
  /** The path as given, for messages. */
  readonly name: string;
  readonly stream: Writable;
  /** Renames the finished file into place (after its stream has closed). */
  commit(): void;
  /** Removes the unfinished file (idempotent). */
  abort(): void;
}

/** Every output not committed yet, for {@link abortOutputs}; by run (the `Io` the run was given). */
const PENDING = new Map<OutputFile, Io>();

/**
 * Removes the temporary files of the outputs not completed: those of the run
 * of `io`, or all of them. Synchronous, so that an `exit` or signal handler
 * can call it.
 */
export function abortOutputs(io?: Io): void {
  for (const [file, owner] of [...PENDING]) if (io === undefined || owner === io) file.abort();
}

/**
 * Registers the unfinished output of a command that writes a folder of files
 * (`documents`): {@link abortOutputs} calls `abort` as it removes an
 * unfinished `--out` file (an error, a signal). Returns the function that
 * forgets it once the output is complete.
 */
export function trackOutput(io: Io, name: string, abort: () => void): () => void {
  const file: OutputFile = { name, stream: undefined as unknown as Writable, commit() {}, abort };
  PENDING.set(file, io);
  return () => {
    PENDING.delete(file);
  };
}

async function openOutputFile(out: string, io: Io): Promise<OutputFile> {
  const path = resolve(out);
  const target = realTarget(path);
  let existing: Stats | undefined;
  try {
    existing = statSync(target);
  } catch (error) {
    if (errorCode(error) !== 'ENOENT') throw outputError(error, out);
  }
  if (existing?.isDirectory()) throw outputError({ code: 'EISDIR' }, out);
  if (existing && !existing.isFile()) {
    // A device or a pipe: written as it is (the output of a run that fails is then partial, as on stdout).
    const stream = createWriteStream(path);
    await new Promise<void>((resolveOpen, reject) => {
      stream.once('open', () => resolveOpen());
      stream.once('error', (error) => reject(outputError(error, out)));
    });
    return { name: out, stream, commit() {}, abort() {} };
  }
  if (existing) {
    try {
      // A read-only file is a file someone protected: not replaced behind their back.
      accessSync(target, constants.W_OK);
    } catch (error) {
      throw outputError(error, out);
    }
  }
  // The folder's name limit (255 bytes) holds whatever the output's name.
  const temp = join(dirname(target), `.${Buffer.from(basename(target)).subarray(0, 120).toString().replace(/\uFFFD+$/u, '')}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  let fd: number;
  try {
    // Created here and now (not on a later tick), so that a signal never leaves one behind; never over an existing file.
    fd = openSync(temp, 'wx', existing ? existing.mode & 0o777 : 0o666);
  } catch (error) {
    throw outputError(error, out);
  }
  // The data reaches the disk before the rename makes it the output.
  const stream = createWriteStream(temp, { fd, flush: true });
  let done = false;
  const file: OutputFile = {
    name: out,
    stream,
    commit() {
      if (done) return;
      done = true;
      PENDING.delete(file);
      try {
        renameSync(temp, target);
      } catch (error) {
        removeQuietly(temp);
        throw outputError(error, out);
      }
    },
    abort() {
      if (done) return;
      done = true;
      PENDING.delete(file);
      stream.destroy();
      removeQuietly(temp);
    },
  };
  PENDING.set(file, io);
  return file;
}

function removeQuietly(path: string): void {
  try {
    unlinkSync(path);
  } catch {
    // Already gone.
  }
}

function errorCode(error: unknown): string | undefined {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : undefined;
}

/**
 * An error of the output (stdout or `--out`) as what the user reads:
 * `cli.output-error` with the system code (ENOSPC, EIO, EPIPE, ENOENT,
 * EACCES, EISDIR…) and where the output went; a stream closed under the
 * writer is a closed pipe (EPIPE). Anything else (a bug) is left as it is.
 */
export function outputError(error: unknown, out: string | undefined): unknown {
  if (error instanceof CliError) return error;
  const code = errorCode(error);
  if (code === undefined) return error;
  const system = code === 'ERR_STREAM_DESTROYED' || code === 'ERR_STREAM_WRITE_AFTER_END' || code === 'ERR_STREAM_PREMATURE_CLOSE' ? 'EPIPE' : code;
  return new CliError('cli.output-error', { file: out ?? '', code: system }, { cause: error });
}

/**
 * A writer whose output errors are {@link outputError}s, whose `end` puts the
 * finished file in place, and whose failure removes the unfinished one.
 * Writes that need no waiting stay as fast as the writer's own.
 */
function completing<R>(writer: RecordWriter<R>, file: OutputFile | undefined): RecordWriter<R> {
  const fail = (error: unknown): never => {
    file?.abort();
    throw outputError(error, file?.name);
  };
  return {
    write(record) {
      const written = writer.write(record);
      return isSettled(written) ? written : written.catch(fail);
    },
    async end() {
      try {
        await writer.end();
        file?.commit();
      } catch (error) {
        fail(error);
      }
    },
  };
}

/**
 * Opens `--out` (or stdout, also for `--out -`) and returns a writer for the format. The file
 * is written atomically (see {@link OutputFile}): `end()` completes it; a run
 * that fails or is stopped before leaves any earlier file at `--out` as it
 * was. A file that cannot be written is `cli.output-error`. `json` writes a
 * record for JSON and NDJSON: what `safeJson` gives (the default), possibly
 * faster.
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
  out = outputPath(out);
  const file = out === undefined ? undefined : await openOutputFile(out, io);
  try {
    const stream = file?.stream ?? io.stdout;
    const sink = new Sink(stream, file !== undefined);
    return completing(await formatWriter(format, sink, stream, layout, table, bom, json), file);
  } catch (error) {
    file?.abort();
    throw outputError(error, out);
  }
}

async function formatWriter<R>(
  format: OutputFormat,
  sink: Sink,
  stream: Writable,
  layout: FlatLayout<R>,
  table: (sink: Sink, stream: Writable) => RecordWriter<R>,
  bom: boolean,
  json: JsonPieces<R> | undefined,
): Promise<RecordWriter<R>> {
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

/** Writes a whole text (a report), or a whole file's bytes (a DOCX report), to `--out` or stdout, as {@link openRecordWriter} does. */
export async function writeText(given: string | undefined, text: string | Uint8Array, io: Io): Promise<void> {
  const out = outputPath(given);
  const file = out === undefined ? undefined : await openOutputFile(out, io);
  const sink = new Sink(file?.stream ?? io.stdout, file !== undefined);
  const writer = completing<string | Uint8Array>({ write: (t) => sink.write(t), end: () => sink.end() }, file);
  await writer.write(text);
  await writer.end();
}
