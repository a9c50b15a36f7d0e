import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareCodes } from './compareCodes';
import { rollUp } from './rollUp';

interface Rec { p: string; d: string | null; c: string; u: string; flag: boolean }
const spec = {
  levels: ['province', 'district', 'commune'],
  path: (r: Rec) => [{ code: r.p, name: `P${r.p}` }, r.d === null ? null : { code: r.d }, { code: r.c }],
  create: () => ({ n: 0, flagged: 0 }),
  add: (c: { n: number; flagged: number }, r: Rec) => {
    c.n += 1;
    if (r.flag) c.flagged += 1;
  },
  keep: (r: Rec) => r.flag,
  compareKept: (a: Rec, b: Rec) => compareCodes(a.u, b.u),
};

describe('compareCodes', () => {
  it('orders digit codes numerically, then by spelling, and digits before others', () => {
    expect(['46', '01', '62', '9', 'x', '1', '001'].sort(compareCodes)).toEqual(['001', '01', '1', '9', '46', '62', 'x']);
    expect(compareCodes('12345678901234567890', '12345678901234567891')).toBeLessThan(0);
  });
});

describe('rollUp', () => {
  const recs: Rec[] = [
    { p: '62', d: '610', c: '23300', u: '2', flag: true },
    { p: '62', d: '608', c: '23284', u: '1', flag: false },
    { p: '46', d: null, c: '19999', u: '3', flag: true },
    { p: '62', d: '608', c: '23284', u: '0', flag: true },
  ];
  it('counts every level and the total, orders by code, skips missing levels', () => {
    const r = rollUp(recs, spec);
    expect(r.total).toEqual({ n: 4, flagged: 3 });
    expect(r.records).toBe(4);
    expect(r.roots.map((n) => [n.code, n.name, n.counts.n])).toEqual([['46', 'P46', 1], ['62', 'P62', 3]]);
    expect(r.roots[0]!.children[0]).toMatchObject({ level: 'commune', code: '19999' });
    const kt = r.roots[1]!;
    expect(kt.children.map((d) => [d.level, d.code, d.counts.n])).toEqual([['district', '608', 2], ['district', '610', 1]]);
    expect(kt.children[0]!.children[0]!.kept.map((x) => x.u)).toEqual(['0']);
  });
  it('gives the same output whatever the input order', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(recs, { minLength: recs.length, maxLength: recs.length }), (shuffled) => {
        expect(JSON.stringify(rollUp(shuffled, spec))).toBe(JSON.stringify(rollUp(recs, spec)));
      }),
    );
  });
  it('picks one name deterministically when records disagree', () => {
    const a = rollUp([{ code: '1', name: 'B' }, { code: '1', name: 'A' }], { levels: ['x'], path: (r) => [r], create: () => 0, add: () => {} });
    expect(a.roots[0]!.name).toBe('A');
  });
});
