/**
 * The output side under faults (issue 13, part A), with real processes of
 * the built binary: exit codes that cannot lie (a run that did not complete
 * never exits 0 or 1; a closed pipe is not success), `--out` written
 * atomically (a temporary file renamed into place only when the run
 * completed; removed on error or signal; concurrent writers never mix),
 * output errors coded `cli.output-error` with the system code, and an input
 * that is never destroyed by an `--out` naming it (the same path, a symbolic
 * link, a hard link, `/proc/self/cwd/…`, standard input redirected from it).
 *
 * Some faults need the machine's help: a full or read-only file system is a
 * small tmpfs mounted here (root only), `/dev/full` and `/proc` are Linux's,
 * a read-only folder needs a user whom permissions bind. Where that is not
 * available the test is skipped with the reason in its title, never silently.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync, closeSync, lstatSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../src/main';
import { cliMessage } from '../src/messages';
import { BIN, EXAMPLES, fixture, HUONG_XUAN } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-output-faults-'));
chmodSync(tmp, 0o755);
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const linux = process.platform === 'linux';

interface Finished {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

interface Started {
  readonly child: ChildProcess;
  readonly finished: Promise<Finished>;
}

/** Starts the built binary (as `run` in helpers.ts does), leaving its standard input open unless given. */
function start(args: readonly string[], options: { cwd?: string; stdin?: number; uid?: number; gid?: number; nodeArgs?: readonly string[] } = {}): Started {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const name of ['FORCE_COLOR', 'NO_COLOR', 'TRUONGTHON_LANG']) delete env[name];
  const child = spawn(process.execPath, [...(options.nodeArgs ?? []), BIN, ...args], {
    env,
    cwd: options.cwd ?? tmp,
    stdio: [options.stdin ?? 'pipe', 'pipe', 'pipe'],
    ...(options.uid !== undefined ? { uid: options.uid, gid: options.gid ?? options.uid } : {}),
  });
  const out: Buffer[] = [];
  const err: Buffer[] = [];
  child.stdout!.on('data', (d: Buffer) => out.push(d));
  child.stderr!.on('data', (d: Buffer) => err.push(d));
  // A pipe closed on purpose (the broken-pipe test) is not an error of the test.
  child.stdout!.on('error', () => {});
  child.stdin?.on('error', () => {});
  const finished = new Promise<Finished>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout: Buffer.concat(out).toString('utf8'), stderr: Buffer.concat(err).toString('utf8') }));
  });
  return { child, finished };
}

/** Runs the binary to its end, standard input closed. */
function run(args: readonly string[], options: Parameters<typeof start>[1] = {}): Promise<Finished> {
  const started = start(args, options);
  started.child.stdin?.end();
  return started.finished;
}

/** Waits until `condition` holds, checking every 20 ms (the test's own timeout bounds it; nothing is timed). */
async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 20));
}

/** The temporary files of unfinished outputs in a folder. */
const temporaries = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.tmp'));

// ─── Inputs ──────────────────────────────────────────────────────────────────

const CANDIDATE_HEADER = readFileSync(fixture('utf8.csv'), 'utf8').split(/\r?\n/u)[0]!;
/** `count` candidates with ids `prefix1…`, one CSV line each. */
const candidateLines = (count: number, prefix: string): string[] =>
  Array.from({ length: count }, (_, i) => `${prefix}${i + 1},Nguyễn Văn Hùng,12/03/1968,Nam,,Tổ dân phố 1,Có,Có,Có,Có,x,x,x,x,x`);
const candidateCsv = (count: number, prefix = 'HX-'): string => `${[CANDIDATE_HEADER, ...candidateLines(count, prefix)].join('\n')}\n`;

/** The three commands that take --out, each with an input file of its kind (in `tmp`) and its options. */
const COMMANDS = [
  { command: 'check', input: 'ung-cu-vien.csv', source: () => readFileSync(fixture('utf8.csv')), args: HUONG_XUAN },
  { command: 'tally', input: 'bien-ban.csv', source: () => readFileSync(join(EXAMPLES, 'meetings.csv')), args: [] as string[] },
  { command: 'report', input: 'thon-to.csv', source: () => readFileSync(join(EXAMPLES, 'units.csv')), args: ['--as-of', '2021-11-15'] },
] as const;

/** Expects an output error with its system code, in words (the catalogue's), and never the "report a bug" message. */
function expectOutputError(result: Finished, code: string): void {
  expect(result.code, result.stderr).toBe(2);
  expect(result.stderr).toContain(cliMessage(`cli.output-reason.${code.toLowerCase()}` as Parameters<typeof cliMessage>[0]));
  expect(result.stderr).toContain(`(mã lỗi ${code})`);
  expect(result.stderr).not.toContain(cliMessage('cli.internal-error', { reason: '' }).slice(0, 20));
}

const outputIsInput = cliMessage('cli.output-is-input', { file: '@@' }).split('@@')[1]!;

// ─── Exit codes ──────────────────────────────────────────────────────────────

describe('a run that did not complete never exits 0', () => {
  it('a reader that waits for data that never comes (the event loop empties first): exit 2, the input named, --out left as it was', async () => {
    const dir = mkdtempSync(join(tmp, 'stall-'));
    // Standard input replaced by a stream that gives a header and one row, then neither ends nor keeps the process alive:
    // what exceljs does on a truncated zip, for any reader.
    const preload = join(dir, 'stalled-stdin.mjs');
    writeFileSync(
      preload,
      `import { Readable } from 'node:stream';\nconst stdin = new Readable({ read() {} });\nstdin.push(${JSON.stringify(candidateCsv(1))});\nObject.defineProperty(process, 'stdin', { configurable: true, get: () => stdin });\n`,
    );
    const out = join(dir, 'ket-qua.csv');
    writeFileSync(out, 'OLD');
    const result = await run(['check', '-', ...HUONG_XUAN, '--out', out], { nodeArgs: ['--import', preload] });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(cliMessage('cli.unfinished', { file: '-' }));
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(temporaries(dir)).toEqual([]);
  });

  it('a workbook cut at 50 % (an interrupted download of 5,000 rows): exit 2 naming the file, no --out written', async () => {
    const dir = mkdtempSync(join(tmp, 'cut-'));
    const whole = join(dir, 'whole.xlsx');
    const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: whole, useSharedStrings: false });
    const sheet = workbook.addWorksheet('Danh sách');
    sheet.addRow(CANDIDATE_HEADER.split(',')).commit();
    for (const line of candidateLines(5000, 'HX-')) sheet.addRow(line.split(',')).commit();
    sheet.commit();
    await workbook.commit();
    const bytes = readFileSync(whole);
    const cut = join(dir, 'danh-sach-cat.xlsx');
    writeFileSync(cut, bytes.subarray(0, Math.floor(bytes.length / 2)));
    const out = join(dir, 'ket-qua.csv');
    const result = await run(['check', cut, ...HUONG_XUAN, '--out', out]);
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain('danh-sach-cat.xlsx');
    expect(existsSync(out)).toBe(false);
    expect(temporaries(dir)).toEqual([]);
  });

  it('a reader that closes stdout early (| head -1) is not success: exit 2, cli.output-error EPIPE, reading stops', async () => {
    const input = join(tmp, 'many.csv');
    writeFileSync(input, candidateCsv(20_000));
    const { child, finished } = start(['check', input, ...HUONG_XUAN, '--format', 'ndjson']);
    child.stdin!.end();
    child.stdout!.once('data', () => child.stdout!.destroy());
    const result = await finished;
    expectOutputError(result, 'EPIPE');
    expect(result.stderr).toContain(cliMessage('cli.output-stdout'));
  });

  it('in process too: main returns 2 with cli.output-error when stdout fails (EPIPE), never the code of the rows written so far', async () => {
    const input = join(tmp, 'some.csv');
    writeFileSync(input, candidateCsv(20));
    const stdout = new Writable({
      write(_chunk, _encoding, callback) {
        callback(Object.assign(new Error('broken pipe'), { code: 'EPIPE' }));
      },
    });
    let said = '';
    const stderr = new Writable({
      write(chunk, _encoding, callback) {
        said += String(chunk);
        callback();
      },
    });
    const code = await main(['node', 'truongthon', 'check', input, ...HUONG_XUAN, '--format', 'ndjson'], { stdout, stderr, env: {}, today: () => '2025-01-01' });
    expect(code).toBe(2);
    expect(said).toContain(`${cliMessage('cli.output-reason.epipe')} (mã lỗi EPIPE)`);
  });
});

// ─── Atomic output ───────────────────────────────────────────────────────────

describe('--out is written whole or not at all', () => {
  it('a completed run leaves the output and no temporary file; a symbolic link at --out still points at the file it names', async () => {
    const dir = mkdtempSync(join(tmp, 'done-'));
    const input = join(dir, 'ung-cu-vien.csv');
    writeFileSync(input, candidateCsv(3));
    const real = join(dir, 'that.ndjson');
    writeFileSync(real, 'OLD');
    const link = join(dir, 'link.ndjson');
    symlinkSync(real, link);
    const result = await run(['check', input, ...HUONG_XUAN, '--out', link]);
    expect(result.code, result.stderr).toBe(0);
    expect(lstatSync(link).isSymbolicLink()).toBe(true);
    expect(readFileSync(real, 'utf8').trim().split('\n').map((line) => JSON.parse(line).id)).toEqual(['HX-1', 'HX-2', 'HX-3']);
    expect(temporaries(dir)).toEqual([]);
  });

  it.each(['SIGINT', 'SIGTERM', 'SIGHUP'] as const)('%s mid-run: the temporary file is removed, the earlier file at --out is untouched, the process ends by the signal', async (signal) => {
    const dir = mkdtempSync(join(tmp, `signal-${signal}-`));
    const out = join(dir, 'ket-qua.csv');
    writeFileSync(out, 'OLD');
    // Standard input stays open: the run is certainly under way when the signal comes.
    const { child, finished } = start(['check', '-', ...HUONG_XUAN, '--out', out]);
    child.stdin!.write(candidateCsv(2000));
    await until(() => temporaries(dir).length > 0 || readFileSync(out, 'utf8') !== 'OLD');
    child.kill(signal);
    const result = await finished;
    expect(result.signal).toBe(signal);
    expect(result.code).toBeNull();
    expect(result.stderr).toContain(cliMessage('cli.interrupted', { signal }));
    expect(readFileSync(out, 'utf8')).toBe('OLD');
    expect(temporaries(dir)).toEqual([]);
  });

  it('two runs writing the same --out never mix: the file is the whole output of the run that finished last', async () => {
    const dir = mkdtempSync(join(tmp, 'concurrent-'));
    const out = join(dir, 'ket-qua.csv');
    writeFileSync(out, 'OLD');
    const inputA = candidateCsv(3000, 'A-');
    const inputB = candidateCsv(1000, 'B-');
    // What A writes alone.
    const alone = join(dir, 'a-alone.csv');
    writeFileSync(join(dir, 'a.csv'), inputA);
    expect((await run(['check', join(dir, 'a.csv'), ...HUONG_XUAN, '--out', alone])).code).toBe(0);
    const a = start(['check', '-', ...HUONG_XUAN, '--out', out]);
    const b = start(['check', '-', ...HUONG_XUAN, '--out', out]);
    a.child.stdin!.write(inputA);
    b.child.stdin!.write(inputB);
    // Both are writing at the same time.
    await until(() => temporaries(dir).length === 2 || readFileSync(out, 'utf8') !== 'OLD');
    expect(temporaries(dir)).toHaveLength(2);
    b.child.stdin!.end();
    expect((await b.finished).code).toBe(0);
    a.child.stdin!.end();
    expect((await a.finished).code).toBe(0);
    const written = readFileSync(out);
    expect(written.includes(0)).toBe(false);
    expect(written.equals(readFileSync(alone))).toBe(true);
    expect(temporaries(dir)).toEqual([]);
  });

  describe.each(COMMANDS)('$command: output errors are cli.output-error with the system code, exit 2', ({ command, input, source, args }) => {
    const dir = join(tmp, `errors-${command}`);
    const file = join(dir, input);
    beforeAll(() => {
      mkdirSync(dir, { recursive: true });
      writeFileSync(file, source());
    });

    it.skipIf(!existsSync('/dev/full'))(`--out /dev/full (ENOSPC on write)${existsSync('/dev/full') ? '' : ' — skipped: this system has no /dev/full'}`, async () => {
      expectOutputError(await run([command, file, ...args, '--out', '/dev/full', '--format', 'csv']), 'ENOSPC');
      expectOutputError(await run([command, file, ...args, '--out', '/dev/full', '--format', 'json']), 'ENOSPC');
      expectOutputError(await run([command, file, ...args, '--out', '/dev/full', '--format', 'xlsx']), 'ENOSPC');
    });

    it('--out in a folder that does not exist (ENOENT), naming the file', async () => {
      const out = join(dir, 'no-such-folder', 'ket-qua.csv');
      const result = await run([command, file, ...args, '--out', out]);
      expectOutputError(result, 'ENOENT');
      expect(result.stderr).toContain(out);
      expect(result.stdout).toBe('');
    });

    it('--out naming a folder (EISDIR)', async () => {
      expectOutputError(await run([command, file, ...args, '--out', dir]), 'EISDIR');
    });
  });

  // Permissions do not bind root: as root the run is made as the user nobody.
  const nobody = isRoot && linux ? 65534 : undefined;
  const canDenyWrite = process.platform !== 'win32';
  it.skipIf(!canDenyWrite)(`a folder without write permission (EACCES)${canDenyWrite ? '' : ' — skipped: folder permissions are not POSIX here'}`, async () => {
    const dir = mkdtempSync(join(tmp, 'readonly-'));
    chmodSync(dir, 0o755);
    const input = join(dir, 'ung-cu-vien.csv');
    writeFileSync(input, candidateCsv(3));
    const locked = join(dir, 'locked');
    mkdirSync(locked);
    chmodSync(locked, 0o555);
    const result = await run(['check', input, ...HUONG_XUAN, '--out', join(locked, 'ket-qua.csv')], nobody === undefined ? {} : { uid: nobody });
    expectOutputError(result, 'EACCES');
    expect(readdirSync(locked)).toEqual([]);
  });
});

// ─── A file system that fills up, or is read-only ───────────────────────────

/** Mounts a small tmpfs (root on Linux); `undefined` when this machine will not. */
function mountTmpfs(dir: string, options: string): string | undefined {
  if (!isRoot || !linux) return undefined;
  mkdirSync(dir, { recursive: true });
  const mounted = spawnSync('mount', ['-t', 'tmpfs', '-o', options, 'tmpfs', dir], { stdio: 'ignore' });
  return mounted.status === 0 ? dir : undefined;
}

const full = mountTmpfs(join(tmp, 'full'), 'size=64k');
const readOnly = mountTmpfs(join(tmp, 'ro'), 'ro,size=64k');
afterAll(() => {
  for (const dir of [full, readOnly]) if (dir) spawnSync('umount', [dir], { stdio: 'ignore' });
});
const noMount = ' — skipped: mounting a tmpfs needs root on Linux, and it failed or is not available here';

describe('a file system that fills up or is read-only', () => {
  it.skipIf(full === undefined)(`a 64 KiB tmpfs that fills up mid-run: ENOSPC, the earlier file untouched, no temporary file left${full ? '' : noMount}`, async () => {
    const input = join(tmp, 'fills.csv');
    writeFileSync(input, candidateCsv(5000));
    const out = join(full!, 'ket-qua.csv');
    writeFileSync(out, 'OLD');
    for (const format of ['csv', 'ndjson', 'xlsx']) {
      const result = await run(['check', input, ...HUONG_XUAN, '--out', out, '--format', format]);
      expectOutputError(result, 'ENOSPC');
      expect(readFileSync(out, 'utf8')).toBe('OLD');
      expect(temporaries(full!)).toEqual([]);
    }
  });

  it.skipIf(readOnly === undefined)(`a read-only file system: EROFS${readOnly ? '' : noMount}`, async () => {
    const input = join(tmp, 'small.csv');
    writeFileSync(input, candidateCsv(3));
    expectOutputError(await run(['check', input, ...HUONG_XUAN, '--out', join(readOnly!, 'ket-qua.csv')]), 'EROFS');
  });
});

// ─── The input is never the output ───────────────────────────────────────────

describe.each(COMMANDS)('$command: an --out that is the input is refused and the input is left intact', ({ command, input, source, args }) => {
  const dir = join(tmp, `same-${command}`);
  const file = join(dir, input);
  let bytes: Buffer;
  beforeAll(() => {
    mkdirSync(dir, { recursive: true });
    bytes = source();
    writeFileSync(file, bytes);
    symlinkSync(file, join(dir, 'symlink.csv'));
    linkSync(file, join(dir, 'hardlink.csv'));
  });

  const refused = async (out: string, options: Parameters<typeof start>[1] = {}, inputArg = file) => {
    const result = await run([command, inputArg, ...args, '--out', out], { cwd: dir, ...options });
    expect(result.code, result.stderr).toBe(2);
    expect(result.stderr).toContain(outputIsInput);
    expect(result.stderr).toContain(out);
    expect(result.stdout).toBe('');
    expect(readFileSync(file).equals(bytes)).toBe(true);
    expect(readdirSync(dir).sort()).toEqual(['hardlink.csv', input, 'symlink.csv'].sort());
  };

  it('the same path, absolute or relative', async () => {
    await refused(file);
    await refused(input, {}, input);
    await refused(`./${input}`, {}, input);
  });

  it('a symbolic link to the input', () => refused(join(dir, 'symlink.csv')));

  it('a hard link to the input', () => refused(join(dir, 'hardlink.csv')));

  it.skipIf(!existsSync('/proc/self/cwd'))(`/proc/self/cwd/<input>${existsSync('/proc/self/cwd') ? '' : ' — skipped: no /proc on this system'}`, () => refused(`/proc/self/cwd/${input}`));

  it('standard input redirected from the --out file', async () => {
    const fd = openSync(file, 'r');
    try {
      await refused(file, { stdin: fd }, '-');
    } finally {
      closeSync(fd);
    }
  });
});

it('the input and an unrelated output in the same folder are both fine (no false refusal)', async () => {
  const dir = mkdtempSync(join(tmp, 'distinct-'));
  const input = join(dir, 'ung-cu-vien.csv');
  writeFileSync(input, candidateCsv(2));
  const result = await run(['check', input, ...HUONG_XUAN, '--out', join(dir, 'ung-cu-vien.ket-qua.csv')]);
  expect(result.code, result.stderr).toBe(0);
  expect(statSync(join(dir, 'ung-cu-vien.ket-qua.csv')).size).toBeGreaterThan(0);
});
