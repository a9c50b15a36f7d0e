import type { UnitRecord } from '@truongthon/core';

/**
 * Where a unit stands on the secretary-also-leader policy:
 * - `secretary-leader`: an elected leader in office who is the Party-cell secretary;
 * - `member-leader`: an elected leader who is a Party member, not the secretary;
 * - `non-member-leader`: an elected leader who is not a Party member;
 * - `unknown-leader`: an elected leader whose membership is not known;
 * - `interim`: an interim (lâm thời) leader, appointed, not elected;
 * - `vacant`: no leader.
 */
export type UnitCategory = 'secretary-leader' | 'member-leader' | 'non-member-leader' | 'unknown-leader' | 'interim' | 'vacant';

/** Problems that make a unit record unusable in the report. */
export type UnitProblem = 'report.secretary-not-party-member' | 'report.secretary-without-cell' | 'report.vacant-with-leader-data';

/**
 * Classifies one unit for the secretary-also-leader report, or names the
 * contradiction that keeps it out of the counts: a Party-cell secretary is a
 * Party member of the unit's cell, so "secretary" with "not a member" or "no
 * cell" cannot both be true, and a vacant post has no leader to describe.
 * A secretary whose membership is left unknown counts as a member (a cell
 * secretary is necessarily one). Interim leaders are not counted among the
 * leaders (the Kon Tum counts are of elected leaders in office).
 *
 * Basis: the three counts of UBND tỉnh Kon Tum 2881/UBND-KTTH footnote 3
 * (leaders; secretaries who are also leaders; leaders who are Party members);
 * NQ 18-NQ/TW and KL 38-KL/TW for the policy (advice, not law).
 *
 * @example
 * classifyUnit({ …, leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: true, hasPartyCell: true })
 * // { category: 'secretary-leader', problem: null }
 */
export function classifyUnit(unit: UnitRecord): { readonly category: UnitCategory; readonly problem: UnitProblem | null } {
  return { category: unitCategory(unit), problem: unitProblem(unit) };
}

/** The category part of {@link classifyUnit} (no allocation, for the report's hot loop). */
export function unitCategory(unit: UnitRecord): UnitCategory {
  if (unit.leaderStatus === 'vacant') return 'vacant';
  if (unit.leaderStatus === 'interim') return 'interim';
  if (unit.leaderIsPartyCellSecretary === true) return unit.leaderPartyMember === false ? 'non-member-leader' : 'secretary-leader';
  if (unit.leaderPartyMember === true) return 'member-leader';
  if (unit.leaderPartyMember === false) return 'non-member-leader';
  return 'unknown-leader';
}

/** The problem part of {@link classifyUnit}: why the record cannot be counted, or `null`. */
export function unitProblem(unit: UnitRecord): UnitProblem | null {
  const secretary = unit.leaderIsPartyCellSecretary === true;
  if (unit.leaderStatus === 'vacant') return secretary || unit.leaderPartyMember === true ? 'report.vacant-with-leader-data' : null;
  if (secretary && unit.leaderPartyMember === false) return 'report.secretary-not-party-member';
  if (secretary && unit.hasPartyCell === false) return 'report.secretary-without-cell';
  return null;
}
