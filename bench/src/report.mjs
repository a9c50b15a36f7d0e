/**
 * Issue 6, part 3: the secretary-also-leader report (issue 3) over 100k and
 * 200k generated units: target < 0.5 s at 100k, and linear (200k ≈ 2× 100k).
 *
 * The report API is being written (issue 3). This file finds it among the
 * exports of the BUILT @truongthon/rules (then @truongthon/core) and prints
 * "skipped: …" when there is none. HOOK: once the API lands, set its name in
 * REPORT_EXPORTS and map a generated unit to its input in `toReportInput`.
 */
import { fmtInt, fmtMs, fmtRatio, median, table } from './util.mjs';
import { generateUnits } from './generate.mjs';
import { collect } from './util.mjs';

/** Names the report function may have, most likely first; any other exported function named *report* (not format*) is tried last. */
export const REPORT_EXPORTS = ['secretaryAlsoLeaderReport', 'secretaryLeaderReport', 'secretaryReport'];
/** Options passed to it: the report is made on Kon Tum's deadline (units then still had districts). */
export const REPORT_OPTIONS = { asOf: '2021-12-01' };

/**
 * A generated unit (see generateUnits) → the report's input record. HOOK:
 * adjust to the field names of the report's unit schema.
 * @param {ReturnType<typeof generateUnits>[number]} u
 */
export function toReportInput(u) {
  return u;
}

async function findReport() {
  for (const spec of ['@truongthon/rules', '@truongthon/core']) {
    let mod;
    try {
      mod = await import(spec);
    } catch {
      continue;
    }
    for (const name of REPORT_EXPORTS) if (typeof mod[name] === 'function') return { spec, name, fn: mod[name] };
    const other = Object.keys(mod).find((k) => typeof mod[k] === 'function' && /report/iu.test(k) && !/^(format|render|to|is|list)/u.test(k));
    if (other) return { spec, name: other, fn: mod[other] };
  }
  return undefined;
}

/** What the result says about failures, if it says anything we recognise. */
function rejected(result, n) {
  if (result == null) return 'returned nothing';
  if (result.ok === false) return `ok: false (${JSON.stringify(result.issues ?? result.error ?? '').slice(0, 200)})`;
  if (typeof result.counted === 'number' && result.counted !== n) return `counted ${result.counted} of ${n} units (first issues: ${JSON.stringify((result.issues ?? []).slice(0, 2))})`;
  return undefined;
}

/**
 * @param {{ log?: (s: string) => void, reps?: number }} [options]
 */
export async function benchReport(options = {}) {
  const log = options.log ?? console.log;
  const reps = options.reps ?? 5;
  const found = await findReport();
  if (!found) {
    log('skipped: no report function exported from the built @truongthon/rules or @truongthon/core (issue 3 not landed; see REPORT_EXPORTS in bench/src/report.mjs)');
    return { skipped: 'report API missing' };
  }
  const sizes = [100_000, 200_000];
  const inputs = Object.fromEntries(sizes.map((n) => [n, generateUnits(n).map(toReportInput)]));
  const call = (units) => found.fn(units, REPORT_OPTIONS);
  // The hot path without parsing, when exported: buildSecretaryReport over records parsed beforehand.
  const [rules, core] = await Promise.all([import('@truongthon/rules'), import('@truongthon/core')]);
  const build = typeof rules.buildSecretaryReport === 'function' && core.unitRecordSchema ? rules.buildSecretaryReport : undefined;
  const preParsed = build
    ? Object.fromEntries(sizes.map((n) => [n, inputs[n].map((u, index) => { const r = core.parseInput(core.unitRecordSchema, u); return r.ok ? { unit: r.value, index } : undefined; }).filter(Boolean)]))
    : undefined;
  // warm-up, and a check that the input is understood
  let warm;
  try {
    warm = call(inputs[100_000].slice(0, 5000));
  } catch (error) {
    log(`skipped: ${found.spec} ${found.name}() threw on the generated units (${error instanceof Error ? error.message.slice(0, 200) : String(error)}); adapt toReportInput in bench/src/report.mjs`);
    return { skipped: `${found.name} threw` };
  }
  const why = rejected(warm, 5000);
  if (why) {
    log(`skipped: ${found.spec} ${found.name}() rejected the generated units: ${why}; adapt toReportInput in bench/src/report.mjs`);
    return { skipped: `${found.name} rejected input` };
  }
  /** @type {Record<string, Record<number, number[]>>} */
  const times = { full: { 100_000: [], 200_000: [] }, build: { 100_000: [], 200_000: [] } };
  const timeOne = (what, n) => {
    collect();
    const t0 = performance.now();
    const result = what === 'full' ? call(inputs[n]) : build(preParsed[n], REPORT_OPTIONS);
    times[what][n].push(performance.now() - t0);
    const bad = rejected(result, n);
    if (bad) throw new Error(`report on ${n} units: ${bad}`);
  };
  // one untimed 100k run each; a slow report gets fewer repetitions so the suite stays within its time budget
  timeOne('full', 100_000);
  if (build) timeOne('build', 100_000);
  const runs = times.full[100_000][0] > 2000 ? 1 : reps;
  times.full[100_000] = [];
  if (build) times.build[100_000] = [];
  for (let r = 0; r < runs; r++) {
    for (const n of r % 2 === 0 ? sizes : [...sizes].reverse()) {
      timeOne('full', n);
      if (build) timeOne('build', n);
    }
  }
  const t100 = median(times.full[100_000]);
  const t200 = median(times.full[200_000]);
  const rows = [['full', `${found.name}() (parse + report)`]];
  if (build) rows.push(['build', 'buildSecretaryReport() on records parsed beforehand']);
  log('');
  log(`Report: @truongthon/rules over generated units (asOf ${REPORT_OPTIONS.asOf}), median of ${runs} interleaved run(s) after one untimed run.`);
  log('');
  log(
    table(
      ['what', 'units', 'time (median)', 'min – max', 'units/s', '200k / 100k'],
      rows.flatMap(([key, label]) =>
        sizes.map((n) => [label, fmtInt(n), fmtMs(median(times[key][n])), `${fmtMs(Math.min(...times[key][n]))} – ${fmtMs(Math.max(...times[key][n]))}`, fmtInt((n * 1000) / median(times[key][n])), n === 200_000 ? fmtRatio(median(times[key][n]) / median(times[key][100_000])) : '']),
      ),
      ['l', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  log('');
  const ratio = t200 / t100;
  log(`target  100k units < 0.5 s: ${found.name}() ${fmtMs(t100)} ${t100 < 500 ? 'MET' : 'MISSED'}${build ? `; without parsing ${fmtMs(median(times.build[100_000]))} ${median(times.build[100_000]) < 500 ? 'MET' : 'MISSED'}` : ''}`);
  log(`target  linear: 200k / 100k = ${fmtRatio(ratio)} (2× is linear; ≤ 2.5× accepted, below 2× is warm-up) ${ratio <= 2.5 ? 'MET' : 'MISSED'}`);
  return { name: found.name, t100, t200, ratio, build100: build ? median(times.build[100_000]) : undefined, build200: build ? median(times.build[200_000]) : undefined };
}
