/**
 * Issue 6, part 2: `truongthon check` end to end on generated CSV files,
 * against a bare csv-parse pass over the same file. Both run as child
 * processes, interleaved; wall time from here, peak RSS from inside the child
 * (a preloaded module reports `process.resourceUsage()` on exit).
 *
 * Needs packages/cli/dist/bin.js (built by `npm run build`); prints
 * "skipped: …" otherwise. Files go to os.tmpdir() and are removed afterwards.
 */
import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdtempSync, openSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkCandidate } from '@truongthon/rules';
import { ELECTION, generateCandidates, SEED, writeCandidatesCsv } from './generate.mjs';
import { fmtBytes, fmtInt, fmtMs, fmtRate, fmtRatio, median, table } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
/** The built CLI; TRUONGTHON_BENCH_CLI points the benchmark at another build (e.g. a scratch copy). */
export const CLI_BIN = process.env.TRUONGTHON_BENCH_CLI ?? path.join(root, 'packages/cli/dist/bin.js');
const PRELOAD = pathToFileURL(path.join(here, 'child-usage.mjs')).href;
const BARE = path.join(here, 'bare-parse.mjs');

/**
 * The CLI invocation (hook: adjust here if the CLI's options change).
 * @param {string} file
 * @param {string[]} [extra]
 */
export function cliArgs(file, extra = ['--format', 'ndjson'], bin = CLI_BIN) {
  return [bin, 'check', file, '--election-date', ELECTION.electionDate, '--province', ELECTION.province, ...extra];
}

/**
 * Runs `node --import child-usage.mjs ...args`, stdout to a file (or /dev/null).
 * @param {string[]} args
 * @param {string} [stdoutFile]
 */
export function runNode(args, stdoutFile = os.devNull) {
  return new Promise((resolve, reject) => {
    const out = openSync(stdoutFile, 'w');
    const start = process.hrtime.bigint();
    const child = spawn(process.execPath, ['--import', PRELOAD, ...args], {
      stdio: ['ignore', out, 'pipe', 'pipe'],
      env: { ...process.env, TRUONGTHON_BENCH_USAGE_FD: '3', NO_COLOR: '1', FORCE_COLOR: '0' },
    });
    let stderr = '';
    let usage = '';
    child.stderr.setEncoding('utf8').on('data', (d) => {
      if (stderr.length < 20_000) stderr += d;
    });
    child.stdio[3].setEncoding('utf8').on('data', (d) => {
      usage += d;
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      closeSync(out);
      const ms = Number(process.hrtime.bigint() - start) / 1e6;
      let parsed;
      try {
        parsed = JSON.parse(usage.trim().split('\n').at(-1));
      } catch {
        parsed = undefined;
      }
      resolve({ code, signal, ms, stderr, usage: parsed });
    });
  });
}

/**
 * `compare`: another checkout whose packages/cli/dist/bin.js runs in the
 * same interleaving (rows marked "compare"), for before/after figures.
 * @param {{ large?: boolean, log?: (s: string) => void, reps?: number, compare?: string }} [options]
 */
export async function benchCli(options = {}) {
  const log = options.log ?? console.log;
  if (!existsSync(CLI_BIN)) {
    log(`skipped: ${path.relative(root, CLI_BIN)} is missing (the CLI is not built: \`npm run build\` builds it)`);
    return { skipped: `${CLI_BIN} missing` };
  }
  const compareBin = options.compare ? path.resolve(options.compare, 'packages/cli/dist/bin.js') : undefined;
  if (compareBin && !existsSync(compareBin)) log(`compare: no ${compareBin}; comparing nothing`);
  const tools = compareBin && existsSync(compareBin) ? ['bare', 'cli', 'compare'] : ['bare', 'cli'];
  const small = 100_000;
  const big = options.large ? 1_000_000 : 300_000;
  const reps = options.reps ?? 3;
  const dir = mkdtempSync(path.join(os.tmpdir(), 'truongthon-bench-'));
  try {
    // 1. Smoke and fidelity: 2,000 rows through the CLI, verdict by verdict against checkCandidate on the same generated objects.
    const smokeFile = path.join(dir, 'smoke.csv');
    const smokeOut = path.join(dir, 'smoke.ndjson');
    await writeCandidatesCsv(smokeFile, 2000, SEED);
    const smoke = await runNode(cliArgs(smokeFile), smokeOut);
    if (smoke.code !== 0 && smoke.code !== 1) {
      log(`skipped: \`truongthon check\` exited with ${smoke.code ?? smoke.signal} on a 2,000-row sample (${smoke.stderr.trim().split('\n').slice(0, 3).join(' / ')}); adjust cliArgs() in bench/src/cli.mjs if its options changed`);
      return { skipped: `CLI exit ${smoke.code}` };
    }
    const lines = readFileSync(smokeOut, 'utf8').split('\n').filter((l) => l.trim() !== '');
    const expected = generateCandidates(2000, SEED).map((c) => checkCandidate(c, ELECTION).verdict);
    let fidelity = 'not checked (output is not NDJSON with a `verdict` per record)';
    let disagreements = 0;
    try {
      const records = lines.map((l) => JSON.parse(l));
      if (records.length !== expected.length) {
        fidelity = `${records.length} records for ${expected.length} rows (expected exactly one per row)`;
        disagreements = Math.abs(records.length - expected.length);
      } else {
        const bad = [];
        records.forEach((r, i) => {
          if (r.verdict !== expected[i]) bad.push(i);
        });
        disagreements = bad.length;
        fidelity = bad.length === 0 ? 'all 2,000 verdicts equal checkCandidate on the same candidates' : `${bad.length} of 2,000 verdicts differ from checkCandidate (first rows: ${bad.slice(0, 5).map((i) => `${i + 1} cli=${records[i].verdict} lib=${expected[i]}`).join('; ')})`;
      }
    } catch {
      // leave the message
    }
    log(`CLI fidelity (CSV round trip): ${fidelity}`);

    // 2. Timed runs.
    const sizes = [small, big];
    /** @type {Record<number, { file: string, bytes: number, cli: any[], bare: any[] }>} */
    const runs = {};
    for (const n of sizes) {
      const file = path.join(dir, `candidates-${n}.csv`);
      const t0 = performance.now();
      await writeCandidatesCsv(file, n, SEED);
      runs[n] = { file, bytes: statSync(file).size, cli: [], bare: [], compare: [] };
      log(`generated ${path.basename(file)}: ${fmtInt(n)} rows, ${fmtBytes(runs[n].bytes)} in ${fmtMs(performance.now() - t0)}`);
    }
    // warm the page cache and the compile cache once per tool
    await runNode([BARE, runs[small].file]);
    for (const n of sizes) {
      const count = n === small ? reps : 1;
      for (let i = 0; i < count; i++) {
        const order = i % 2 === 0 ? tools : [...tools].reverse();
        for (const which of order) {
          const r = which === 'bare' ? await runNode([BARE, runs[n].file]) : await runNode(cliArgs(runs[n].file, undefined, which === 'cli' ? CLI_BIN : compareBin));
          if (which !== 'bare' && r.code !== 0 && r.code !== 1) throw new Error(`truongthon check (${which}) failed on ${n} rows: exit ${r.code ?? r.signal}: ${r.stderr.slice(0, 500)}`);
          runs[n][which].push(r);
        }
      }
    }
    const summary = sizes.map((n) => {
      const cliMs = median(runs[n].cli.map((r) => r.ms));
      const bareMs = median(runs[n].bare.map((r) => r.ms));
      const cliRss = Math.max(...runs[n].cli.map((r) => r.usage?.maxRSS ?? Number.NaN)) * 1024;
      const bareRss = Math.max(...runs[n].bare.map((r) => r.usage?.maxRSS ?? Number.NaN)) * 1024;
      // CPU time (user + system) of the child: less sensitive than wall time to other work on the machine.
      const cpuMs = (r) => ((r.usage?.userCPUTime ?? Number.NaN) + (r.usage?.systemCPUTime ?? Number.NaN)) / 1000;
      const cliCpu = median(runs[n].cli.map(cpuMs));
      const bareCpu = median(runs[n].bare.map(cpuMs));
      const cmp = runs[n].compare.length > 0 ? { ms: median(runs[n].compare.map((r) => r.ms)), cpu: median(runs[n].compare.map(cpuMs)), rss: Math.max(...runs[n].compare.map((r) => r.usage?.maxRSS ?? Number.NaN)) * 1024 } : undefined;
      return { n, bytes: runs[n].bytes, cliMs, bareMs, cliCpu, bareCpu, cpuRatio: cliCpu / bareCpu, cliRss, bareRss, ratio: cliMs / bareMs, runs: runs[n].cli.length, compare: cmp && { ...cmp, ratio: cmp.ms / bareMs, cpuRatio: cmp.cpu / bareCpu } };
    });
    log('');
    log(`CLI \`truongthon check --format ndjson\` (stdout to ${os.devNull}) vs bare csv-parse, median of the runs shown; wall time includes Node start-up for both.`);
    log('');
    const line = (s, label, ms, rss, ratio) => [label, fmtInt(s.n), fmtBytes(s.bytes), String(s.runs), fmtMs(ms), fmtRate((s.n * 1000) / ms), fmtBytes(rss), ratio === undefined ? '1×' : fmtRatio(ratio)];
    log(
      table(
        ['tool', 'rows', 'file', 'runs', 'time', 'rows/s', 'peak RSS', '÷ bare parse'],
        summary.flatMap((s) => [
          line(s, 'bare csv-parse', s.bareMs, s.bareRss),
          line(s, 'truongthon check', s.cliMs, s.cliRss, s.ratio),
          ...(s.compare ? [line(s, 'compare: truongthon check', s.compare.ms, s.compare.rss, s.compare.ratio)] : []),
        ]),
        ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
      ),
    );
    log('');
    const [a, b] = summary;
    const memRatio = b.cliRss / a.cliRss;
    // Issue 14's budget (the one that stays): within 2.5× a bare csv-parse pass of the same file.
    const timeTarget = summary.every((s) => s.ratio <= 2.5);
    log(`target  check ≤ 2.5× bare parse (issue 14): ${summary.map((s) => `${fmtInt(s.n)} rows ${fmtRatio(s.ratio)}`).join(', ')} ${timeTarget ? 'MET' : 'MISSED'}`);
    log(
      `target  peak RSS flat (${fmtInt(b.n)}-row peak ≤ 1.2× ${fmtInt(a.n)}-row peak): ${fmtBytes(b.cliRss)} / ${fmtBytes(a.cliRss)} = ${fmtRatio(memRatio)} ${memRatio <= 1.2 ? 'MET' : 'MISSED'}${options.large ? '' : ' (1M rows only with --large)'}`,
    );
    log(`cpu time  check ÷ bare parse (user + system, medians; less sensitive to load than wall time): ${summary.map((s) => `${fmtInt(s.n)} rows ${fmtRatio(s.cpuRatio)}`).join(', ')}${a.compare ? `; compare ${summary.map((s) => `${fmtInt(s.n)} rows ${fmtRatio(s.compare.cpuRatio)}`).join(', ')}` : ''}`);
    const perRowScale = (b.cliMs / b.n) / (a.cliMs / a.n);
    log(`scaling  time per row at ${fmtInt(b.n)} / at ${fmtInt(a.n)}: ${fmtRatio(perRowScale)} (1× = linear; below 1×: start-up amortised)`);
    if (a.compare) log(`compare  check ÷ bare parse: ${summary.map((s) => `${fmtInt(s.n)} rows ${fmtRatio(s.compare.ratio)}`).join(', ')}; peak RSS ${fmtBytes(b.compare.rss)} / ${fmtBytes(a.compare.rss)} = ${fmtRatio(b.compare.rss / a.compare.rss)}`);
    return { summary, memRatio, timeTarget, fidelity, disagreements, large: Boolean(options.large) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
