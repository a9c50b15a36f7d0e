import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { MeetingContext, MeetingRecord } from './context';

const key = (name: string): string => name.normalize('NFC').replace(/\s+/gu, ' ').trim().toLowerCase();

/**
 * PROC.2023.ELECTION_GROUP: the members of the election group (tổ bầu cử) —
 * headed by a representative of the Ban công tác Mặt trận, with members from
 * mass organisations and households — **must not be candidates**. A member
 * found among the candidates (same name, ignoring case and spacing) is a
 * procedural irregularity: reported with a warning, and the vote is still
 * counted; the UBND cấp xã weighs it when it recognises the result (a refusal
 * must be in writing, with reasons: Điều 8).
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 6 khoản 1 điểm b (confirmed).
 *
 * @example
 * // electionGroup ['Lê Thị Hoa'], candidate 'lê thị hoa' → warning 'procedure.election-group.member-is-candidate'; still counted
 */
export const electionGroup2023 = defineRule<MeetingRecord, { readonly membersMayStand: false }, MeetingContext>({
  id: 'PROC.2023.ELECTION_GROUP',
  kind: 'legal',
  summary: 'No member of the election group is a candidate.',
  citations: [{ document: '59/2023/NĐ-CP', article: '6', clause: '1', point: 'b', confidence: 'confirmed' }],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { membersMayStand: false },
  codes: ['procedure.election-group.member-is-candidate'],
  check: (record, _params, context) => {
    if (context.purpose !== 'election' || !record.electionGroup || record.electionGroup.length === 0) return { status: 'not-applicable' };
    const members = new Set(record.electionGroup.map(key));
    const findings = (record.candidates ?? []).flatMap((c, index) =>
      members.has(key(c.name)) ? [{ code: 'procedure.election-group.member-is-candidate', path: `candidates.${index}.name`, severity: 'warning' as const, params: { name: c.name } }] : [],
    );
    return findings.length === 0 ? { status: 'pass' } : { status: 'pass', findings };
  },
});
