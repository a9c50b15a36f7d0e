import type { UnitRecord } from '@truongthon/core';
import { classifyUnitName, type UnitKind } from '../units/unitKinds';

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
 * The kind is the stated one or the one the name tells ({@link unitKindOf});
 * `null` when neither says: such a unit is still counted, under neither kind.
 *
 * Takes a record already parsed (`parseUnitRecord`, `unitRecordReader`), as
 * the report does; it is not checked again. Read raw input with those first
 * (they never throw and give coded issues).
 *
 * Basis: the three counts of UBND tỉnh Kon Tum 2881/UBND-KTTH footnote 3
 * (leaders; secretaries who are also leaders; leaders who are Party members);
 * the policy (advice, not law) is said to come from NQ 18-NQ/TW (its clause
 * not read) and KL 38-KL/TW (no text or summary found): both unconfirmed.
 *
 * @example
 * classifyUnit({ …, unit: { name: 'Tổ dân phố 1' }, leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: true, hasPartyCell: true })
 * // { category: 'secretary-leader', problem: null, kind: 'to_dan_pho' }
 */
export function classifyUnit(unit: UnitRecord): { readonly category: UnitCategory; readonly problem: UnitProblem | null; readonly kind: UnitKind | null } {
  return { category: unitCategory(unit), problem: unitProblem(unit), kind: unitKindOf(unit) };
}

/**
 * The kind of a unit: the one its record states, else the one its name tells
 * ("Xóm 3" → thôn, "Khối 5" → tổ dân phố: {@link classifyUnitName}, NĐ
 * 185/2026/NĐ-CP Điều 2 khoản 1 and 4), else `null` (not stated, and the name
 * does not tell). A stated kind wins over the name: the HĐND cấp xã may keep
 * a traditional name for either kind (Điều 2 khoản 4). Takes a parsed
 * record, as {@link classifyUnit} does.
 */
export function unitKindOf(unit: UnitRecord): UnitKind | null {
  return unit.unit.kind ?? classifyUnitName(unit.unit.name) ?? null;
}

/** The category part of {@link classifyUnit}. */
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
