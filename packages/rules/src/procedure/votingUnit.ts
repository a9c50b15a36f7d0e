import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { MeetingContext, MeetingRecord } from './context';

/**
 * PROC.2023.VOTING_UNIT: from 01/07/2023 the vote at a community meeting is
 * one per **household representative** (đại diện hộ gia đình), not one per
 * voter. A record counted on voters cannot be tallied under this regime: it
 * is `inconsistent`. (Under NQLT 09/2008 the meeting could choose either.)
 *
 * Legal basis: Luật Thực hiện dân chủ ở cơ sở 10/2022/QH15 Điều 18 khoản 1
 * (confirmed); Nghị định 59/2023/NĐ-CP Điều 3.
 *
 * @example
 * // electionDate 2023-09-17, electorateBase 'voters' → 'procedure.voting-unit.households-required'
 */
export const votingUnit2023 = defineRule<MeetingRecord, { readonly base: 'households' }, MeetingContext>({
  id: 'PROC.2023.VOTING_UNIT',
  kind: 'legal',
  summary: 'One vote per household representative.',
  citations: [
    { document: '10/2022/QH15', article: '18', clause: '1', confidence: 'confirmed' },
    { document: '59/2023/NĐ-CP', article: '3', confidence: 'secondary' },
  ],
  confidence: 'confirmed',
  from: '2023-07-01',
  to: null,
  params: { base: 'households' },
  codes: ['procedure.voting-unit.households-required'],
  check: (record, params) =>
    record.electorateBase === params.base
      ? { status: 'pass' }
      : { status: 'fail', findings: [{ code: 'procedure.voting-unit.households-required', path: 'electorateBase', params: { base: record.electorateBase } }] },
});
