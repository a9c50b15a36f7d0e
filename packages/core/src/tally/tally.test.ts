import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCountRecord, type CountFigures, mostVotesOnAnyReading } from './checkCountRecord';
import { exceedsFraction, ONE_HALF } from './fraction';
import { percentOf } from './percentOf';
import { tallyVotes } from './tallyVotes';

const HALF = { quorum: ONE_HALF, threshold: ONE_HALF };
const codes = (f: CountFigures) => checkCountRecord(f).map((i) => i.code);

describe('exceedsFraction and percentOf', () => {
  it('"trên 50%" is strictly more than half', () => {
    expect(exceedsFraction(181, 361, ONE_HALF)).toBe(true);
    expect(exceedsFraction(180, 361, ONE_HALF)).toBe(false);
    expect(exceedsFraction(180, 360, ONE_HALF)).toBe(false);
    expect(exceedsFraction(181, 360, ONE_HALF)).toBe(true);
  });
  it('rounds half up to 2 decimals, exactly', () => {
    expect(percentOf(159, 361)).toBe(44.04);
    expect(percentOf(1, 8)).toBe(12.5);
    expect(percentOf(1, 3)).toBe(33.33);
    expect(percentOf(2, 3)).toBe(66.67);
    expect(percentOf(1, 400, 2)).toBe(0.25);
    expect(percentOf(1, 800)).toBe(0.13); // 0.125 → half up
    expect(percentOf(5, 5)).toBe(100);
    expect(percentOf(0, 0)).toBeNull();
    expect(percentOf(1, 3, 0)).toBe(33);
  });
});

describe('tallyVotes', () => {
  it('worked example: 159 of 361 households is 44.04%, no winner (share of the whole electorate)', () => {
    const r = tallyVotes({ total: 361, present: 300, options: [{ name: 'A', votes: 159 }, { name: 'B', votes: 131 }], ...HALF });
    expect(r.quorumMet).toBe(true);
    expect(r.options[0]).toEqual({ name: 'A', votes: 159, percent: 44.04, reachesThreshold: false });
    expect(r.winner).toBeNull();
    // 159 is more than half of those present (300) and of the valid ballots (290): still no winner.
    expect(exceedsFraction(159, 290, ONE_HALF)).toBe(true);
  });
  it('elects the one option above half of the whole electorate', () => {
    const r = tallyVotes({ total: 361, present: 300, options: [{ name: 'A', votes: 181 }, { name: 'B', votes: 100 }], ...HALF });
    expect(r.winner).toBe(0);
    expect(r.options[0]?.percent).toBe(50.14);
  });
  it('has no winner when the quorum is not met, whatever the votes', () => {
    const r = tallyVotes({ total: 100, present: 50, options: [{ name: 'A', votes: 50 }], ...HALF });
    expect(r.quorumMet).toBe(false);
    expect(r.presentPercent).toBe(50);
    expect(r.winner).toBeNull();
  });
  it('reports ties at the top and several options above the threshold', () => {
    const tie = tallyVotes({ total: 100, present: 90, options: [{ name: 'A', votes: 40 }, { name: 'B', votes: 40 }, { name: 'C', votes: 10 }], ...HALF });
    expect(tie.top).toEqual([0, 1]);
    const two = tallyVotes({ total: 100, present: 100, options: [{ name: 'A', votes: 60 }, { name: 'B', votes: 60 }], ...HALF });
    expect(two.aboveThreshold).toEqual([0, 1]);
    expect(two.winner).toBeNull();
  });
  it('without a quorum (a ballot taken to each household) measures the votes against all households, whoever replied', () => {
    const r = tallyVotes({ total: 100, present: 40, options: [{ name: 'A', votes: 60 }], quorum: null, threshold: ONE_HALF });
    expect(r.quorumMet).toBe(true);
    expect(r.winner).toBe(0);
    const few = tallyVotes({ total: 100, present: 0, options: [{ name: 'A', votes: 50 }], quorum: null, threshold: ONE_HALF });
    expect(few.quorumMet).toBe(true);
    expect(few.winner).toBeNull();
  });
  it('rejects a non-positive electorate', () => {
    expect(() => tallyVotes({ total: 0, present: 0, options: [], ...HALF })).toThrow(RangeError);
  });
});

describe('checkCountRecord', () => {
  const base: CountFigures = { total: 361, present: 300, mode: 'secret_ballot', ballots: { issued: 300, returned: 298, valid: 290, invalid: 8 }, options: [{ name: 'A', votes: 159 }, { name: 'B', votes: 131 }], kind: 'candidates' };
  it('accepts a consistent record', () => {
    expect(checkCountRecord(base)).toEqual([]);
  });
  it('finds each inconsistency with its figures', () => {
    expect(checkCountRecord({ ...base, present: 400 })).toContainEqual({ code: 'tally.present-exceeds-total', severity: 'error', params: { present: 400, total: 361 }, path: 'present' });
    expect(codes({ ...base, ballots: { issued: 301, returned: 298, valid: 290, invalid: 8 } })).toEqual(['tally.issued-exceeds-present']);
    expect(codes({ ...base, ballots: { issued: 290, returned: 298, valid: 290, invalid: 8 } })).toEqual(['tally.returned-exceeds-issued']);
    expect(codes({ ...base, ballots: { returned: 301, valid: 293, invalid: 8 } })).toEqual(['tally.returned-exceeds-present']);
    expect(checkCountRecord({ ...base, ballots: { issued: 300, returned: 298, valid: 290, invalid: 9 } })).toEqual([
      { code: 'tally.valid-invalid-mismatch', severity: 'error', params: { valid: 290, invalid: 9, returned: 298 }, path: 'ballots.valid' },
    ]);
    expect(codes({ ...base, options: [{ name: 'A', votes: 291 }] })).toEqual(['tally.votes-exceed-valid']);
    expect(codes({ ...base, options: [{ name: 'A', votes: 159 }, { name: 'B', votes: 132 }] })).toEqual(['tally.total-votes-exceed-valid']);
    expect(codes({ ...base, mode: 'show_of_hands', ballots: null, options: [{ name: 'A', votes: 301 }] })).toEqual(['tally.votes-exceed-present']);
    expect(codes({ ...base, mode: 'show_of_hands', ballots: null, options: [{ name: 'A', votes: 200 }, { name: 'B', votes: 101 }] })).toEqual(['tally.total-votes-exceed-present']);
    expect(codes({ ...base, options: [] })).toEqual(['tally.no-candidates']);
    expect(codes({ ...base, options: [{ name: 'Nguyễn Văn An', votes: 1 }, { name: ' nguye\u0302\u0303n  văn an', votes: 2 }] })).toEqual(['tally.duplicate-candidate']);
    expect(checkCountRecord({ ...base, options: [{ name: 'A', votes: 1 }, { name: 'B', votes: 291 }] }).map((i) => i.path)).toEqual(['candidates.1.votes']);
    expect(checkCountRecord({ ...base, kind: 'motion', options: [{ name: 'for', votes: 291 }] }).map((i) => i.path)).toEqual(['motion.votesFor']);
    expect(checkCountRecord({ ...base, ballots: null })).toEqual([{ code: 'tally.ballots-missing', severity: 'warning', params: { missing: 'valid' }, path: 'ballots.valid' }]);
  });
  it('bounds a household ballot\'s ballots by the households of the unit, not by those who replied', () => {
    const household: CountFigures = { total: 100, present: 60, mode: 'household_ballot', ballots: { issued: 100, returned: 60, valid: 58, invalid: 2 }, options: [{ name: 'A', votes: 55 }], kind: 'candidates' };
    expect(checkCountRecord(household)).toEqual([]);
    expect(checkCountRecord({ ...household, ballots: { issued: 101, returned: 60, valid: 58, invalid: 2 } })).toEqual([
      { code: 'tally.issued-exceeds-total', severity: 'error', params: { issued: 101, total: 100 }, path: 'ballots.issued' },
    ]);
    // The same figures at a meeting: more ballots than people present.
    expect(codes({ ...household, mode: 'secret_ballot' })).toEqual(['tally.issued-exceeds-present']);
    expect(codes({ ...household, ballots: null })).toEqual(['tally.ballots-missing']);
    expect(codes({ ...household, options: [{ name: 'A', votes: 61 }], ballots: null })).toEqual(['tally.ballots-missing', 'tally.votes-exceed-present']);
  });
  it('mostVotesOnAnyReading: the most votes of one person, lines with the same name read as one', () => {
    expect(mostVotesOnAnyReading([])).toBe(0);
    expect(mostVotesOnAnyReading([{ name: 'A', votes: 30 }, { name: 'B', votes: 40 }])).toBe(40);
    expect(mostVotesOnAnyReading([{ name: 'Nguyễn Văn An', votes: 30 }, { name: 'B', votes: 40 }, { name: ' nguye\u0302\u0303n  văn an', votes: 25 }])).toBe(55);
  });
  it('checks motions without candidate rules', () => {
    expect(codes({ ...base, kind: 'motion', options: [] })).toEqual([]);
    expect(codes({ ...base, kind: 'motion', options: [{ name: 'for', votes: 200 }, { name: 'against', votes: 100 }] })).toEqual(['tally.total-votes-exceed-valid']);
  });
});

const figures = fc
  .integer({ min: 1, max: 5000 })
  .chain((total) =>
    fc.record({
      total: fc.constant(total),
      present: fc.integer({ min: 0, max: total }),
      votes: fc.array(fc.integer({ min: 0, max: total }), { minLength: 1, maxLength: 6 }),
    }),
  );

/** Options whose votes add up to at most `present` (each person votes once), as a consistent record requires. */
const consistent = fc
  .integer({ min: 1, max: 5000 })
  .chain((total) => fc.integer({ min: 0, max: total }).map((present) => ({ total, present })))
  .chain(({ total, present }) =>
    fc.array(fc.nat(), { minLength: 1, maxLength: 6 }).map((weights) => {
      const sum = weights.reduce((a, b) => a + b, 0) || 1;
      return { total, present, votes: weights.map((w) => Math.floor((w * present) / sum)) };
    }),
  );

describe('tally properties (fast-check)', () => {
  it('shares sum correctly: the rounded shares add up to the share of all votes, within rounding', () => {
    fc.assert(
      fc.property(figures, ({ total, present, votes }) => {
        const r = tallyVotes({ total, present, options: votes.map((v, i) => ({ name: String(i), votes: v })), ...HALF });
        const sum = r.options.reduce((a, o) => a + o.percent, 0);
        const exact = (100 * votes.reduce((a, b) => a + b, 0)) / total;
        expect(Math.abs(sum - exact)).toBeLessThanOrEqual(0.005 * votes.length + 1e-9);
        for (const o of r.options) expect(Math.abs(o.percent - (100 * o.votes) / total)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
    );
  });
  it('a winner is unique in a consistent record, and has more than half of the whole electorate', () => {
    fc.assert(
      fc.property(consistent, ({ total, present, votes }) => {
        const options = votes.map((v, i) => ({ name: `C${i}`, votes: v }));
        expect(checkCountRecord({ total, present, mode: 'show_of_hands', options, kind: 'candidates' })).toEqual([]);
        const r = tallyVotes({ total, present, options, ...HALF });
        expect(r.aboveThreshold.length).toBeLessThanOrEqual(1);
        if (r.winner !== null) {
          expect(options[r.winner]!.votes * 2).toBeGreaterThan(total);
          expect(r.options[r.winner]!.percent).toBeGreaterThan(50);
          expect(r.top).toEqual([r.winner]);
          expect(r.quorumMet).toBe(true);
        }
      }),
    );
  });
  it('a winner never depends on those present or on valid ballots, only on the electorate', () => {
    fc.assert(
      fc.property(consistent, fc.integer({ min: 0, max: 5000 }), ({ total, present, votes }, extra) => {
        const options = votes.map((v, i) => ({ name: `C${i}`, votes: v }));
        const a = tallyVotes({ total, present, options, ...HALF });
        const b = tallyVotes({ total: total + extra, present, options, ...HALF });
        // A larger electorate with the same votes never creates a winner.
        if (a.winner === null) expect(b.winner).toBeNull();
      }),
    );
  });
  it('quorum is monotone: adding attendees never turns a valid meeting invalid', () => {
    fc.assert(
      fc.property(figures, fc.nat(5000), ({ total, present }, more) => {
        const added = Math.min(total, present + more);
        const before = tallyVotes({ total, present, options: [], ...HALF }).quorumMet;
        const after = tallyVotes({ total, present: added, options: [], ...HALF }).quorumMet;
        if (before) expect(after).toBe(true);
        expect(before).toBe(present * 2 > total);
      }),
    );
  });
  it('tallying is deterministic and does not depend on option order (up to permutation)', () => {
    fc.assert(
      fc.property(consistent, ({ total, present, votes }) => {
        const options = votes.map((v, i) => ({ name: `C${i}`, votes: v }));
        const a = tallyVotes({ total, present, options, ...HALF });
        const b = tallyVotes({ total, present, options: [...options].reverse(), ...HALF });
        const winnerName = (r: typeof a) => (r.winner === null ? null : r.options[r.winner]!.name);
        expect(winnerName(b)).toBe(winnerName(a));
      }),
    );
  });
});
