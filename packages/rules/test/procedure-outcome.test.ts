import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMeeting } from '../src/index';

const ANNOUNCES: Record<string, string> = {
  'procedure.elected': 'elected',
  'procedure.no-winner': 'no-winner',
  'procedure.motion.carried': 'carried',
  'procedure.motion.not-carried': 'not-carried',
};

describe('evaluateMeeting: an outcome is announced only when it is the outcome', () => {
  it('property: over random (often contradictory) figures, outcome findings agree with the outcome', () => {
    const count = fc.integer({ min: 0, max: 400 });
    fc.assert(
      fc.property(
        fc.constantFrom('2021-01-10', '2024-12-08'),
        fc.integer({ min: 1, max: 400 }),
        count,
        fc.constantFrom('show_of_hands', 'secret_ballot'),
        fc.record({ issued: count, returned: count, valid: count, invalid: count }),
        fc.array(fc.record({ name: fc.constantFrom('An', 'an', 'Bình', 'Chi'), votes: count }), { minLength: 1, maxLength: 3 }),
        fc.array(fc.constantFrom('An', 'Hoa'), { maxLength: 2 }),
        (electionDate, totalElectorate, present, votingMode, ballots, candidates, electionGroup) => {
          const r = evaluateMeeting({ electionDate, unit: { name: 'Thôn 1' }, electorateBase: 'households', totalElectorate, present, votingMode, ballots, candidates, electionGroup });
          for (const f of r.findings) if (f.code in ANNOUNCES) expect(ANNOUNCES[f.code], f.code).toBe(r.outcome);
          if (r.outcome === 'elected') expect(r.winner).not.toBeNull();
          else expect(r.winner).toBeNull();
        },
      ),
      { numRuns: 3000 },
    );
  });
});
