import { describe, expectTypeOf, it } from 'vitest';
import { type CandidateResult, type CandidateVerdict, checkCandidate } from './checkCandidate';
import type { RegimeId } from './regimes/index';

describe('checkCandidate types', () => {
  it('accepts unknown input (it validates) and returns a CandidateResult', () => {
    const r = checkCandidate(JSON.parse('{}') as unknown, { electionDate: '2021-01-10' });
    expectTypeOf(r).toEqualTypeOf<CandidateResult>();
    expectTypeOf<CandidateVerdict>().toEqualTypeOf<'eligible' | 'ineligible' | 'undetermined' | 'invalid'>();
    expectTypeOf(r.regime?.id).toEqualTypeOf<RegimeId | undefined>();
    expectTypeOf(r.missing).toEqualTypeOf<readonly string[]>();
  });
});
