#!/usr/bin/env node
/**
 * The benchmark runner of issue 6: `npm run bench` at the root (which builds
 * first). Prints ratios measured in one run; never asserts.
 *
 *   node --expose-gc bench/src/run.mjs [--only eligibility,cli,report,widget,serve,documents] [--large] [--duration S]
 *                                     [--candidates N] [--rounds N] [--json FILE] [--compare DIR]
 *
 *   --large         also run the CLI on 1,000,000 rows (default: 100k and 300k)
 *   --duration S    seconds per autocannon run of the serve section (default 5)
 *   --json FILE     write every figure to FILE as JSON as well
 *   --compare DIR   also run another checkout's built core/rules/cli (e.g. a proposed change) side by side
 *
 * Each flag can also be given as an environment variable (BENCH_LARGE=1, BENCH_ONLY, BENCH_CANDIDATES,
 * BENCH_ROUNDS, BENCH_JSON, BENCH_COMPARE), since `npm run bench` at the root does not pass flags through.
 */
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import { benchCli } from './cli.mjs';
import { benchDocuments } from './documents.mjs';
import { benchEligibility } from './eligibility.mjs';
import { benchReport } from './report.mjs';
import { benchServe } from './serve.mjs';
import { machine } from './util.mjs';
import { benchWidget } from './widget.mjs';

const argv = process.argv.slice(2);
/** A flag's value, or its environment variable (BENCH_ONLY, BENCH_COMPARE, …: flags do not pass through `npm run bench` at the root). */
const value = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : process.env[`BENCH_${name.slice(2).toUpperCase()}`];
};
const SECTIONS = ['eligibility', 'cli', 'report', 'widget', 'serve', 'documents'];
const only = (value('--only') ?? SECTIONS.join(',')).split(',');
const large = argv.includes('--large') || process.env.BENCH_LARGE === '1';
const jsonFile = value('--json');
for (const s of only) {
  if (!SECTIONS.includes(s)) {
    console.error(`unknown section ${s}; choose from ${SECTIONS.join(', ')}`);
    process.exit(2);
  }
}

const m = machine();
const started = performance.now();
console.log(`truongthon benchmarks (issue 6): ${new Date().toISOString()}`);
console.log(`machine: ${m.cpu}, ${m.cores} cores, ${m.memory}; Node ${m.node} (V8 ${m.v8}); ${m.platform}`);
console.log(`load average at start: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}${os.loadavg()[0] > m.cores * 0.5 ? '  (the machine is busy: figures are noisier than usual; ratios from one run still compare like with like)' : ''}`);
if (!globalThis.gc) console.log('note: run with --expose-gc (as `npm run bench` does) to collect garbage between samples');

/** @type {Record<string, unknown>} */
const results = { machine: m, date: new Date().toISOString(), loadavg: os.loadavg() };
const heading = (title) => console.log(`\n## ${title}\n`);

if (only.includes('eligibility')) {
  heading('1. Core eligibility throughput');
  results.eligibility = await benchEligibility({
    candidates: Number(value('--candidates') ?? 100_000),
    rounds: Number(value('--rounds') ?? 15),
    compare: value('--compare'),
  });
}
if (only.includes('cli')) {
  heading(`2. CLI \`truongthon check\` end to end${large ? ' (--large: 1M rows)' : ''}`);
  results.cli = await benchCli({ large, compare: value('--compare') });
}
if (only.includes('report')) {
  heading('3. Secretary-also-leader report');
  results.report = await benchReport();
}
if (only.includes('widget')) {
  heading('4. Widget');
  results.widget = await benchWidget();
}
if (only.includes('serve')) {
  heading('5. HTTP service (`truongthon serve`, loopback)');
  results.serve = await benchServe({ duration: Number(value('--duration') ?? 5) });
}
if (only.includes('documents')) {
  heading('6. Official documents (`truongthon documents`, DOCX)');
  results.documents = await benchDocuments();
}

console.log(`\ndone in ${((performance.now() - started) / 1000).toFixed(0)} s; load average at the end: ${os.loadavg().map((l) => l.toFixed(2)).join(' ')}`);
if (jsonFile) {
  writeFileSync(jsonFile, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`figures written to ${jsonFile}`);
}
