import { describe, expectTypeOf, it } from 'vitest';
import type { CandidateChangeDetail, CandidateVerdictDetail, ElectionChangeDetail, ElectionResultDetail, TruongthonCandidate, TruongthonElection } from '../../src/index';

/** Compile-time checks (run by `npm run typecheck`); at run time they only pass. */
describe('typings for frameworks', () => {
  it('map both tags to their classes (HTMLElementTagNameMap)', () => {
    expectTypeOf<HTMLElementTagNameMap['truongthon-candidate']>().toEqualTypeOf<TruongthonCandidate>();
    expectTypeOf<HTMLElementTagNameMap['truongthon-election']>().toEqualTypeOf<TruongthonElection>();
    expectTypeOf<HTMLElementTagNameMap['truongthon-election']['result']['outcome']>().toEqualTypeOf<
      'elected' | 'no-winner' | 'carried' | 'not-carried' | 'household-ballot-required' | 'invalid-meeting' | 'inconsistent' | 'undetermined' | 'invalid'
    >();
  });

  it('type the events of both elements (GlobalEventHandlersEventMap)', () => {
    expectTypeOf<GlobalEventHandlersEventMap['truongthon-result']>().toEqualTypeOf<CustomEvent<ElectionResultDetail>>();
    expectTypeOf<GlobalEventHandlersEventMap['truongthon-verdict']>().toEqualTypeOf<CustomEvent<CandidateVerdictDetail>>();
    expectTypeOf<GlobalEventHandlersEventMap['truongthon-change']>().toEqualTypeOf<CustomEvent<CandidateChangeDetail | ElectionChangeDetail>>();
  });
});
