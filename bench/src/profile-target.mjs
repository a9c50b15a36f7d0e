#!/usr/bin/env node
/**
 * A steady loop over one hot path, to run under `node --cpu-prof` and read
 * with profile-summary.mjs:
 *
 *   node --cpu-prof --cpu-prof-dir=/tmp/prof bench/src/profile-target.mjs check
 *   node bench/src/profile-summary.mjs /tmp/prof/*.cpuprofile
 *
 * Targets: check (checkCandidate), parse (candidate parsing), eval
 * (evaluateCandidate on parsed candidates), report (secretaryAlsoLeaderReport).
 * Runs for SECONDS (default 6) and prints the time per operation.
 */
import * as core from '@truongthon/core';
import * as rules from '@truongthon/rules';
import { ELECTION, generateCandidates, generateUnits } from './generate.mjs';

const target = process.argv[2] ?? 'check';
const seconds = Number(process.env.SECONDS ?? 6);
const parse = core.parseCandidate ?? ((c) => core.parseInput(core.candidateSchema, c));
const raw = target === 'report' ? [] : generateCandidates(20_000);
const parsed = target === 'eval' ? raw.map((c) => parse(c).value) : [];
const units = target === 'report' ? generateUnits(20_000) : [];
const context = { ...ELECTION };

/** @type {Record<string, () => number>} one pass, returning the operations done */
const passes = {
  check: () => {
    for (const c of raw) rules.checkCandidate(c, context);
    return raw.length;
  },
  parse: () => {
    for (const c of raw) parse(c);
    return raw.length;
  },
  eval: () => {
    for (const c of parsed) rules.evaluateCandidate(c, context);
    return parsed.length;
  },
  report: () => {
    rules.secretaryAlsoLeaderReport(units, { asOf: '2021-12-01' });
    return units.length;
  },
};
const pass = passes[target];
if (!pass) {
  console.error(`unknown target ${target}; choose from ${Object.keys(passes).join(', ')}`);
  process.exit(2);
}
let ops = 0;
const t0 = performance.now();
while (performance.now() - t0 < seconds * 1000) ops += pass();
console.log(`${target}: ${(((performance.now() - t0) * 1e6) / ops).toFixed(0)} ns per operation (${ops} operations)`);
