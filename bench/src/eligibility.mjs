/**
 * Issue 6, part 1: core eligibility throughput, truongthon against
 * json-rules-engine and a hand-written if-chain, in one process, interleaved
 * and repeated; plus a verdict-by-verdict agreement check over the whole
 * generated population.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { candidateSchema, parseInput } from '@truongthon/core';
import { checkCandidate, createCandidateChecker, evaluateCandidate } from '@truongthon/rules';
import { makeHandChain, makeHandChainSplit, makeJsonRulesEngine } from './baselines.mjs';
import { ELECTION, generateCandidates, SEED } from './generate.mjs';
import { collect, fmtInt, fmtRate, fmtRatio, median, table } from './util.mjs';

const VERDICTS = ['eligible', 'ineligible', 'undetermined', 'invalid'];
const now = performance.now.bind(performance);
const cpuUsage = process.cpuUsage.bind(process);

/**
 * Each implementation gets its own sampler function (compiled separately), so
 * the call site `fn(data[i])` stays monomorphic and the harness costs the
 * same few nanoseconds for every contestant.
 */
function syncSampler() {
  return new Function(
    'fn',
    'data',
    'budget',
    'start',
    'now',
    'cpu',
    `const n = data.length; let i = start, ops = 0, eligible = 0; const c0 = cpu(); const t0 = now(); let t = t0;
     do {
       for (let k = 0; k < 256; k++) { if (fn(data[i]) === 'eligible') eligible++; if (++i === n) i = 0; }
       ops += 256; t = now();
     } while (t - t0 < budget);
     const c = cpu(c0);
     return { ops, ms: t - t0, cpuMs: (c.user + c.system) / 1000, next: i, eligible };`,
  );
}

function asyncSampler() {
  const AsyncFunction = (async () => {}).constructor;
  return new AsyncFunction(
    'fn',
    'data',
    'budget',
    'start',
    'now',
    'cpu',
    `const n = data.length; let i = start, ops = 0, eligible = 0; const c0 = cpu(); const t0 = now(); let t = t0;
     do {
       for (let k = 0; k < 64; k++) { if ((await fn(data[i])) === 'eligible') eligible++; if (++i === n) i = 0; }
       ops += 64; t = now();
     } while (t - t0 < budget);
     const c = cpu(c0);
     return { ops, ms: t - t0, cpuMs: (c.user + c.system) / 1000, next: i, eligible };`,
  );
}

/**
 * `compare`: another checkout (or a worktree with a proposed change) whose
 * built packages/{core,rules}/dist run side by side in the same process, as
 * extra rows marked "compare:" (for before/after figures in one run).
 * @param {{ candidates?: number, rounds?: number, budgetMs?: number, compare?: string, log?: (s: string) => void }} [options]
 */
export async function benchEligibility(options = {}) {
  const n = options.candidates ?? 100_000;
  const rounds = options.rounds ?? 15;
  const budgetMs = options.budgetMs ?? 150;
  const log = options.log ?? console.log;

  const t0 = now();
  const raw = generateCandidates(n, SEED);
  const tGen = now() - t0;
  const parsed = raw.map((c, i) => {
    const r = parseInput(candidateSchema, c);
    if (!r.ok) throw new Error(`generated candidate ${i} does not parse: ${JSON.stringify(r.issues)}`);
    return r.value;
  });
  log(`generated ${fmtInt(n)} candidates (seed 0x${SEED.toString(16)}) in ${(tGen / 1000).toFixed(2)} s; election ${ELECTION.electionDate}, province ${ELECTION.province}`);

  const context = { electionDate: ELECTION.electionDate, province: ELECTION.province };
  const evalContext = { electionDate: ELECTION.electionDate };
  const noTrace = { trace: false };
  const batch = createCandidateChecker(noTrace);
  const hand = makeHandChain(ELECTION.electionDate);
  const handSplit = makeHandChainSplit(ELECTION.electionDate);
  const jre = makeJsonRulesEngine(ELECTION.electionDate);

  /** @type {{ key: string, name: string, data: unknown[], fn: (c: any) => any, async?: boolean, truongthon?: boolean }[]} */
  const impls = [
    { key: 'check', name: 'truongthon checkCandidate (parse + evaluate, trace)', data: raw, fn: (c) => checkCandidate(c, context).verdict, truongthon: true },
    { key: 'check-notrace', name: 'truongthon checkCandidate (parse + evaluate, trace: false)', data: raw, fn: (c) => checkCandidate(c, context, noTrace).verdict, truongthon: true },
    { key: 'batch-notrace', name: 'truongthon createCandidateChecker (parse + evaluate, trace: false)', data: raw, fn: (c) => batch(c, context).verdict, truongthon: true },
    { key: 'eval', name: 'truongthon evaluateCandidate (pre-parsed, trace)', data: parsed, fn: (c) => evaluateCandidate(c, evalContext).verdict, truongthon: true },
    { key: 'eval-notrace', name: 'truongthon evaluateCandidate (pre-parsed, trace: false)', data: parsed, fn: (c) => evaluateCandidate(c, evalContext, noTrace).verdict, truongthon: true },
    { key: 'jre', name: 'json-rules-engine 7.3.1 (same rules, facts per candidate)', data: parsed, fn: jre, async: true },
    { key: 'hand', name: 'hand-written if-chain (practical limit: no findings, no trace)', data: parsed, fn: hand },
    ...(await compareImpls(options.compare, raw, context, evalContext, log)),
    { key: 'hand-split', name: 'hand-written if-chain, date split per call (context only)', data: parsed, fn: handSplit },
  ];

  // 1. Agreement over every candidate (this full pass is also the warm-up).
  /** @type {Map<string, Uint8Array>} */
  const verdicts = new Map();
  for (const impl of impls) {
    const codes = new Uint8Array(n);
    const start = now();
    for (let i = 0; i < n; i++) {
      const v = impl.async ? await impl.fn(impl.data[i]) : impl.fn(impl.data[i]);
      const code = VERDICTS.indexOf(v);
      if (code < 0) throw new Error(`${impl.key} returned ${String(v)}`);
      codes[i] = code;
    }
    impl.firstPassMs = now() - start;
    verdicts.set(impl.key, codes);
  }
  const reference = verdicts.get('check');
  const distribution = VERDICTS.map((v, code) => [v, reference.reduce((acc, c) => acc + (c === code ? 1 : 0), 0)]).filter(([, count]) => count > 0);
  log(`verdicts (checkCandidate): ${distribution.map(([v, count]) => `${v} ${fmtInt(count)} (${((100 * count) / n).toFixed(1)} %)`).join(', ')}`);
  /** @type {{ key: string, disagreements: number, examples: number[] }[]} */
  const agreement = [];
  for (const impl of impls.slice(1)) {
    const codes = verdicts.get(impl.key);
    const examples = [];
    let count = 0;
    for (let i = 0; i < n; i++) {
      if (codes[i] !== reference[i]) {
        count++;
        if (examples.length < 5) examples.push(i);
      }
    }
    agreement.push({ key: impl.key, disagreements: count, examples });
  }
  const totalDisagreements = agreement.reduce((acc, a) => acc + a.disagreements, 0);
  log(`agreement with checkCandidate over all ${fmtInt(n)} candidates: ${agreement.map((a) => `${a.key} ${a.disagreements}`).join(', ')} disagreements${totalDisagreements === 0 ? ' (all agree)' : ''}`);
  for (const a of agreement) {
    for (const i of a.examples) {
      log(`  DISAGREEMENT #${i} ${a.key}=${VERDICTS[verdicts.get(a.key)[i]]} check=${VERDICTS[reference[i]]}: ${JSON.stringify(raw[i])}`);
    }
  }

  // 2. Interleaved, repeated, time-boxed samples; the order rotates every round.
  for (const impl of impls) {
    impl.sampler = impl.async ? asyncSampler() : syncSampler();
    impl.rates = [];
    impl.cpuRates = [];
    impl.next = 0;
    impl.sink = 0;
  }
  for (let round = 0; round < rounds; round++) {
    for (let j = 0; j < impls.length; j++) {
      const impl = impls[(round + j) % impls.length];
      collect();
      const s = await impl.sampler(impl.fn, impl.data, budgetMs, impl.next, now, cpuUsage);
      impl.next = s.next;
      impl.sink += s.eligible;
      impl.rates.push((s.ops * 1000) / s.ms);
      impl.cpuRates.push((s.ops * 1000) / s.cpuMs);
    }
  }

  const rate = Object.fromEntries(impls.map((impl) => [impl.key, median(impl.rates)]));
  const cpuRate = Object.fromEntries(impls.map((impl) => [impl.key, median(impl.cpuRates)]));
  // Ratios are taken within each round (samples seconds apart), then the median over rounds:
  // a burst of load from elsewhere hits one round's samples alike and cancels out of its ratios.
  const byKey = Object.fromEntries(impls.map((impl) => [impl.key, impl]));
  /** @param {string} a @param {string} b @param {'rates' | 'cpuRates'} [which] median over rounds of a's rate / b's rate */
  const ratio = (a, b, which = 'rates') => median(byKey[a][which].map((r, i) => r / byKey[b][which][i]));
  const rows = impls.map((impl) => {
    const r = rate[impl.key];
    const spread = `${fmtRate(Math.min(...impl.rates))} – ${fmtRate(Math.max(...impl.rates))}`;
    const perCheck = 1e9 / r;
    return [
      impl.name,
      fmtRate(r),
      spread,
      perCheck >= 10_000 ? `${(perCheck / 1000).toFixed(1)} µs` : `${perCheck.toFixed(0)} ns`,
      impl.key === 'jre' ? '1×' : fmtRatio(ratio(impl.key, 'jre')),
      impl.key === 'hand' ? '1×' : fmtRatio(ratio('hand', impl.key)),
      impl.key === 'jre' ? '1×' : fmtRatio(ratio(impl.key, 'jre', 'cpuRates')),
      impl.key === 'hand' ? '1×' : fmtRatio(ratio('hand', impl.key, 'cpuRates')),
    ];
  });
  log('');
  log(`Eligibility throughput: ${fmtInt(n)} candidates, ${rounds} rounds; in each round every implementation runs for ${budgetMs} ms, in rotating order (after a full warm-up pass).`);
  log('checks/s: median over rounds. Ratios: median over rounds of the ratio within the round. "× faster" = checks/s over json-rules-engine\'s; "× slower" = the hand-written chain\'s checks/s over this one\'s. CPU columns: the same from process CPU time instead of wall time.');
  log('');
  log(
    table(
      ['implementation', 'checks/s', 'min – max', 'per check', '× faster than json-rules-engine', '× slower than hand-written', 'CPU: × faster than jre', 'CPU: × slower than hand'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  log('');
  const targets = ['eval', 'eval-notrace', 'check', 'check-notrace', 'batch-notrace', ...impls.filter((i) => i.key.startsWith('cmp-')).map((i) => i.key)].map((key) => {
    const vsJre = ratio(key, 'jre');
    const vsHand = ratio('hand', key);
    return { key, vsJre, vsHand, cpuVsJre: ratio(key, 'jre', 'cpuRates'), cpuVsHand: ratio('hand', key, 'cpuRates') };
  });
  // Issue 14 withdrew the old targets (≥ 50× json-rules-engine, ≤ 3× a hand-written chain): no user can feel them.
  // The ratios stay as context; the budgets that stay are the CLI's, the service's and the widget's.
  log('comparison (no target since issue 14):');
  for (const t of targets) {
    log(`  ${t.key.padEnd(17)}  ${fmtRatio(t.vsJre).padStart(7)} json-rules-engine's throughput    ${fmtRatio(t.vsHand).padStart(7)} slower than the hand-written chain`);
  }
  return {
    n,
    rounds,
    budgetMs,
    rate,
    cpuRate,
    rates: Object.fromEntries(impls.map((i) => [i.key, i.rates])),
    names: Object.fromEntries(impls.map((i) => [i.key, i.name])),
    agreement,
    distribution,
    targets,
    totalDisagreements,
  };
}

/** Rows for another build (see `compare`): checkCandidate and evaluateCandidate from its dist. */
async function compareImpls(dir, raw, context, evalContext, log) {
  if (!dir) return [];
  const url = (pkg) => pathToFileURL(path.resolve(dir, `packages/${pkg}/dist/index.js`)).href;
  const [rules, core] = await Promise.all([import(url('rules')), import(url('core'))]);
  const parse = core.parseCandidate ?? ((c) => core.parseInput(core.candidateSchema, c));
  const parsed = raw.map((c) => parse(c).value);
  const noTrace = { trace: false };
  log(`compare: ${path.resolve(dir)} (its packages/core and packages/rules dist)`);
  return [
    { key: 'cmp-check', name: 'compare: checkCandidate (parse + evaluate, trace)', data: raw, fn: (c) => rules.checkCandidate(c, context).verdict, truongthon: true },
    { key: 'cmp-check-notrace', name: 'compare: checkCandidate (trace: false)', data: raw, fn: (c) => rules.checkCandidate(c, context, noTrace).verdict, truongthon: true },
    { key: 'cmp-eval', name: 'compare: evaluateCandidate (pre-parsed, trace)', data: parsed, fn: (c) => rules.evaluateCandidate(c, evalContext).verdict, truongthon: true },
    { key: 'cmp-eval-notrace', name: 'compare: evaluateCandidate (pre-parsed, trace: false)', data: parsed, fn: (c) => rules.evaluateCandidate(c, evalContext, noTrace).verdict, truongthon: true },
  ];
}
