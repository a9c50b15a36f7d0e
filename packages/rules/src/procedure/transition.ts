import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { MeetingContext, MeetingRecord } from './context';

/**
 * PROC.2023.TRANSITION: from 01/07/2023 Luật 10/2022/QH15 governs and says
 * election meetings follow the Government's rules (Điều 18), but Nghị định
 * 59/2023/NĐ-CP took effect only on **15/08/2023** (confirmed: the pháp điển
 * annotates every article of the decree "có hiệu lực thi hành kể từ ngày
 * 15/08/2023"; it was signed on 14/08/2023). For a meeting from 01/07/2023 to
 * 14/08/2023, truongthon applies the decree's parameters by analogy and says
 * so with a warning: no text read covers that gap (UNCONFIRMED).
 *
 * @example
 * // electionDate 2023-08-14 → warning 'procedure.decree-not-yet-in-force' { decree: '59/2023/NĐ-CP', effective: '2023-08-15' }
 */
export const transition2023 = defineRule<MeetingRecord, { readonly decree: string; readonly effective: string }, MeetingContext>({
  id: 'PROC.2023.TRANSITION',
  kind: 'legal',
  summary: 'Between 01/07/2023 and 14/08/2023 the decree\'s procedure is applied by analogy.',
  citations: [
    { document: '10/2022/QH15', article: '18', confidence: 'confirmed', note: 'In force from 01/07/2023; election meetings follow the Government\'s rules.' },
    { document: '59/2023/NĐ-CP', confidence: 'unconfirmed', note: 'In force 15/08/2023 (confirmed, pháp điển 44.13); how elections between 01/07/2023 and 14/08/2023 were to be run is not stated in any text read.' },
  ],
  confidence: 'unconfirmed',
  from: '2023-07-01',
  to: '2023-08-14',
  params: { decree: '59/2023/NĐ-CP', effective: '2023-08-15' },
  codes: ['procedure.decree-not-yet-in-force'],
  check: (_record, params) => ({
    status: 'pass',
    findings: [{ code: 'procedure.decree-not-yet-in-force', severity: 'warning', params: { decree: params.decree, effective: params.effective } }],
  }),
});
