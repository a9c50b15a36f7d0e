import { type UnitRecord } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { UNIT_KIND_CITATIONS, type UnitKind } from '../units/unitKinds';
import { classifyUnit, type UnitCategory } from './classifyUnit';

/** Parameters of the secretary-also-leader report. */
export interface SecretaryReportParams {
  /** Percentages are of the number of units of the type in the row (thôn, tổ dân phố, or all). */
  readonly denominator: 'units-of-type';
  readonly decimals: 2;
  /** No national numeric target is encoded (UNCONFIRMED). */
  readonly nationalTarget: null;
}

/** Where a unit the report can count stands (what {@link secretaryReportRule} decides on it). */
export interface SecretaryReportDecision {
  readonly category: UnitCategory;
  /** As stated, or as the name tells; `null` when neither says. */
  readonly kind: UnitKind | null;
}

/** What the rule sees besides the unit: its position in the report's input, which its findings name. */
export interface SecretaryReportContext {
  readonly index: number;
}

/**
 * REPORT.SECRETARY_HEAD: the secretary-also-leader statistic, per commune,
 * rolled up to district and province: number of leaders (Trưởng thôn / Tổ
 * trưởng tổ dân phố in office), number of Party-cell secretaries who are
 * also the leader, number of leaders who are Party members (UBND tỉnh Kon
 * Tum 2881/UBND-KTTH, 16/08/2021, footnote 3: confirmed), plus non-member
 * leaders, interim and vacant posts and units without a Party cell, split
 * thôn / tổ dân phố, with percentages of the number of units of the type
 * (as the Kon Tum Sở Nội vụ report after the 2023–2025 election does:
 * secondary). Thôn and tổ dân phố are told apart by the stated kind or by
 * the name (NĐ 185/2026/NĐ-CP Điều 2 khoản 1 and 4: secondary). Party policy,
 * not law: a non-member leader is never ineligible. The policy is said to
 * come from NQ 18-NQ/TW (its clause not read) and Kết luận 38-KL/TW, of which
 * no text or summary was found: both unconfirmed. The rule stays
 * `secondary`: what it counts rests on 2881/UBND-KTTH (confirmed) and the
 * Kon Tum percentages (secondary), not on those two documents. The report
 * runs the check on each unit through core's engine: it decides where the
 * unit stands (its category and kind, as counted), or reports a record that
 * contradicts itself (left out of the counts); a unit whose kind is not known
 * is counted and named by a finding.
 *
 * @example
 * // leaderIsPartyCellSecretary true, leaderPartyMember false → 'report.secretary-not-party-member', no decision
 * // unit { name: 'Khu 3' }, no kind → advice 'report.unit-kind-unknown', decision { category, kind: null }
 */
export const secretaryReportRule = defineRule<UnitRecord, SecretaryReportParams, SecretaryReportContext, SecretaryReportDecision>({
  id: 'REPORT.SECRETARY_HEAD',
  kind: 'policy',
  summary: 'Per commune: leaders, secretaries who are also leaders, leaders who are Party members (Kon Tum 2881/UBND-KTTH), with percentages of units.',
  citations: [
    { document: '2881/UBND-KTTH', article: '1', point: 'c', confidence: 'confirmed', note: 'Footnote 3: the three counts, per xã, phường, thị trấn.' },
    { document: '18-NQ/TW', confidence: 'unconfirmed', note: 'Policy context; exact clause and any numeric target not read.' },
    { document: '38-KL/TW', confidence: 'unconfirmed', note: 'Policy context only. No text or summary of this Kết luận was found (December 2026 audit): what it says is not known.' },
    ...UNIT_KIND_CITATIONS,
  ],
  confidence: 'secondary',
  from: '2017-10-25',
  to: null,
  params: { denominator: 'units-of-type', decimals: 2, nationalTarget: null },
  codes: [
    'report.secretary-not-party-member',
    'report.secretary-without-cell',
    'report.vacant-with-leader-data',
    'report.duplicate-unit',
    'report.commune-in-two-parents',
    'report.district-after-2025',
    'report.unknown-province',
    'report.province-name-mismatch',
    'report.unit-kind-unknown',
    'report.records-rejected',
  ],
  check: (unit, _p, context) => {
    const { category, problem, kind } = classifyUnit(unit);
    if (problem) return { status: 'advice', findings: [{ code: problem, severity: 'error', params: { unit: unit.unit.code ?? unit.unit.name } }] };
    if (kind !== null) return { status: 'pass', decision: { category, kind } };
    const params = { unit: unit.unit.name, code: unit.unit.code ?? null, commune: unit.commune.code, index: context.index };
    return { status: 'advice', findings: [{ code: 'report.unit-kind-unknown', severity: 'warning', params }], decision: { category, kind } };
  },
});
