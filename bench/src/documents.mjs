/**
 * Issue 16: `truongthon documents` on 1,000 generated meetings (about 3,000
 * DOCX files: count record, resolution, draft decision each), time and peak
 * memory of the whole CLI process, beside the docx library alone packing and
 * writing as many one-paragraph documents (bare-docx.mjs). Target: a whole
 * province's election day (about 800 units) in under a minute. Prints; never
 * asserts.
 */
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { CLI_BIN, runNode } from './cli.mjs';
import { createRng } from './prng.mjs';
import { fmtBytes, fmtInt, fmtMs, fmtRatio, median, table } from './util.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const BARE = path.join(here, 'bare-docx.mjs');

/**
 * N meetings of 2024 (Nghị định 59/2023) in the long CSV format of
 * examples/meetings.csv: 2 or 3 candidates each, some elected, some not,
 * every tenth a household ballot (Mẫu 04). Deterministic.
 */
export function meetingsCsv(n, seed = 0x16) {
  const rng = createRng(seed);
  const rand = () => rng.next();
  const lines = ['Mã biên bản,Ngày bầu,Tỉnh,Thôn/Tổ dân phố,Cách tính cử tri,Tổng số cử tri/hộ,Số tham dự,Hình thức biểu quyết,Phiếu phát ra,Phiếu thu vào,Phiếu hợp lệ,Phiếu không hợp lệ,Người ứng cử,Số phiếu,Người giới thiệu'];
  for (let i = 0; i < n; i += 1) {
    const total = 150 + Math.floor(rand() * 1400);
    const present = Math.floor(total * (0.6 + rand() * 0.35));
    const invalid = Math.floor(present * 0.02);
    const valid = present - invalid;
    const first = Math.floor(valid * (0.4 + rand() * 0.5));
    const second = valid - first;
    const mode = i % 10 === 9 ? 'Phát phiếu lấy ý kiến' : 'Bỏ phiếu kín';
    const name = i % 3 === 0 ? `Tổ dân phố ${i + 1}` : `Thôn ${i + 1}`;
    lines.push(`M${i + 1},15/12/2024,46,${name},Hộ gia đình,${total},${present},${mode},${present},${present},${valid},${invalid},Nguyễn Văn An ${i + 1},${first},Ban công tác Mặt trận`);
    lines.push(`M${i + 1},,,,,,,,,,,,Trần Thị Bình ${i + 1},${second},Tự ứng cử`);
  }
  return `${lines.join('\n')}\n`;
}

/** @param {{ log?: (s: string) => void, meetings?: number, reps?: number }} [options] */
export async function benchDocuments(options = {}) {
  const log = options.log ?? console.log;
  const meetings = options.meetings ?? 1000;
  const reps = options.reps ?? 3;
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'truongthon-bench-documents-'));
  try {
    const file = path.join(tmp, 'meetings.csv');
    writeFileSync(file, meetingsCsv(meetings));
    const cli = [];
    const bare = [];
    let documents = 0;
    for (let r = 0; r < reps; r += 1) {
      const out = path.join(tmp, `out-${r}`);
      const run = await runNode([CLI_BIN, 'documents', file, '--out-dir', out, '--quiet']);
      if (run.code !== 0) throw new Error(`truongthon documents exited ${run.code}: ${run.stderr.slice(0, 500)}`);
      documents = readdirSync(out).filter((f) => f.endsWith('.docx')).length;
      cli.push(run);
      rmSync(out, { recursive: true, force: true });
      const dir = path.join(tmp, `bare-${r}`);
      mkdirSync(dir);
      const b = await runNode([BARE, String(documents), dir]);
      if (b.code !== 0) throw new Error(`bare-docx exited ${b.code}: ${b.stderr.slice(0, 500)}`);
      bare.push(b);
      rmSync(dir, { recursive: true, force: true });
    }
    const ms = (runs) => median(runs.map((x) => x.ms));
    const rss = (runs) => Math.max(...runs.map((x) => (x.usage?.maxRSS ?? Number.NaN) * 1024));
    const cliMs = ms(cli);
    const bareMs = ms(bare);
    log(`${fmtInt(meetings)} meetings → ${fmtInt(documents)} DOCX files (+ index.json); median of ${reps} runs, each a fresh process`);
    log(table(
      ['', 'wall time', 'per document', 'peak RSS', 'vs docx alone'],
      [
        ['truongthon documents (read, tally, fill, render, write)', fmtMs(cliMs), fmtMs(cliMs / documents), fmtBytes(rss(cli)), fmtRatio(cliMs / bareMs)],
        [`docx alone: ${fmtInt(documents)} one-paragraph documents packed and written`, fmtMs(bareMs), fmtMs(bareMs / documents), fmtBytes(rss(bare)), '1×'],
      ],
      ['l', 'r', 'r', 'r', 'r'],
    ));
    const province = (cliMs / meetings) * 800;
    log(`a province's election day (about 800 units) at this rate: ${fmtMs(province)} (target: under 60 s)`);
    return { meetings, documents, cliMs, bareMs, cliRss: rss(cli), bareRss: rss(bare), provinceMs: province };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
