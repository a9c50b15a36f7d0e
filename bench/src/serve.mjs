/**
 * Issue 17: `truongthon serve` over loopback (127.0.0.1 only), bounded in
 * time. Two measures, never asserted:
 *
 * 1. `POST /v1/candidates/check` throughput and p50/p99 latency with
 *    autocannon at 1, 10 and 100 connections, beside two bare Fastify routes
 *    (`bare-fastify.mjs`: the same JSON body parsed, a fixed JSON returned:
 *    ~60 bytes, issue 17's baseline, and the check's own ~2 KB answer) in the
 *    same run, interleaved; each server in its own process. The service
 *    runs as deployed, its access log on (stderr, a pipe to this process).
 * 2. The NDJSON batch (`POST /v1/candidates/check-batch`, shared context in
 *    the query, `trace=false`) of 100,000 and 1,000,000 candidates: the
 *    server's peak RSS (read inside the server process on exit, as the CLI
 *    benchmark does), streamed in and out at once. Lines cycle through a pool
 *    of 10,000 generated candidates, so the client's memory stays flat too.
 *
 * Needs packages/cli/dist/bin.js; prints "skipped: …" otherwise.
 */
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { request } from 'node:http';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import autocannon from 'autocannon';
import { CLI_BIN } from './cli.mjs';
import { ELECTION, generateCandidates } from './generate.mjs';
import { fmtBytes, fmtInt, fmtMs, fmtRate, fmtRatio, table } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const PRELOAD = pathToFileURL(path.join(here, 'child-usage.mjs')).href;

/**
 * Starts a server process (`node --import child-usage.mjs ...args`) and waits for the address it prints.
 * @param {string[]} args
 */
async function startServer(args, env = {}) {
  const child = spawn(process.execPath, ['--import', PRELOAD, ...args], { stdio: ['ignore', 'pipe', 'pipe', 'pipe'], env: { ...process.env, ...env, TRUONGTHON_BENCH_USAGE_FD: '3' } });
  let usage = '';
  child.stdio[3].setEncoding('utf8').on('data', (d) => (usage += d));
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => {
    if (stderr.length < 20_000) stderr += d;
  });
  const exited = new Promise((resolve) => child.on('close', (code, signal) => resolve({ code, signal })));
  const base = await new Promise((resolve, reject) => {
    let out = '';
    child.stdout.setEncoding('utf8').on('data', (d) => {
      out += d;
      const match = /http:\/\/127\.0\.0\.1:\d+/u.exec(out);
      if (match) resolve(match[0]);
    });
    child.on('close', () => reject(new Error(`server exited before listening: ${stderr}`)));
  });
  return {
    base,
    /** SIGTERM, then the exit status and the process's peak RSS (bytes). */
    async stop() {
      child.kill('SIGTERM');
      const status = await exited;
      const parsed = JSON.parse(usage.trim().split('\n').at(-1) ?? 'null');
      return { ...status, maxRSS: parsed ? parsed.maxRSS * 1024 : Number.NaN };
    },
  };
}

/** @param {{ url: string, connections: number, duration: number, body: string }} o */
async function cannon(o) {
  const r = await autocannon({ url: o.url, method: 'POST', connections: o.connections, duration: o.duration, headers: { 'content-type': 'application/json' }, body: o.body });
  return { rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, timeouts: r.timeouts };
}

/**
 * Streams `n` NDJSON lines to the batch route while reading the answer; counts the answer's lines.
 * @param {string} base @param {number} n @param {string[]} pool
 */
function batch(base, n, pool) {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const url = new URL(`${base}/v1/candidates/check-batch?electionDate=${ELECTION.electionDate}&province=${ELECTION.province}&trace=false`);
    const req = request({ host: url.hostname, port: url.port, path: `${url.pathname}${url.search}`, method: 'POST', headers: { 'content-type': 'application/x-ndjson' } });
    let lines = 0;
    let errorLines = 0;
    req.on('response', (res) => {
      let tail = '';
      res.setEncoding('utf8');
      res.on('data', (chunk) => {
        const text = tail + chunk;
        const parts = text.split('\n');
        tail = parts.pop() ?? '';
        lines += parts.length;
        for (const p of parts) if (/^\{"line":\d+,"error"/u.test(p)) errorLines += 1;
      });
      res.on('end', () => resolve({ status: res.statusCode, lines, errorLines, ms: performance.now() - started }));
      res.on('error', reject);
    });
    req.on('error', reject);
    let i = 0;
    const write = () => {
      while (i < n) {
        let chunk = '';
        for (let k = 0; k < 256 && i < n; k++, i++) chunk += pool[i % pool.length];
        if (!req.write(chunk)) {
          req.once('drain', write);
          return;
        }
      }
      req.end();
    };
    write();
  });
}

/**
 * @param {{ log?: (s: string) => void, duration?: number, sizes?: number[] }} [options]
 */
export async function benchServe(options = {}) {
  const log = options.log ?? console.log;
  if (!existsSync(CLI_BIN)) {
    log(`skipped: ${CLI_BIN} is missing (the CLI is not built: \`npm run build\` builds it)`);
    return { skipped: `${CLI_BIN} missing` };
  }
  const duration = options.duration ?? 5;
  const sizes = options.sizes ?? [100_000, 1_000_000];
  const candidates = generateCandidates(10_000);
  const body = JSON.stringify({ candidate: candidates[0], context: ELECTION, today: '2026-12-06' });

  // 1. Throughput and latency, the bare routes and check interleaved at each connection count.
  log(`1. POST /v1/candidates/check against bare Fastify routes (POST, same body, fixed JSON of ~60 bytes and of the check's answer): autocannon, ${duration} s per run, loopback`);
  // As deployed: the access log on (one JSON line a request on stderr, written in batches; read and dropped here).
  const serve = await startServer([CLI_BIN, 'serve', '--port', '0', '--concurrency', '10000']);
  // The second baseline answers the check's own answer to this body, fixed.
  const answer = await (await fetch(`${serve.base}/v1/candidates/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body })).text();
  const bare = await startServer([path.join(here, 'bare-fastify.mjs')], { TRUONGTHON_BENCH_FIXED_ANSWER: answer });
  const routes = [
    { name: 'bare Fastify route, ~60 B', url: `${bare.base}/bare` },
    { name: `bare Fastify route, ${fmtInt(Buffer.byteLength(answer))} B`, url: `${bare.base}/bare-sized` },
    { name: 'truongthon check', url: `${serve.base}/v1/candidates/check` },
  ];
  // Warm-up (JIT), not recorded.
  for (const route of routes) await cannon({ url: route.url, connections: 10, duration: 1, body });
  const rows = [];
  const throughput = [];
  for (const connections of [1, 10, 100]) {
    const runs = [];
    for (const route of routes) runs.push(await cannon({ url: route.url, connections, duration, body }));
    throughput.push({ connections, bare: runs[0], bareSized: runs[1], check: runs[2] });
    routes.forEach((route, i) => {
      const r = runs[i];
      const check = i === 2;
      rows.push([String(connections), route.name, fmtRate(r.rps), `${r.p50} ms`, `${r.p99} ms`, check ? fmtRatio(r.rps / runs[0].rps) : '', check ? fmtRatio(r.rps / runs[1].rps) : '', String(r.non2xx + r.errors + r.timeouts)]);
    });
  }
  const serveStop = await serve.stop();
  await bare.stop();
  log(table(['connections', 'route', 'req/s', 'p50', 'p99', 'of bare 60 B', 'of bare same size', 'non-2xx/errors'], rows, ['r', 'l', 'r', 'r', 'r', 'r', 'r', 'r']));
  log(`(server exit ${serveStop.code ?? serveStop.signal} after SIGTERM)`);

  // 2. Batch memory: a fresh server per size, its peak RSS read on exit.
  log(`\n2. NDJSON batch, peak RSS of the server process (fresh server per size; trace=false; shared context in the query)`);
  const idle = await startServer([CLI_BIN, 'serve', '--port', '0', '--quiet']);
  const idleStop = await idle.stop();
  const pool = candidates.map((c) => `${JSON.stringify({ candidate: c })}\n`);
  const batches = [];
  for (const n of sizes) {
    const server = await startServer([CLI_BIN, 'serve', '--port', '0', '--quiet', '--batch-limit', String(n)]);
    const result = await batch(server.base, n, pool);
    const stop = await server.stop();
    batches.push({ n, ...result, maxRSS: stop.maxRSS, exit: stop.code });
  }
  const first = batches[0];
  log(
    table(
      ['candidates', 'answer lines', 'error lines', 'wall', 'lines/s', 'server peak RSS', 'vs smallest'],
      [
        ['idle server', '', '', '', '', fmtBytes(idleStop.maxRSS), ''],
        ...batches.map((b) => [fmtInt(b.n), fmtInt(b.lines), fmtInt(b.errorLines), fmtMs(b.ms), fmtRate(b.lines / (b.ms / 1000)), fmtBytes(b.maxRSS), fmtRatio(b.maxRSS / first.maxRSS)]),
      ],
      ['l', 'r', 'r', 'r', 'r', 'r', 'r'],
    ),
  );
  return { duration, throughput, idleMaxRSS: idleStop.maxRSS, batches };
}
