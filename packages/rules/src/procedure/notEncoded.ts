import {  } from '@truongthon/core';
import { defineRule } from '../defineRule';
import type { MeetingContext, MeetingRecord } from './context';

/**
 * PROC.2005.NOT_ENCODED: from 12/05/2005 to 16/04/2008 the procedure came
 * from Thông tư liên tịch 01/2005/TTLT-BTTUBTWMTTQVN-BNV, none of whose
 * numbers could be read (UNCONFIRMED). Rather than invent a quorum, a
 * threshold or a deadline, meetings in this period are `undetermined`.
 *
 * @example
 * // meeting on 2006-03-05 → outcome 'undetermined', finding 'procedure.not-encoded'
 */
export const procedureNotEncoded2005 = defineRule<MeetingRecord, { readonly until: string }, MeetingContext>({
  id: 'PROC.2005.NOT_ENCODED',
  kind: 'legal',
  summary: 'The 2005–2008 procedure (TTLT 01/2005) is not encoded: its numbers were not read.',
  citations: [{ document: '01/2005/TTLT-BTTUBTWMTTQVN-BNV', confidence: 'unconfirmed', note: 'Existence and date confirmed; quorum, threshold and deadlines not read.' }],
  confidence: 'unconfirmed',
  from: '2005-05-12',
  to: '2008-04-16',
  params: { until: '2008-04-16' },
  codes: ['procedure.not-encoded'],
  check: (_record, params, context) => ({
    status: 'unknown',
    findings: [{ code: 'procedure.not-encoded', severity: 'warning', params: { regime: context.regime, until: params.until } }],
  }),
});
