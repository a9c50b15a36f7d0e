import { type FindingDraft } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { type Candidate, type EligibilityContext, leaderOnly, ND185_FROM, ND185_NOTE, PASS, TT04_CRITERIA_LAST_DAY } from './context';

/**
 * ELIG.RESIDENCE: the candidate must "có hộ khẩu thường trú và cư trú thường
 * xuyên ở thôn, tổ dân phố": permanent residence registered in the unit
 * (đăng ký thường trú, since paper hộ khẩu books ended under Luật Cư trú 2020)
 * AND regularly living there. Unknown answers make the verdict undetermined.
 *
 * Legal basis: TT 04/2012/TT-BNV Điều 11 (one paragraph without clauses: the
 * words on residence). Reading "hộ khẩu thường trú" as today's "đăng ký
 * thường trú" is our inference. Replaced for elections from 26/05/2026 by
 * `residence2026`.
 *
 * @example
 * // permanentResident: true, livesInUnit: false → fail 'elig.residence.not-living'
 */
export const residence = defineRule<Candidate, { readonly requirePermanentRegistration: boolean; readonly requireRegularResidence: boolean }, EligibilityContext>({
  id: 'ELIG.RESIDENCE',
  kind: 'legal',
  summary: 'Permanent residence registered in the unit, and regularly living there.',
  citations: [{ document: '04/2012/TT-BNV', article: '11', effective: '2012-10-15', confidence: 'confirmed', note: 'Điều 11 has no clauses: the words "có hộ khẩu thường trú và cư trú thường xuyên ở thôn, tổ dân phố".' }],
  confidence: 'confirmed',
  from: '2012-10-15',
  to: TT04_CRITERIA_LAST_DAY,
  params: { requirePermanentRegistration: true, requireRegularResidence: true },
  codes: ['elig.residence.not-registered', 'elig.residence.not-living'],
  check: (candidate, params) => {
    const findings: FindingDraft[] = [];
    const missing: string[] = [];
    if (params.requirePermanentRegistration) {
      if (candidate.permanentResident === false) findings.push({ code: 'elig.residence.not-registered', path: 'permanentResident' });
      else if (candidate.permanentResident == null) missing.push('permanentResident');
    }
    if (params.requireRegularResidence) {
      if (candidate.livesInUnit === false) findings.push({ code: 'elig.residence.not-living', path: 'livesInUnit' });
      else if (candidate.livesInUnit == null) missing.push('livesInUnit');
    }
    if (findings.length > 0) return { status: 'fail', findings };
    if (missing.length > 0) return { status: 'unknown', missing };
    return PASS;
  },
});

/**
 * ELIG.2026.RESIDENCE: the candidate must be a Vietnamese citizen "cư trú
 * thường xuyên tại địa bàn xã, phường, đặc khu": regularly living in the
 * commune (xã, phường or đặc khu), no longer in the thôn itself, and no
 * registration (hộ khẩu) is required. Someone who lives in the unit lives in
 * its commune, so `livesInUnit: true` satisfies it when `residesInCommune` is
 * not given; a given `residesInCommune` decides. Citizenship is not an input
 * (the forms are for citizens) and is not checked.
 *
 * Legal basis: Nghị định 185/2026/NĐ-CP Điều 7 khoản 1 (in force 26/05/2026).
 *
 * @example
 * // residesInCommune: true, permanentResident: false, livesInUnit: false → pass
 * // residesInCommune: false → fail 'elig.residence.not-in-commune'
 */
export const residence2026 = defineRule<Candidate, Record<string, never>, EligibilityContext>({
  id: 'ELIG.2026.RESIDENCE',
  kind: 'legal',
  summary: 'Regularly living in the commune (xã, phường, đặc khu) (NĐ 185/2026).',
  citations: [{ document: '185/2026/NĐ-CP', article: '7', clause: '1', effective: ND185_FROM, confidence: 'secondary', note: ND185_NOTE }],
  confidence: 'secondary',
  from: ND185_FROM,
  to: null,
  params: {},
  codes: ['elig.residence.not-in-commune'],
  check: leaderOnly((candidate) => {
    const resides = candidate.residesInCommune ?? (candidate.livesInUnit === true ? true : null);
    if (resides === true) return PASS;
    if (resides === false) return { status: 'fail', findings: [{ code: 'elig.residence.not-in-commune', path: 'residesInCommune' }] };
    return { status: 'unknown', missing: ['residesInCommune'] };
  }),
});
