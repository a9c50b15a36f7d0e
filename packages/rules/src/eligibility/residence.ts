import { constantOutcome, defineRule, type FindingDraft, type RuleOutcome } from '@truongthon/core';
import { answer, type Candidate, type EligibilityContext, PASS } from './context';

/**
 * ELIG.RESIDENCE: the candidate must "có hộ khẩu thường trú và cư trú thường
 * xuyên ở thôn, tổ dân phố": permanent residence registered in the unit
 * (đăng ký thường trú, since paper hộ khẩu books ended under Luật Cư trú 2020)
 * AND regularly living there. Unknown answers make the verdict undetermined.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 (khoản 1 as enumerated). Reading
 * "hộ khẩu thường trú" as today's "đăng ký thường trú" is our inference.
 *
 * The outcome depends only on how each answer counts (given, `false`,
 * unknown), not on the candidate, so the check returns one of nine constant
 * outcomes (frozen, each built when first needed): nothing is allocated per
 * candidate, and a compiled plan shares their findings and remembers the
 * combinations of outcomes it has seen.
 *
 * @example
 * // permanentResident: true, livesInUnit: false → fail 'elig.residence.not-living'
 */
export const residence = defineRule<Candidate, { readonly requirePermanentRegistration: boolean; readonly requireRegularResidence: boolean }, EligibilityContext>({
  id: 'ELIG.RESIDENCE',
  kind: 'legal',
  summary: 'Permanent residence registered in the unit, and regularly living there.',
  citations: [{ document: '04/2012/TT-BNV', article: '11', clause: '1', effective: '2012-10-15', confidence: 'confirmed' }],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: null,
  params: { requirePermanentRegistration: true, requireRegularResidence: true },
  codes: ['elig.residence.not-registered', 'elig.residence.not-living'],
  check: (candidate, params) => {
    const registered = params.requirePermanentRegistration ? candidate.permanentResident : true;
    const living = params.requireRegularResidence ? candidate.livesInUnit : true;
    const key = answer(registered) | (answer(living) << 2);
    return key === 0 ? PASS : (OUTCOMES[key] ??= constantOutcome(outcome(registered, living)));
  },
});

/** The outcomes by how the two answers count (see {@link answer}), built when first needed. */
const OUTCOMES: RuleOutcome[] = [];

/** The outcome for two answers (the same for any two that count the same), not both given. */
function outcome(registered: unknown, living: unknown): RuleOutcome {
  const findings: FindingDraft[] = [];
  const missing: string[] = [];
  if (registered === false) findings.push({ code: 'elig.residence.not-registered', path: 'permanentResident' });
  else if (registered == null) missing.push('permanentResident');
  if (living === false) findings.push({ code: 'elig.residence.not-living', path: 'livesInUnit' });
  else if (living == null) missing.push('livesInUnit');
  return findings.length > 0 ? { status: 'fail', findings } : { status: 'unknown', missing };
}
