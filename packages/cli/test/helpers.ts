import { spawn } from 'node:child_process';
import { dirname, join } from 'node:path';
import { Writable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import type { Cell, SourceRow } from '../src/io/types';

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BIN = join(ROOT, 'dist', 'bin.js');
export const FIXTURES = join(ROOT, 'test', 'fixtures');
export const EXAMPLES = join(ROOT, '..', '..', 'examples');

export const fixture = (name: string): string => join(FIXTURES, name);

export interface RunResult {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
  readonly stdoutBytes: Buffer;
}

/**
 * Runs the built `truongthon` binary. The environment is the test's own
 * (so TZ varies with the suite) without colour variables, plus `env`.
 */
export function run(args: readonly string[], options: { env?: Record<string, string | undefined>; input?: string | Buffer; cwd?: string } = {}): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const env: NodeJS.ProcessEnv = { ...process.env };
    delete env['FORCE_COLOR'];
    delete env['NO_COLOR'];
    delete env['TRUONGTHON_LANG'];
    Object.assign(env, options.env ?? {});
    for (const [k, v] of Object.entries(env)) if (v === undefined) delete env[k];
    const child = spawn(process.execPath, [BIN, ...args], { env, cwd: options.cwd ?? ROOT, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (d: Buffer) => out.push(d));
    child.stderr.on('data', (d: Buffer) => err.push(d));
    child.on('error', reject);
    child.on('close', (code) => {
      const stdoutBytes = Buffer.concat(out);
      resolve({ code, stdout: stdoutBytes.toString('utf8'), stderr: Buffer.concat(err).toString('utf8'), stdoutBytes });
    });
    if (options.input !== undefined) child.stdin.end(options.input);
    else child.stdin.end();
  });
}

/** Parses NDJSON output. */
export function ndjson(text: string): Record<string, any>[] {
  return text
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, any>);
}

/** The canonical five candidates of the quirk fixtures, as every reader must see them. */
export const CANONICAL = [
  { row: 2, id: 'Q1', fullName: 'Nguyễn Văn Hùng', verdict: 'eligible' },
  { row: 3, id: 'Q2', fullName: 'Trần Thị Mai', verdict: 'ineligible' },
  { row: 4, id: 'Q3', fullName: 'Phạm Thị Hòa', verdict: 'eligible' },
  { row: 5, id: 'Q4', fullName: 'Lữ Văn Đức', verdict: 'ineligible' },
  { row: 6, id: 'Q5', fullName: 'Huỳnh Thị Ngọc Ánh', verdict: 'undetermined' },
] as const;

/** Standard options for the Hương Xuân election of 10/01/2021. */
export const HUONG_XUAN = ['--election-date', '2021-01-10', '--province', '46', '--today', '2025-01-01'];

/** A writable stream that keeps what is written, for running the CLI in process (`main(argv, { stdout, stderr, … })`). */
export class Capture extends Writable {
  readonly #chunks: Buffer[] = [];
  override _write(chunk: Buffer | string, _encoding: BufferEncoding, callback: (error?: Error | null) => void): void {
    this.#chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk));
    callback();
  }
  text(): string {
    return Buffer.concat(this.#chunks).toString('utf8');
  }
}

/** Source rows from records, numbered as spreadsheet rows from `first` (the row after the header). */
export async function* rowsOf(records: readonly Record<string, Cell>[], first = 2): AsyncGenerator<SourceRow> {
  let row = first;
  for (const record of records) yield { row: row++, record };
}

/** Everything an async iterable gives, in order. */
export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

/** A JSON value as it travels over HTTP (undefined members dropped). */
export const wire = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

/** A service answer without the texts the service adds (`message` on findings and issues), to compare with the library's result. */
export function withoutMessages(value: unknown): unknown {
  const out = { ...(value as Record<string, unknown>) };
  for (const key of ['findings', 'issues']) {
    if (Array.isArray(out[key])) out[key] = (out[key] as Record<string, unknown>[]).map(({ message: _m, ...rest }) => rest);
  }
  return out;
}
