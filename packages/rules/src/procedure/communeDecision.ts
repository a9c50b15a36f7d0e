import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import { followUpOutcome, type MeetingContext, type MeetingRecord, type ProcedureStep } from './context';

/**
 * PROC.2023.CHOTHOI.COMMUNE_DECISION: "Trường hợp cuộc họp không thống nhất
 * được việc cho thôi làm…" the UBND cấp xã considers and decides, **after
 * agreeing with the Ủy ban Mặt trận Tổ quốc cấp xã**. A cho thôi làm that does
 * not get more than 50% of all household representatives is read as a
 * meeting that could not agree (our reading of the text: secondary); no
 * deadline is set (`date: null`). Not for a meeting too few attended: the
 * ballot to each household comes first.
 *
 * Legal basis: Nghị định 59/2023/NĐ-CP Điều 9 khoản 3 (text confirmed: pháp
 * điển 44.13).
 *
 * @example
 * // cho-thoi-lam, 150 of 361 for (2024) → 'procedure.motion.not-carried', 'procedure.cho-thoi-lam.commune-decides'
 */
export const choThoiLamCommuneDecision2023 = defineRule<MeetingRecord, { readonly afterAgreementWith: 'UBMTTQ cấp xã' }, MeetingContext, ProcedureStep>({
  id: 'PROC.2023.CHOTHOI.COMMUNE_DECISION',
  kind: 'legal',
  summary: 'When the meeting does not carry a cho thôi làm, the commune People\'s Committee decides after agreeing with the commune Fatherland Front.',
  citations: [
    {
      document: '59/2023/NĐ-CP', article: '9', clause: '3', confidence: 'confirmed',
      note: 'That a motion short of the threshold is what the text calls a meeting that "không thống nhất được" is our reading (secondary). No deadline is set.',
    },
  ],
  confidence: 'secondary',
  from: '2023-07-01',
  to: null,
  params: { afterAgreementWith: 'UBMTTQ cấp xã' },
  codes: ['procedure.cho-thoi-lam.commune-decides'],
  check: (_record, _p, context) =>
    context.purpose !== 'election' && followUpOutcome(context) === 'not-carried'
      ? { status: 'pass', findings: [{ code: 'procedure.cho-thoi-lam.commune-decides', severity: 'warning', params: {} }], decision: communeDecisionStep() }
      : { status: 'not-applicable' },
});

/**
 * The step "the commune decides the cho thôi làm" after a meeting that did not
 * carry it: no deadline is set by the text (`date: null`).
 *
 * @example
 * communeDecisionStep().condition // 'motion-not-carried'
 */
export function communeDecisionStep(): ProcedureStep {
  const rule = choThoiLamCommuneDecision2023;
  return { id: 'commune-decision', date: null, basis: { kind: 'not-set' }, condition: 'motion-not-carried', ruleId: rule.id, citations: rule.citations, confidence: rule.confidence };
}
