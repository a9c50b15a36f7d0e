import { defineRule } from '@truongthon/core';
import type { MeetingContext, MeetingRecord } from './context';

/**
 * PROC.2023.TRANSITION: from 01/07/2023 Luật 10/2022/QH15 governs and says
 * election meetings follow the Government's rules (Điều 18), but Nghị định
 * 59/2023/NĐ-CP took effect only on 14 (or 15) August 2023 (UNCONFIRMED
 * which). For a meeting in between, truongthon applies the decree's
 * parameters by analogy and says so with a warning: no text read covers that
 * gap (UNCONFIRMED).
 *
 * @example
 * // electionDate 2023-07-20 → warning 'procedure.decree-not-yet-in-force' { decree: '59/2023/NĐ-CP', effective: '2023-08-14' }
 */
export const transition2023 = defineRule<MeetingRecord, { readonly decree: string; readonly effective: string }, MeetingContext>({
  id: 'PROC.2023.TRANSITION',
  kind: 'legal',
  summary: 'Between 01/07/2023 and 13/08/2023 the decree\'s procedure is applied by analogy.',
  citations: [
    { document: '10/2022/QH15', article: '18', confidence: 'confirmed', note: 'In force from 01/07/2023; election meetings follow the Government\'s rules.' },
    { document: '59/2023/NĐ-CP', confidence: 'unconfirmed', note: 'Effective 14 or 15/08/2023; the treatment of elections before it is not stated in any text read.' },
  ],
  confidence: 'unconfirmed',
  from: '2023-07-01',
  to: '2023-08-13',
  params: { decree: '59/2023/NĐ-CP', effective: '2023-08-14' },
  codes: ['procedure.decree-not-yet-in-force'],
  check: (_record, params) => ({
    status: 'pass',
    findings: [{ code: 'procedure.decree-not-yet-in-force', severity: 'warning', params: { decree: params.decree, effective: params.effective } }],
  }),
});
