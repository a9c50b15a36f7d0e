#!/usr/bin/env node
// Generates the sample official documents in examples/documents/ from the examples' own data, with the built
// CLI (run `npm run build` first): never written by hand. meetings/: `truongthon documents examples/meetings.csv`
// (Tổ dân phố 5's figures contradict each other, so it gets no documents and the run exits 1: expected);
// candidates/: Mẫu 05 per unit from examples/candidates.csv for the election of 10/01/2021.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
const bin = join(root, 'packages', 'cli', 'dist', 'bin.js');
const out = join(root, 'examples', 'documents');
rmSync(out, { recursive: true, force: true });

const runs = [
  [join(root, 'examples', 'meetings.csv'), '--out-dir', join(out, 'meetings')],
  [join(root, 'examples', 'candidates.csv'), '--election-date', '2021-01-10', '--province', '46', '--out-dir', join(out, 'candidates')],
];
for (const args of runs) {
  const { status } = spawnSync(process.execPath, [bin, 'documents', ...args], { stdio: 'inherit', cwd: root });
  // 0: every record has its documents; 1: some record has none (listed with its reason in index.json).
  if (status !== 0 && status !== 1) process.exit(status ?? 2);
}
