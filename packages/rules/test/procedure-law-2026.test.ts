import { describe, expect, it } from 'vitest';
import {
  evaluateMeeting,
  formatFinding,
  formatMessage,
  INTERIM_MAX_MONTHS,
  MOTION_PURPOSES,
  MOTION_THRESHOLD,
  interim2023,
  interimAfterChoThoiLam2023,
  interimDeadline,
  LAW_REVIEWED_THROUGH,
  lawChanges,
  listParameters,
  NEW_ELECTION_WITHIN_DAYS,
  parameterOn,
  PROCEDURE_PARAMETERS,
  quorum2023,
  RERUN_WITHIN_DAYS,
  SOURCES,
  transition2023,
  WIN_THRESHOLD,
} from '../src/index';

/** A 2024 meeting of a thôn of 100 households. */
const meeting2024 = (over: Record<string, unknown> = {}) => ({
  electionDate: '2024-12-08',
  unit: { name: 'Thôn 2', kind: 'thon' },
  electorateBase: 'households',
  totalElectorate: 100,
  present: 80,
  votingMode: 'show_of_hands',
  candidates: [{ name: 'Lê Văn Cường', votes: 60 }, { name: 'Phạm Thị Dung', votes: 15 }],
  ...over,
});
const codes = (r: { findings: readonly { code: string }[] }) => r.findings.map((f) => f.code);
const provisions = (cs: readonly { document: string; article?: string; clause?: string; point?: string }[]) =>
  cs.map((c) => [c.document, c.article ?? null, c.clause ?? null, c.point ?? null].filter((x) => x !== null).join(' '));

describe('the household-ballot path is law from 01/07/2023 (Luật 10/2022 Điều 17 k2, 19 k1 b, 21 k1; NĐ 59 Điều 4 k1 b)', () => {
  it('a 2024 meeting of 100 households with 40 present: household-ballot-required, with the ballots as next step', () => {
    const r = evaluateMeeting(meeting2024({ present: 40, candidates: [{ name: 'Lê Văn Cường', votes: 35 }] }));
    expect(r.outcome).toBe('household-ballot-required');
    expect(r.quorum).toEqual({ present: 40, total: 100, percent: 40, requiredPercent: 50, met: false });
    expect(r.findings).toHaveLength(1);
    expect(r.findings[0]).toMatchObject({ code: 'procedure.household-ballot.required', ruleId: 'PROC.2023.QUORUM', severity: 'warning', path: 'present', params: { present: 40, total: 100, percent: 40, required: 50 } });
    expect(formatFinding(r.findings[0]!)).toContain('phát phiếu lấy ý kiến tới từng hộ gia đình');
    expect(formatFinding(r.findings[0]!)).not.toContain('không hợp lệ');
    expect(r.householdBallot).toMatchObject({ id: 'household-ballot', date: null, basis: { kind: 'not-set' }, condition: 'quorum-not-met', ruleId: 'PROC.2023.QUORUM', confidence: 'confirmed' });
    expect(r.steps).toEqual([r.householdBallot]);
    expect([r.winner, r.recognition, r.rerun]).toEqual([null, null, null]);
    expect(formatMessage('outcome.household-ballot-required')).toBe('Phải phát phiếu lấy ý kiến tới từng hộ gia đình');
    // Exactly half is not more than half.
    expect(evaluateMeeting(meeting2024({ present: 50, candidates: [{ name: 'A', votes: 50 }] })).outcome).toBe('household-ballot-required');
    expect(evaluateMeeting(meeting2024({ present: 51, candidates: [{ name: 'A', votes: 51 }] })).outcome).toBe('elected');
  });
  it('the same meeting before 01/07/2023 (NQLT 09/2008) is still an invalid meeting, with no next step', () => {
    const r = evaluateMeeting(meeting2024({ electionDate: '2023-06-25', present: 40, candidates: [{ name: 'Lê Văn Cường', votes: 35 }] }));
    expect(r.outcome).toBe('invalid-meeting');
    expect(codes(r)).toEqual(['procedure.quorum.not-met']);
    expect(r.householdBallot).toBeNull();
    expect(r.steps).toEqual([]);
  });
  it('cites the law, not practice: there is no separate quorum', () => {
    expect(provisions(quorum2023.citations)).toEqual(['10/2022/QH15 17 2', '10/2022/QH15 19 1 b', '10/2022/QH15 21 1', '59/2023/NĐ-CP 4 1 b']);
    expect(quorum2023.confidence).toBe('confirmed');
    expect(quorum2023.params.fallback).toBe('ballot_per_household');
    expect(quorum2023.codes).toEqual(['procedure.household-ballot.required']);
  });
  it('a household_ballot record of 100 households where A has 60: elected, measured on all households, attendance no condition', () => {
    const r = evaluateMeeting(meeting2024({ votingMode: 'household_ballot', present: 72, ballots: { issued: 100, returned: 72, valid: 70, invalid: 2 }, candidates: [{ name: 'A', votes: 60 }, { name: 'B', votes: 10 }] }));
    expect(r.outcome).toBe('elected');
    expect(r.winner).toEqual({ name: 'A', votes: 60, percent: 60 });
    expect(r.quorum).toBeNull();
    expect(r.findings[0]).toMatchObject({ code: 'procedure.household-ballot.counted', ruleId: 'PROC.2023.HOUSEHOLD_BALLOT', params: { total: 100, replied: 72 } });
    expect(r.recognition).toMatchObject({ ruleId: 'PROC.RECOGNITION', date: '2024-12-13' });
    expect(r.ruleIds).not.toContain('PROC.2023.QUORUM');
    // Few replies do not stop a count: 51 of 100 households in favour, though only 51 replied.
    const few = evaluateMeeting(meeting2024({ votingMode: 'household_ballot', present: 51, ballots: null, candidates: [{ name: 'A', votes: 51 }] }));
    expect(few.outcome).toBe('elected');
    // The base stays all households: 50 of 100 is not more than half, though 50 of 55 replies.
    const half = evaluateMeeting(meeting2024({ votingMode: 'household_ballot', present: 55, ballots: { issued: 100, returned: 55, valid: 55, invalid: 0 }, candidates: [{ name: 'A', votes: 50 }, { name: 'B', votes: 5 }] }));
    expect(half.outcome).toBe('no-winner');
    expect(half.recognition?.date).toBe('2024-12-13');
  });
  it('a household ballot has its own consistency: ballots issued to every household, not to those present', () => {
    const fine = evaluateMeeting(meeting2024({ votingMode: 'household_ballot', present: 72, ballots: { issued: 100, returned: 72, valid: 70, invalid: 2 } }));
    expect(codes(fine)).not.toContain('tally.issued-exceeds-present');
    const over = evaluateMeeting(meeting2024({ votingMode: 'household_ballot', present: 72, ballots: { issued: 101, returned: 72, valid: 70, invalid: 2 } }));
    expect(over.outcome).toBe('inconsistent');
    expect(over.findings[0]).toMatchObject({ code: 'tally.issued-exceeds-total', path: 'ballots.issued', params: { issued: 101, total: 100 } });
  });
  it('a cho thôi làm follows the same path: too few at the meeting → ballots; a household ballot is counted', () => {
    const motion = { purpose: 'cho-thoi-lam', candidates: undefined };
    expect(evaluateMeeting(meeting2024({ ...motion, present: 45, motion: { votesFor: 40 } })).outcome).toBe('household-ballot-required');
    const carried = evaluateMeeting(meeting2024({ ...motion, votingMode: 'household_ballot', present: 70, ballots: null, motion: { votesFor: 60 } }));
    expect(carried.outcome).toBe('carried');
    expect(carried.recognition).toMatchObject({ ruleId: 'PROC.2023.CHOTHOI.RECOGNITION', condition: 'motion-carried' });
  });
  it('before 01/07/2023 a household ballot is not encoded: undetermined, nothing counted', () => {
    const r = evaluateMeeting(meeting2024({ electionDate: '2021-01-10', votingMode: 'household_ballot', ballots: { issued: 100, returned: 80, valid: 78, invalid: 2 } }));
    expect(r.outcome).toBe('undetermined');
    expect(r.findings).toEqual([expect.objectContaining({ code: 'procedure.household-ballot.not-encoded', ruleId: 'PROC.2008.HOUSEHOLD_BALLOT', path: 'votingMode' })]);
    expect(r.winner).toBeNull();
  });
});

describe('confidence raised and citations fixed per the December 2026 audit', () => {
  it('PROC.WIN_THRESHOLD from 01/07/2023: Luật 10/2022 Điều 21 khoản 1, confirmed', () => {
    const threshold = parameterOn(WIN_THRESHOLD, '2023-07-01')!;
    expect(threshold.confidence).toBe('confirmed');
    expect(provisions(threshold.citations)).toEqual(['10/2022/QH15 21 1', '10/2022/QH15 15 4']);
    expect(threshold.citations.every((c) => c.confidence === 'confirmed')).toBe(true);
    const r = evaluateMeeting(meeting2024());
    expect(r.outcome).toBe('elected');
    expect(r.findings.find((f) => f.code === 'procedure.elected')?.citations[0]).toMatchObject({ document: '10/2022/QH15', article: '21', clause: '1' });
  });
  it('PROC.MOTION from 01/07/2023 (cho thôi làm): Luật Điều 21 khoản 1 and NĐ 59 Điều 9, confirmed', () => {
    const threshold = parameterOn(MOTION_THRESHOLD, '2023-07-01')!;
    const purposes = parameterOn(MOTION_PURPOSES, '2023-07-01')!;
    expect([threshold.confidence, purposes.confidence, purposes.value]).toEqual(['confirmed', 'confirmed', ['cho-thoi-lam']]);
    expect(provisions([...threshold.citations, ...purposes.citations])).toEqual(['10/2022/QH15 21 1', '10/2022/QH15 15 4', '59/2023/NĐ-CP 9 1']);
    const r = evaluateMeeting({
      electionDate: '2024-03-03', unit: { name: 'Thôn 1' }, purpose: 'cho-thoi-lam', electorateBase: 'households', totalElectorate: 361, present: 300, votingMode: 'secret_ballot', motion: { votesFor: 190 },
    });
    const carried = r.findings.find((f) => f.code === 'procedure.motion.carried');
    expect(carried?.ruleId).toBe('PROC.MOTION');
    expect(provisions(carried?.citations ?? [])).toEqual(['10/2022/QH15 21 1', '10/2022/QH15 15 4', '59/2023/NĐ-CP 9 1']);
  });
  it('from 01/07/2023 PROC.NEW_ELECTION_WITHIN_DAYS (60 days, Điều 9 khoản 3) and PROC.RERUN_WITHIN_DAYS (no deadline, Điều 3 khoản 5 điểm d and Điều 8): confirmed', () => {
    const newElection = parameterOn(NEW_ELECTION_WITHIN_DAYS, '2023-07-01')!;
    expect([newElection.confidence, newElection.value]).toEqual(['confirmed', 60]);
    expect(provisions(newElection.citations)).toEqual(['59/2023/NĐ-CP 9 3']);
    const rerun = parameterOn(RERUN_WITHIN_DAYS, '2023-07-01')!;
    expect([rerun.confidence, rerun.value]).toEqual(['confirmed', null]);
    expect(provisions(rerun.citations)).toEqual(['59/2023/NĐ-CP 3 5 d', '59/2023/NĐ-CP 8']);
  });
  it('the interim after cho thôi làm: confirmed (Điều 9 khoản 3), chosen by the UBND cấp xã with the UBMTTQ cấp xã, no cap', () => {
    expect(interimAfterChoThoiLam2023.confidence).toBe('confirmed');
    expect(provisions(interimAfterChoThoiLam2023.citations)).toEqual(['59/2023/NĐ-CP 9 3']);
    const r = evaluateMeeting(meeting2024({ purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 60 }, recognizedOn: '2024-12-10' }));
    expect(r.outcome).toBe('carried');
    expect(r.interim).toMatchObject({ ruleId: 'PROC.2023.CHOTHOI.INTERIM', condition: 'motion-carried', confidence: 'confirmed', maxMonths: null });
    const f = r.findings.find((x) => x.code === 'procedure.interim.after-cho-thoi-lam')!;
    expect(formatFinding(f)).toContain('sau khi thống nhất với Ủy ban Mặt trận Tổ quốc');
    expect(formatFinding(f, 'en')).toContain('Fatherland Front');
    // The interim after a failed re-run stays unconfirmed (no text on a second failure).
    expect(interim2023.confidence).toBe('unconfirmed');
  });
  it('PROC.2023.TRANSITION: 01/07/2023 – 14/08/2023, the decree in force on 15/08/2023 (confirmed in sources.ts)', () => {
    expect([transition2023.from, transition2023.to, transition2023.params.effective]).toEqual(['2023-07-01', '2023-08-14', '2023-08-15']);
    expect(SOURCES['59/2023/NĐ-CP'].effective).toBe(transition2023.params.effective);
  });
});

describe('cho thôi làm steps of NĐ 59/2023 Điều 9 khoản 3', () => {
  const cho = (over: Record<string, unknown> = {}) => meeting2024({ electionDate: '2024-03-03', purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 60 }, ...over });
  it('carried: recognised within 5 working days of receipt', () => {
    const r = evaluateMeeting(cho());
    expect(r.recognition).toMatchObject({ date: '2024-03-08', basis: { kind: 'working-days-after', days: 5, from: '2024-03-03' }, ruleId: 'PROC.2023.CHOTHOI.RECOGNITION', source: 'national', confidence: 'confirmed' });
    expect(r.findings.find((f) => f.code === 'procedure.cho-thoi-lam.recognition')?.params).toEqual({ deadline: '2024-03-08', workingDays: 5, from: '2024-03-03' });
    expect(evaluateMeeting(cho({ receivedOn: '2024-03-05' })).recognition?.date).toBe('2024-03-12');
    expect(r.steps.map((s) => s.id)).toEqual(['recognition', 'interim-appointment', 'new-election-decision']);
    // Before 2023 a carried dismissal has no recognition step encoded.
    expect(evaluateMeeting(cho({ electionDate: '2021-01-10', purpose: 'dismissal' })).recognition).toBeNull();
  });
  it('not carried: the commune decides, after agreeing with the UBMTTQ cấp xã (no deadline)', () => {
    const r = evaluateMeeting(cho({ motion: { votesFor: 50 } }));
    expect(r.outcome).toBe('not-carried');
    expect(codes(r)).toEqual(['procedure.motion.not-carried', 'procedure.cho-thoi-lam.commune-decides']);
    expect(r.communeDecision).toMatchObject({ id: 'commune-decision', date: null, condition: 'motion-not-carried', ruleId: 'PROC.2023.CHOTHOI.COMMUNE_DECISION', confidence: 'secondary' });
    expect(r.steps).toEqual([r.communeDecision]);
    // Not before 2023, and not for an election.
    expect(evaluateMeeting(cho({ electionDate: '2021-01-10', purpose: 'dismissal', motion: { votesFor: 50 } })).communeDecision).toBeNull();
  });
});

describe('the meeting decision sent to the commune (NĐ 59 Điều 3 khoản 5 điểm d)', () => {
  it('a receipt after the 5 working days is reported; recognition still counts from the receipt', () => {
    const late = evaluateMeeting(meeting2024({ electionDate: '2023-09-17', receivedOn: '2023-09-26' }));
    expect(late.outcome).toBe('elected');
    expect(late.findings.find((f) => f.code === 'procedure.decision-sent.late')).toMatchObject({ ruleId: 'PROC.2023.DECISION_SENT', path: 'receivedOn', params: { receivedOn: '2023-09-26', deadline: '2023-09-22', workingDays: 5 } });
    expect(late.recognition?.date).toBe('2023-10-03');
    expect(codes(evaluateMeeting(meeting2024({ electionDate: '2023-09-17', receivedOn: '2023-09-22' })))).not.toContain('procedure.decision-sent.late');
    expect(codes(evaluateMeeting(meeting2024({ electionDate: '2021-01-10', receivedOn: '2021-01-26' })))).not.toContain('procedure.decision-sent.late');
  });
});

describe('LAW.NOT_REVIEWED on meetings', () => {
  it('a meeting on 2027-01-10 carries law.not-reviewed in findings and trace, with the same outcome; one on 2026-10-18 does not', () => {
    const later = evaluateMeeting(meeting2024({ electionDate: '2027-01-10' }));
    const before = evaluateMeeting(meeting2024({ electionDate: '2026-10-18' }));
    expect(later.outcome).toBe('elected');
    expect(before.outcome).toBe('elected');
    expect(later.findings[0]).toMatchObject({ code: 'law.not-reviewed', ruleId: 'LAW.NOT_REVIEWED', severity: 'warning', params: { reviewedThrough: LAW_REVIEWED_THROUGH } });
    expect(later.trace[0]).toMatchObject({ ruleId: 'LAW.NOT_REVIEWED', status: 'advice' });
    expect(later.ruleIds).toContain('LAW.NOT_REVIEWED');
    expect(codes(later).slice(1)).toEqual(codes(before));
    expect(codes(before)).not.toContain('law.not-reviewed');
    expect(before.ruleIds).not.toContain('LAW.NOT_REVIEWED');
    expect(codes(evaluateMeeting(meeting2024({ electionDate: LAW_REVIEWED_THROUGH })))).not.toContain('law.not-reviewed');
  });
  it('does not change any outcome: inconsistent, household-ballot-required and no-winner stay what they are', () => {
    for (const over of [{ present: 40, candidates: [{ name: 'A', votes: 30 }] }, { present: 120 }, { candidates: [{ name: 'A', votes: 40 }] }]) {
      const a = evaluateMeeting(meeting2024({ ...over, electionDate: '2027-01-10' }));
      const b = evaluateMeeting(meeting2024({ ...over, electionDate: '2026-11-29' }));
      expect(a.outcome).toBe(b.outcome);
      expect(codes(a)).toEqual(['law.not-reviewed', ...codes(b)]);
    }
  });
});

describe('interim heads: PROC.INTERIM_MAX_MONTHS and interimDeadline (NĐ 185/2026 Điều 4 khoản 2)', () => {
  it('is a dated law parameter: 6 months from 01/03/2018 (TT 04/2012 Điều 12 k2 a) and from 26/05/2026 (NĐ 185/2026, secondary)', () => {
    expect(PROCEDURE_PARAMETERS).toContain(INTERIM_MAX_MONTHS);
    expect(parameterOn(INTERIM_MAX_MONTHS, '2018-02-28')).toBeUndefined();
    expect(parameterOn(INTERIM_MAX_MONTHS, '2018-03-01')).toMatchObject({ value: 6, confidence: 'confirmed', citations: [{ document: '04/2012/TT-BNV', article: '12', clause: '2', point: 'a' }] });
    expect(parameterOn(INTERIM_MAX_MONTHS, '2026-05-25')?.citations[0]?.document).toBe('04/2012/TT-BNV');
    const now = parameterOn(INTERIM_MAX_MONTHS, '2026-05-26')!;
    expect(now).toMatchObject({ value: 6, to: null, confidence: 'secondary', citations: [{ document: '185/2026/NĐ-CP', article: '4', clause: '2', confidence: 'secondary' }] });
    expect(now.citations[0]?.note).toContain('Công báo');
    expect(listParameters({ date: '2026-10-18' }).find((p) => p.id === 'PROC.INTERIM_MAX_MONTHS')).toMatchObject({ area: 'procedure', value: 6 });
    expect(lawChanges('2026-05-25', '2026-05-26').parameters.map((p) => p.id)).toContain('PROC.INTERIM_MAX_MONTHS');
    const known = new Set<string>(Object.values(SOURCES).map((s) => s.number));
    for (const v of INTERIM_MAX_MONTHS.values) for (const c of v.citations) expect(known.has(c.document), c.document).toBe(true);
  });
  it('interimDeadline: 6 calendar months after the appointment decision (end of month clamped)', () => {
    const d = interimDeadline('2026-07-01');
    expect(d).toMatchObject({ ok: true, issues: [], appointedOn: '2026-07-01', electionDueBy: '2027-01-01', maxMonths: 6, parameterId: 'PROC.INTERIM_MAX_MONTHS', confidence: 'secondary' });
    expect(d.citations).toEqual([expect.objectContaining({ document: '185/2026/NĐ-CP', article: '4', clause: '2' })]);
    expect(d.findings).toEqual([]);
    expect(interimDeadline('2026-05-26').electionDueBy).toBe('2026-11-26');
    expect(interimDeadline('2026-08-31').electionDueBy).toBe('2027-02-28');
    expect(interimDeadline('2027-08-31').electionDueBy).toBe('2028-02-29');
    // Before 26/05/2026 the same 6 months under TT 04/2012; before 01/03/2018 no cap was read.
    expect(interimDeadline('2025-01-15')).toMatchObject({ electionDueBy: '2025-07-15', confidence: 'confirmed', citations: [expect.objectContaining({ document: '04/2012/TT-BNV' })] });
    expect(interimDeadline('2017-06-01')).toMatchObject({ ok: true, electionDueBy: null, maxMonths: null, citations: [], confidence: null });
  });
  it('interimDeadline: an appointment after the review carries law.not-reviewed; bad input is a coded issue, never a throw', () => {
    expect(interimDeadline('2027-01-05').findings.map((f) => f.code)).toEqual(['law.not-reviewed']);
    expect(interimDeadline('01/07/2026')).toMatchObject({ ok: false, electionDueBy: null, issues: [{ path: 'appointedOn', code: 'input.invalid-date' }] });
    expect(interimDeadline('2026-02-30').issues[0]?.code).toBe('input.invalid-date');
    expect(interimDeadline(undefined).issues[0]?.code).toBe('input.required');
    expect(interimDeadline(20260701).issues[0]?.code).toBe('input.wrong-type');
  });
  it('an interim after a failed re-run from 26/05/2026 cites NĐ 185/2026 for its cap, and TT 04/2012 before', () => {
    const rerun = (electionDate: string) => evaluateMeeting(meeting2024({ electionDate, round: 'rerun', candidates: [{ name: 'A', votes: 40 }] }));
    const after = rerun('2026-10-18').interim!;
    expect(after).toMatchObject({ maxMonths: 6, ruleId: 'PROC.2023.INTERIM', confidence: 'unconfirmed' });
    expect(after.citations.map((c) => c.document)).toEqual(['59/2023/NĐ-CP', '185/2026/NĐ-CP']);
    const earlier = rerun('2024-12-22').interim!;
    expect(earlier.maxMonths).toBe(6);
    expect(earlier.citations.map((c) => c.document)).toEqual(['59/2023/NĐ-CP', '04/2012/TT-BNV']);
  });
});
