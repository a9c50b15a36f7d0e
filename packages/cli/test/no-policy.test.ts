import { describe, expect, it } from 'vitest';
import { EXAMPLES, ndjson, run } from './helpers';
import { join } from 'node:path';

/** Issue 15, item 4: the Party-policy advice can be left out; it never changes a verdict. */
describe('check --no-policy', () => {
  it('leaves out every policy finding and nothing else', async () => {
    const args = ['check', join(EXAMPLES, 'candidates.csv'), '--election-date', '10/01/2021', '--province', '46', '--format', 'ndjson'];
    const all = ndjson((await run(args)).stdout);
    const without = ndjson((await run([...args, '--no-policy'])).stdout);
    expect(all.some((record) => record.findings.some((finding: { kind: string }) => finding.kind === 'policy'))).toBe(true);
    expect(without.map((record) => record.verdict)).toEqual(all.map((record) => record.verdict));
    expect(without.map((record) => record.findings)).toEqual(all.map((record) => record.findings.filter((finding: { kind: string }) => finding.kind !== 'policy')));
  });
});
