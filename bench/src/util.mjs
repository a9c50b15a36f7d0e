/** Small helpers shared by the benchmarks: statistics, formatting, machine facts. */
import { readFileSync } from 'node:fs';
import os from 'node:os';

/** @param {readonly number[]} values */
export function median(values) {
  const s = [...values].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/** @param {number} n */
export function fmtInt(n) {
  return Math.round(n).toLocaleString('en-US');
}

/** Operations per second, 3 significant digits with thousands separators. */
export function fmtRate(n) {
  if (!Number.isFinite(n)) return '–';
  if (n >= 1000) return fmtInt(Number(n.toPrecision(3)));
  return n.toPrecision(3);
}

/** @param {number} r */
export function fmtRatio(r) {
  if (!Number.isFinite(r)) return '–';
  return r >= 100 ? `${r.toFixed(0)}×` : r >= 10 ? `${r.toFixed(1)}×` : `${r.toFixed(2)}×`;
}

/** @param {number} ms */
export function fmtMs(ms) {
  return ms >= 1000 ? `${(ms / 1000).toFixed(2)} s` : ms >= 10 ? `${ms.toFixed(0)} ms` : `${ms.toFixed(2)} ms`;
}

/** @param {number} bytes */
export function fmtBytes(bytes) {
  if (bytes >= 1024 * 1024) return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${bytes} B`;
}

/**
 * A Markdown table (renders in BENCHMARKS.md and reads fine in a terminal).
 * @param {readonly string[]} head
 * @param {readonly (readonly string[])[]} rows
 * @param {readonly ('l' | 'r')[]} [align]
 */
export function table(head, rows, align = []) {
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const pad = (s, i) => (align[i] === 'r' ? String(s).padStart(widths[i]) : String(s).padEnd(widths[i]));
  const line = (cells) => `| ${cells.map(pad).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : `${'-'.repeat(w + 2)}`)).join('|')}|`;
  return [line(head), rule, ...rows.map(line)].join('\n');
}

/** The machine the figures come from. */
export function machine() {
  let cpu = os.cpus()[0]?.model ?? 'unknown';
  try {
    const match = /^model name\s*:\s*(.+)$/mu.exec(readFileSync('/proc/cpuinfo', 'utf8'));
    if (match) cpu = match[1].trim();
  } catch {
    // not Linux
  }
  return {
    cpu,
    cores: os.availableParallelism?.() ?? os.cpus().length,
    memory: `${Math.round(os.totalmem() / 1024 ** 3)} GiB`,
    node: process.version,
    v8: process.versions.v8,
    platform: `${os.type()} ${os.release()} ${os.arch()}`,
  };
}

/** Forces a full GC between samples when run with --expose-gc, so one implementation's garbage is not billed to the next. */
export function collect() {
  globalThis.gc?.();
}
