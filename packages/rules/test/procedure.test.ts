import { MEETING_INPUT_CODES, percentOf, TALLY_CODES } from '@truongthon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateMeeting, FIELD_LABELS, fieldLabel, formatFinding, listRules, MESSAGES, PROCEDURE_RULES, procedureSetOn, SOURCES, type MeetingResult } from '../src/index';
import { procedureEn, procedureEnFields } from '../src/messages/procedure.en';
import { procedureVi, procedureViFields } from '../src/messages/procedure.vi';
import { en, enFields } from '../src/messages/en';
import { vi, viFields } from '../src/messages/vi';

/** The worked example of published legal Q&A: 159 of 361 households. */
const meeting = (over: Record<string, unknown> = {}) => ({
  electionDate: '2021-01-10',
  province: '46',
  unit: { code: '1', name: 'Tổ dân phố 1', kind: 'to_dan_pho' },
  electorateBase: 'households',
  totalElectorate: 361,
  present: 300,
  votingMode: 'secret_ballot',
  ballots: { issued: 300, returned: 298, valid: 290, invalid: 8 },
  candidates: [{ name: 'Nguyễn Văn An', votes: 159, nominatedBy: 'front_committee' }, { name: 'Trần Thị Bình', votes: 131, nominatedBy: 'front_committee' }],
  ...over,
});
const codes = (r: MeetingResult) => r.findings.map((f) => f.code);
const elected = (over: Record<string, unknown> = {}) =>
  meeting({ candidates: [{ name: 'Nguyễn Văn An', votes: 181, nominatedBy: 'front_committee' }, { name: 'Trần Thị Bình', votes: 109, nominatedBy: 'self' }], ...over });

describe('evaluateMeeting: worked examples', () => {
  it('159 of 361 households = 44.04%: no winner, though it is a majority of those present and of valid ballots', () => {
    const r = evaluateMeeting(meeting());
    expect(r.outcome).toBe('no-winner');
    expect(r.regime?.id).toBe('R2018');
    expect(r.candidates[0]).toEqual({ name: 'Nguyễn Văn An', votes: 159, percent: 44.04, nominatedBy: 'front_committee' });
    expect(r.winner).toBeNull();
    expect(r.quorum).toEqual({ present: 300, total: 361, percent: 83.1, requiredPercent: 50, met: true });
    expect(r.rerun).toMatchObject({ id: 'rerun', date: '2021-01-25', basis: { kind: 'calendar-days-after', days: 15, from: '2021-01-10' }, ruleId: 'PROC.RERUN', confidence: 'secondary' });
    expect(r.recognition).toBeNull();
    expect(codes(r)).toEqual(['procedure.no-winner', 'procedure.rerun.deadline']);
    expect(r.findings[0]).toMatchObject({ ruleId: 'PROC.WIN', params: { name: 'Nguyễn Văn An', votes: 159, total: 361, percent: 44.04, required: 50 } });
    expect(formatFinding(r.findings[0]!)).toContain('44,04%');
    expect(formatFinding(r.findings[0]!, 'en')).toContain('44.04%');
    expect(r.ruleIds).toEqual(['PROC.COUNT.CONSISTENCY', 'PROC.CANDIDATES', 'PROC.2008.QUORUM', 'PROC.WIN', 'PROC.RERUN']);
  });
  it('181 of 361 elects, with the recognition deadline in working days (4, unconfirmed; Kon Tum 5)', () => {
    const r = evaluateMeeting(elected());
    expect(r.outcome).toBe('elected');
    expect(r.winner).toEqual({ name: 'Nguyễn Văn An', votes: 181, percent: 50.14 });
    expect(r.recognition).toMatchObject({ date: '2021-01-14', basis: { kind: 'working-days-after', days: 4, from: '2021-01-10' }, confidence: 'unconfirmed', source: 'national', overlayId: null });
    expect(r.rerun).toBeNull();
    expect(codes(r)).toEqual(['procedure.elected', 'procedure.recognition.deadline', 'procedure.recognition.counted-from-meeting']);
    const kt = evaluateMeeting(elected({ province: '62' }));
    expect(kt.recognition).toMatchObject({ date: '2021-01-15', basis: { days: 5 }, source: 'province', overlayId: '62-kon-tum', confidence: 'secondary' });
    expect(kt.recognition?.citations[0]?.document).toBe('34/2020/QĐ-UBND');
  });
  it('counts the recognition period from the day of receipt, over holidays', () => {
    expect(evaluateMeeting(elected({ receivedOn: '2021-01-11' })).recognition?.date).toBe('2021-01-15');
    // Giỗ Tổ Hùng Vương 2019 (10/3 âm lịch) fell on Sunday 14/04: nghỉ bù on Monday 15/04.
    expect(evaluateMeeting(elected({ electionDate: '2019-04-12' })).recognition?.date).toBe('2019-04-19');
    // Tết Ất Tỵ: 25/01–02/02/2025 off; 5 working days from Sunday 26/01/2025.
    expect(evaluateMeeting(elected({ electionDate: '2025-01-26', province: null })).recognition?.date).toBe('2025-02-07');
  });
  it('"more than half" at exactly half fails, for attendance and for votes', () => {
    const half = evaluateMeeting(meeting({ totalElectorate: 360, present: 180, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 170 }] }));
    expect(half.outcome).toBe('invalid-meeting');
    expect(half.findings[0]).toMatchObject({ code: 'procedure.quorum.not-met', path: 'present', params: { present: 180, total: 360, percent: 50, required: 50 } });
    const votesHalf = evaluateMeeting(meeting({ totalElectorate: 360, present: 181, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 180 }] }));
    expect(votesHalf.outcome).toBe('no-winner');
    const more = evaluateMeeting(meeting({ totalElectorate: 360, present: 181, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 181 }] }));
    expect(more.outcome).toBe('elected');
  });
});

describe('evaluateMeeting: inconsistent records never give a silent result', () => {
  // Records on which a candidate could have won on some reading: no result, and nothing follows.
  it.each([
    ['votes above valid ballots', { candidates: [{ name: 'A', votes: 291 }] }, ['tally.votes-exceed-valid']],
    ['zero candidates', { candidates: [] }, ['tally.no-candidates']],
    ['the same name twice', { candidates: [{ name: 'A', votes: 1 }, { name: 'a', votes: 2 }] }, ['tally.duplicate-candidate']],
    [
      'a tie at the top among winners',
      { totalElectorate: 100, present: 100, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 60 }, { name: 'B', votes: 60 }] },
      ['tally.multiple-winners'],
    ],
  ])('%s', (_name, over, expected) => {
    const r = evaluateMeeting(meeting(over));
    expect(r.outcome).toBe('inconsistent');
    // No outcome finding (elected, no winner): only what is wrong.
    expect(codes(r).filter((c) => c !== 'tally.total-votes-exceed-present')).toEqual(expected);
    expect(r.winner).toBeNull();
    expect(r.followUpAs).toBeNull();
    expect(r.recognition).toBeNull();
    expect(r.rerun).toBeNull();
    expect(r.steps).toEqual([]);
  });
  // Law correction (audit 4.4, PROC.COUNT.CONSISTENCY): contradictory figures on which nobody can have won
  // stay inconsistent, but what follows a meeting without a winner follows, with the reason.
  it.each([
    ['all votes above valid ballots', { candidates: [{ name: 'A', votes: 160 }, { name: 'B', votes: 131 }] }, 'tally.total-votes-exceed-valid', 160],
    ['valid + invalid ≠ returned', { ballots: { issued: 300, returned: 298, valid: 290, invalid: 9 } }, 'tally.valid-invalid-mismatch', 159],
    ['returned above issued', { ballots: { issued: 297, returned: 298, valid: 290, invalid: 8 } }, 'tally.returned-exceeds-issued', 159],
    ['present above total', { present: 362, ballots: null, votingMode: 'show_of_hands' }, 'tally.present-exceeds-total', 159],
  ])('%s, nobody above 50%% of the electorate on any reading: the re-run still follows', (_name, over, problem, votes) => {
    const r = evaluateMeeting(meeting(over));
    expect(r.outcome).toBe('inconsistent');
    expect(r.followUpAs).toBe('no-winner');
    expect(r.winner).toBeNull();
    expect(codes(r)).toEqual([problem, 'procedure.count.no-winner-on-any-reading', 'procedure.rerun.deadline']);
    expect(r.findings[1]).toMatchObject({ ruleId: 'PROC.COUNT.NO_WINNER_ON_ANY_READING', severity: 'warning', params: { votes, total: 361, percent: percentOf(votes, 361), required: 50 } });
    expect(r.rerun).toMatchObject({ date: '2021-01-25', ruleId: 'PROC.RERUN' });
    expect(r.steps.map((s) => s.id)).toEqual(['rerun']);
  });
  it('more votes than people present, nobody above half: the ND 59 re-run decision follows (2024)', () => {
    const r = evaluateMeeting(meeting({ electionDate: '2024-12-08', province: null, present: 200, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 150 }, { name: 'B', votes: 100 }] }));
    expect(r.outcome).toBe('inconsistent');
    expect(r.followUpAs).toBe('no-winner');
    expect(codes(r)).toEqual(['tally.total-votes-exceed-present', 'procedure.count.no-winner-on-any-reading', 'procedure.recognition.rerun-decision', 'procedure.recognition.counted-from-meeting', 'procedure.rerun.deadline-not-set']);
    expect(r.recognition).toMatchObject({ date: '2024-12-13', ruleId: 'PROC.RECOGNITION' });
    expect(r.rerun).toMatchObject({ date: null, ruleId: 'PROC.RERUN' });
    // Someone above half on one reading (A's own figure): no follow-up.
    const could = evaluateMeeting(meeting({ electionDate: '2024-12-08', province: null, present: 200, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 190 }, { name: 'B', votes: 100 }] }));
    expect([could.outcome, could.followUpAs, could.rerun, could.recognition]).toEqual(['inconsistent', null, null, null]);
    // Two lines of one name are read as one person: 100 + 90 > 180.5.
    const same = evaluateMeeting(meeting({ electionDate: '2024-12-08', province: null, present: 200, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 100 }, { name: 'B', votes: 20 }, { name: ' a', votes: 90 }] }));
    expect(same.followUpAs).toBeNull();
    // A re-run with contradictory figures and nobody above half: the interim follows.
    const rerun = evaluateMeeting(meeting({ round: 'rerun', present: 362, ballots: null, votingMode: 'show_of_hands' }));
    expect(rerun.interim).toMatchObject({ condition: 'rerun-failed', maxMonths: 6 });
  });
  it('a contradictory record that also fails another rule, or a meeting too few attended, keeps no follow-up', () => {
    const voters = evaluateMeeting(meeting({ electionDate: '2024-12-08', province: null, electorateBase: 'voters', present: 200, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 150 }, { name: 'B', votes: 100 }] }));
    expect([voters.outcome, voters.followUpAs, voters.steps]).toEqual(['inconsistent', null, []]);
    const fewPresent = evaluateMeeting(meeting({ electionDate: '2024-12-08', province: null, totalElectorate: 100, present: 40, ballots: null, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 45 }] }));
    expect([fewPresent.outcome, fewPresent.followUpAs, fewPresent.steps]).toEqual(['inconsistent', null, []]);
    expect(codes(fewPresent)).toEqual(['tally.votes-exceed-present', 'procedure.household-ballot.required']);
  });
  // Law correction (audit 4.4, PROC.2008.CANDIDATES and PROC.2023.ELECTION_GROUP): a procedural irregularity is flagged and the vote still counted.
  it('three candidates on the Front list under NQLT 09/2008: flagged, still counted', () => {
    const r = evaluateMeeting(meeting({ candidates: ['A', 'B', 'C'].map((name) => ({ name, votes: 10, nominatedBy: 'front_committee' })) }));
    expect(r.outcome).toBe('no-winner');
    expect(r.findings[0]).toMatchObject({ code: 'procedure.candidates.too-many-nominated', severity: 'warning', path: 'candidates', params: { count: 3, max: 2 } });
    const won = evaluateMeeting(meeting({ candidates: [{ name: 'A', votes: 200, nominatedBy: 'front_committee' }, ...['B', 'C'].map((name) => ({ name, votes: 10, nominatedBy: 'front_committee' }))] }));
    expect(won.outcome).toBe('elected');
    expect(codes(won)).toContain('procedure.candidates.too-many-nominated');
  });
  it('an election-group member who stands: flagged from 2023 (ND 59 Điều 6 khoản 1 điểm b), still counted; not checked before', () => {
    const rec = { electionGroup: ['Lê Thị Hoa', ' nguyễn  văn an '], electionDate: '2023-09-17', province: null };
    const r = evaluateMeeting(elected(rec));
    expect(r.outcome).toBe('elected');
    expect(r.recognition?.date).toBe('2023-09-22');
    expect(r.findings.find((f) => f.code === 'procedure.election-group.member-is-candidate')).toMatchObject({ ruleId: 'PROC.2023.ELECTION_GROUP', severity: 'warning', path: 'candidates.0.name', params: { name: 'Nguyễn Văn An' } });
    const before = evaluateMeeting(elected({ ...rec, electionDate: '2023-06-30' }));
    expect(before.outcome).toBe('elected');
    expect(codes(before)).not.toContain('procedure.election-group.member-is-candidate');
  });
  it('three Front candidates are fine under ND 59/2023 (at least one, no upper bound)', () => {
    const r = evaluateMeeting(meeting({ electionDate: '2023-09-17', province: null, candidates: ['A', 'B', 'C'].map((name) => ({ name, votes: 10, nominatedBy: 'front_committee' })) }));
    expect(r.outcome).toBe('no-winner');
  });
  it('a tie at the top without a winner is reported as information', () => {
    const r = evaluateMeeting(meeting({ candidates: [{ name: 'A', votes: 140 }, { name: 'B', votes: 140 }] }));
    expect(r.outcome).toBe('no-winner');
    expect(codes(r)).toEqual(['procedure.no-winner', 'tally.tie-at-top', 'procedure.rerun.deadline']);
  });
  it('a secret ballot without ballot figures is counted, with a warning', () => {
    const r = evaluateMeeting(elected({ ballots: null }));
    expect(r.outcome).toBe('elected');
    expect(codes(r)[0]).toBe('tally.ballots-missing');
  });
});

describe('evaluateMeeting: regime boundaries', () => {
  it('2023-06-30 is NQLT 09/2008, 2023-07-01 is Luật 10/2022 + ND 59/2023 (applied by analogy until 14/08/2023: the decree is in force from 15/08)', () => {
    const before = evaluateMeeting(elected({ electionDate: '2023-06-30', province: null }));
    const after = evaluateMeeting(elected({ electionDate: '2023-07-01', province: null }));
    expect([before.regime?.id, after.regime?.id]).toEqual(['R2018', 'R2023']);
    expect(before.recognition).toMatchObject({ date: '2023-07-06', basis: { days: 4 }, ruleId: 'PROC.RECOGNITION' });
    expect(after.recognition).toMatchObject({ date: '2023-07-07', basis: { days: 5 }, ruleId: 'PROC.RECOGNITION', confidence: 'confirmed' });
    expect(before.ruleIds).not.toContain('PROC.2023.TRANSITION');
    expect(codes(after)[0]).toBe('procedure.decree-not-yet-in-force');
    expect(codes(evaluateMeeting(elected({ electionDate: '2023-08-13', province: null })))[0]).toBe('procedure.decree-not-yet-in-force');
    // Law correction (audit Q8): NĐ 59/2023 is in force from 15/08/2023, so 14/08 is still in the window.
    const last = evaluateMeeting(elected({ electionDate: '2023-08-14', province: null }));
    expect(last.findings[0]).toMatchObject({ code: 'procedure.decree-not-yet-in-force', params: { decree: '59/2023/NĐ-CP', effective: '2023-08-15' } });
    expect(codes(evaluateMeeting(elected({ electionDate: '2023-08-15', province: null })))).not.toContain('procedure.decree-not-yet-in-force');
  });
  it('no winner: a 15-day re-run before, no deadline after (null, with a finding; confirmed: ND 59 Điều 3 khoản 5 điểm d, Điều 8)', () => {
    const before = evaluateMeeting(meeting({ electionDate: '2023-06-30', province: null }));
    expect(before.rerun?.date).toBe('2023-07-15');
    const after = evaluateMeeting(meeting({ electionDate: '2023-09-17', province: null }));
    expect(after.outcome).toBe('no-winner');
    // Law correction (audit Q2): the absence of a deadline is confirmed.
    expect(after.rerun).toMatchObject({ date: null, basis: { kind: 'not-set' }, ruleId: 'PROC.RERUN', confidence: 'confirmed' });
    expect(after.rerun?.citations.map((c) => [c.article, c.clause ?? null, c.point ?? null])).toEqual([['3', '5', 'd'], ['8', null, null]]);
    expect(after.recognition).toMatchObject({ date: '2023-09-22', basis: { days: 5 } });
    expect(codes(after)).toEqual(['procedure.no-winner', 'procedure.recognition.rerun-decision', 'procedure.recognition.counted-from-meeting', 'procedure.rerun.deadline-not-set']);
  });
  it('counting on voters is allowed until 2023-06-30, not from 2023-07-01 (one vote per household)', () => {
    expect(evaluateMeeting(elected({ electionDate: '2023-06-30', electorateBase: 'voters' })).outcome).toBe('elected');
    const r = evaluateMeeting(elected({ electionDate: '2023-07-01', province: null, electorateBase: 'voters' }));
    expect(r.outcome).toBe('inconsistent');
    expect(r.findings.find((f) => f.code === 'procedure.voting-unit.households-required')?.path).toBe('electorateBase');
  });
  it('before 17/04/2008 the procedure is not encoded; before 12/05/2005 it is not covered', () => {
    const r = evaluateMeeting(elected({ electionDate: '2008-04-16', province: null }));
    expect(r.outcome).toBe('undetermined');
    expect(codes(r)).toEqual(['procedure.not-encoded']);
    expect(evaluateMeeting(elected({ electionDate: '2008-04-17', province: null })).outcome).toBe('elected');
    const old = evaluateMeeting(elected({ electionDate: '2005-05-11', province: null }));
    expect(old.outcome).toBe('invalid');
    expect(old.issues.map((i) => i.code)).toEqual(['input.before-coverage']);
  });
  it('from 2025-07-01 the same procedure (R2025); province codes are read on the meeting date', () => {
    expect(evaluateMeeting(elected({ electionDate: '2025-06-30', province: '62' })).regime?.id).toBe('R2023');
    const r = evaluateMeeting(elected({ electionDate: '2025-07-01', province: null }));
    expect(r.regime?.id).toBe('R2025');
    expect(r.recognition?.ruleId).toBe('PROC.RECOGNITION');
    const kt = evaluateMeeting(elected({ electionDate: '2025-07-01', province: '62' }));
    expect(kt.outcome).toBe('invalid');
    expect(kt.issues[0]).toMatchObject({ path: 'province', code: 'input.unknown-province' });
  });
  it('the Kon Tum overlay (5 days) ends on 2023-08-14, the day before ND 59 took effect; ND 59 gives 5 anyway', () => {
    expect(evaluateMeeting(elected({ electionDate: '2023-08-14', province: '62' })).recognition).toMatchObject({ source: 'province' });
    expect(evaluateMeeting(elected({ electionDate: '2023-08-15', province: '62' })).recognition).toMatchObject({ source: 'national', basis: { days: 5 } });
  });
  it('every dated procedure rule is in force exactly within its window', () => {
    for (const rule of PROCEDURE_RULES) {
      const ids = (date: string) => listRules({ date }).map((r) => r.id);
      expect(ids(rule.from), `${rule.id} on ${rule.from}`).toContain(rule.id);
      if (rule.to) {
        expect(ids(rule.to)).toContain(rule.id);
        const next = new Date(`${rule.to}T00:00:00Z`);
        next.setUTCDate(next.getUTCDate() + 1);
        expect(ids(next.toISOString().slice(0, 10)), `${rule.id} after ${rule.to}`).not.toContain(rule.id);
      }
    }
    expect(procedureSetOn('2023-06-30')?.id).toBe('NQLT-09/2008');
    expect(procedureSetOn('2023-07-01')?.id).toBe('ND-59/2023');
    expect(procedureSetOn('2008-04-16')).toBeUndefined();
  });
});

describe('evaluateMeeting: re-runs, interim leaders, motions', () => {
  it('a re-run with no winner leads to the interim appointment (unconfirmed), capped at 6 months from 2018', () => {
    const r = evaluateMeeting(meeting({ electionDate: '2021-01-24', round: 'rerun', firstRoundDate: '2021-01-10' }));
    expect(r.outcome).toBe('no-winner');
    expect(r.rerun).toBeNull();
    expect(r.interim).toMatchObject({ id: 'interim-appointment', date: null, condition: 'rerun-failed', maxMonths: 6, confidence: 'unconfirmed' });
    expect(codes(r)).toEqual(['procedure.no-winner', 'procedure.interim.after-failed-rerun', 'procedure.interim.max-months']);
    expect(evaluateMeeting(meeting({ electionDate: '2015-06-14', province: null, round: 'rerun' })).interim?.maxMonths).toBeNull();
  });
  it('a re-run held after 15 days gets a warning', () => {
    const r = evaluateMeeting(elected({ electionDate: '2021-01-26', round: 'rerun', firstRoundDate: '2021-01-10' }));
    expect(r.outcome).toBe('elected');
    expect(r.findings.find((f) => f.code === 'procedure.rerun.late')?.params).toEqual({ firstRoundDate: '2021-01-10', deadline: '2021-01-25', days: 15 });
  });
  it('dismissal and removal vote on the same footing: more than half of the whole electorate', () => {
    const base = { purpose: 'dismissal', candidates: undefined, motion: { subject: 'Nguyễn Văn An', votesFor: 181, votesAgainst: 100 } };
    const r = evaluateMeeting(meeting({ ...base, ballots: { issued: 300, returned: 298, valid: 290, invalid: 8 } }));
    expect(r.outcome).toBe('carried');
    expect(r.motion).toEqual({ votesFor: 181, percent: 50.14, carried: true });
    expect(r.newElection).toMatchObject({ date: null, basis: { kind: 'not-set' }, ruleId: 'PROC.NEW_ELECTION' });
    expect(r.interim).toMatchObject({ condition: 'motion-carried', maxMonths: 6 });
    expect(codes(r)).toEqual(['procedure.motion.carried', 'procedure.interim.after-motion', 'procedure.interim.max-months', 'procedure.new-election.deadline-not-set']);
    const no = evaluateMeeting(meeting({ ...base, purpose: 'removal', motion: { votesFor: 180, votesAgainst: 100 } }));
    expect(no.outcome).toBe('not-carried');
    expect(no.interim).toBeNull();
  });
  it('cho thôi làm (from 2023): new election decided within 60 days of the recognition', () => {
    const base = { electionDate: '2024-03-03', province: null, purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 200 } };
    const r = evaluateMeeting(meeting({ ...base, recognizedOn: '2024-03-04' }));
    expect(r.outcome).toBe('carried');
    // Law correction (audit Q3): ND 59 Điều 9 khoản 3 is confirmed.
    expect(r.newElection).toMatchObject({ date: '2024-05-03', basis: { kind: 'calendar-days-after', days: 60, from: '2024-03-04' }, confidence: 'confirmed' });
    expect(r.interim?.maxMonths).toBeNull();
    const noDate = evaluateMeeting(meeting(base));
    expect(noDate.newElection).toMatchObject({ date: null, basis: { kind: 'calendar-days-after', days: 60, from: null } });
    expect(codes(noDate)).toContain('procedure.new-election.after-recognition');
  });
  it('labels that do not belong to the regime are evaluated on the same footing, with a warning', () => {
    const dismissal2024 = evaluateMeeting(meeting({ electionDate: '2024-03-03', province: null, purpose: 'dismissal', candidates: undefined, motion: { votesFor: 200 } }));
    expect(codes(dismissal2024)[0]).toBe('procedure.purpose.merged-into-cho-thoi-lam');
    expect(dismissal2024.outcome).toBe('carried');
    const cho2020 = evaluateMeeting(meeting({ electionDate: '2020-03-01', province: null, purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 100 } }));
    expect(codes(cho2020)).toEqual(['procedure.purpose.cho-thoi-lam-before-2023', 'procedure.motion.not-carried']);
  });
  it('checks preparation dates against the deadlines', () => {
    const r = evaluateMeeting(elected({ preparation: { planOn: '2020-12-21', candidateListOn: '2020-12-27', electionGroupOn: '2020-12-31' } }));
    expect(r.outcome).toBe('elected');
    expect(r.findings.filter((f) => f.code.startsWith('procedure.prep')).map((f) => [f.code, f.path, f.params['latest']])).toEqual([
      ['procedure.prep.too-late.candidate-list', 'preparation.candidateListOn', '2020-12-26'],
    ]);
  });
});

describe('evaluateMeeting: input', () => {
  it('returns coded issues for unreadable input, never throws', () => {
    const r = evaluateMeeting({ electionDate: '10/01/2021' });
    expect(r.outcome).toBe('invalid');
    expect(r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(expect.arrayContaining(['electionDate:input.invalid-date', 'unit:input.required', 'totalElectorate:input.required']));
    expect(evaluateMeeting(elected({ province: 'Atlantis' })).issues[0]?.code).toBe('input.unknown-province');
    expect(evaluateMeeting(elected({ province: null }), { province: '62' }).province?.code).toBe('62');
  });
  it('never throws, whatever it is given (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        expect(typeof evaluateMeeting(x).outcome).toBe('string');
      }),
      { numRuns: 300 },
    );
    const field = fc.record({
      electionDate: fc.constantFrom('2004-01-01', '2006-01-01', '2021-01-10', '2023-06-30', '2023-07-01', '2025-07-01', '2199-01-01'),
      totalElectorate: fc.integer({ min: -1, max: 50 }),
      present: fc.integer({ min: -1, max: 60 }),
      votes: fc.array(fc.integer({ min: 0, max: 60 }), { maxLength: 4 }),
      purpose: fc.constantFrom('election', 'dismissal', 'cho-thoi-lam'),
      round: fc.constantFrom('first', 'rerun'),
    });
    fc.assert(
      fc.property(field, (f) => {
        const r = evaluateMeeting({
          electionDate: f.electionDate, unit: { name: 'T' }, electorateBase: 'households', totalElectorate: f.totalElectorate, present: f.present,
          votingMode: 'show_of_hands', purpose: f.purpose, round: f.round,
          ...(f.purpose === 'election' ? { candidates: f.votes.map((v, i) => ({ name: `C${i}`, votes: v })) } : { motion: { votesFor: f.votes[0] ?? 0 } }),
        });
        expect(r.outcome).toBeTypeOf('string');
        if (r.outcome === 'elected') {
          expect(r.winner!.votes * 2).toBeGreaterThan(f.totalElectorate);
          expect(r.candidates.filter((c) => c.votes * 2 > f.totalElectorate)).toHaveLength(1);
        }
      }),
      { numRuns: 500 },
    );
  });
  it('quorum is monotone through evaluateMeeting: more attendees never make a valid meeting invalid', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), fc.integer({ min: 0, max: 400 }), fc.integer({ min: 0, max: 400 }), (total, a, b) => {
        const present = Math.min(a, total);
        const more = Math.min(total, present + b);
        const run = (p: number) => evaluateMeeting({ electionDate: '2021-01-10', unit: { name: 'T' }, electorateBase: 'households', totalElectorate: total, present: p, votingMode: 'show_of_hands', candidates: [{ name: 'A', votes: 0 }] }).outcome;
        if (run(present) !== 'invalid-meeting') expect(run(more)).not.toBe('invalid-meeting');
      }),
      { numRuns: 300 },
    );
  });
});

describe('procedure citations', () => {
  it('cite only documents listed in sources.ts, and say what is uncertain', () => {
    const known = new Set<string>(Object.values(SOURCES).map((s) => s.number));
    for (const rule of listRules().filter((r) => r.area === 'procedure' || r.area === 'report')) {
      expect(rule.citations.length, rule.id).toBeGreaterThan(0);
      for (const c of rule.citations) {
        expect(known.has(c.document), `${rule.id} cites ${c.document}`).toBe(true);
        if (c.confidence !== 'confirmed' && rule.confidence !== 'confirmed') expect(c.note ?? rule.summary, rule.id).toBeTruthy();
      }
    }
  });
});

describe('procedure catalogues', () => {
  it('every procedure, tally, report and meeting-input code has vi and en text', () => {
    const all = [
      ...listRules().filter((r) => r.area === 'procedure' || r.area === 'report').flatMap((r) => r.codes),
      ...TALLY_CODES,
      ...MEETING_INPUT_CODES,
      ...['elected', 'no-winner', 'carried', 'not-carried', 'invalid-meeting', 'household-ballot-required', 'inconsistent', 'undetermined', 'invalid'].map((o) => `outcome.${o}`),
      ...[
        'plan', 'candidate-list', 'election-group', 'public-notice', 'meeting', 'decision-sent', 'household-ballot', 'recognition', 'rerun', 'interim-appointment', 'new-election-decision', 'commune-decision',
      ].map((s) => `step.${s}`),
      ...['calendar-days-before', 'calendar-days-after', 'working-days-after', 'meeting-day', 'not-set'].map((b) => `basis.${b}`),
    ];
    expect(all.length).toBeGreaterThan(60);
    for (const code of all) {
      expect(MESSAGES.vi[code], `vi ${code}`).toBeTypeOf('string');
      expect(MESSAGES.en[code], `en ${code}`).toBeTypeOf('string');
    }
  });
  it('the procedure catalogues have the same codes and placeholders in both languages, and override nothing', () => {
    expect(Object.keys(procedureEn).sort()).toEqual(Object.keys(procedureVi).sort());
    expect(Object.keys(procedureEnFields).sort()).toEqual(Object.keys(procedureViFields).sort());
    for (const key of Object.keys(procedureVi)) expect(vi[key], key).toBeUndefined();
    for (const key of Object.keys(procedureEn)) expect(en[key], key).toBeUndefined();
    for (const key of Object.keys(procedureViFields)) expect(viFields[key], key).toBeUndefined();
    for (const key of Object.keys(procedureEnFields)) expect(enFields[key], key).toBeUndefined();
    const names = (t: string) => [...t.matchAll(/\{(\w+)(?:\|[^}]*)?\}/gu)].map((m) => m[1]).sort();
    for (const code of Object.keys(procedureVi)) expect(names(procedureEn[code]!), code).toEqual(names(procedureVi[code]!));
  });
  it('labels the fields of meeting records, including list items', () => {
    expect(fieldLabel('candidates.1.votes')).toBe('Số phiếu của người ứng cử');
    expect(fieldLabel('ballots.valid', 'en')).toBe('Valid ballots');
    expect(FIELD_LABELS.vi['leaderStatus']).toBeTypeOf('string');
  });
  it('every finding of a sample of meetings renders in both languages without a raw code or empty placeholder', () => {
    const samples = [
      meeting(), elected(), elected({ province: '62' }), meeting({ electionDate: '2023-07-20', province: null }), meeting({ present: 100 }),
      meeting({ electionDate: '2024-12-08', province: null, present: 100 }), meeting({ present: 362, ballots: null, votingMode: 'show_of_hands' }),
      meeting({ electionDate: '2024-12-08', province: null, votingMode: 'household_ballot', ballots: null, present: 200 }),
      meeting({ votingMode: 'household_ballot' }), elected({ electionDate: '2027-01-10', province: null, receivedOn: '2027-01-25' }),
      meeting({ electionDate: '2024-03-03', province: null, purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 200 } }),
      meeting({ electionDate: '2024-03-03', province: null, purpose: 'cho-thoi-lam', candidates: undefined, motion: { votesFor: 100 } }),
      meeting({ electionDate: '2026-10-18', province: null, round: 'rerun' }), meeting({ candidates: ['A', 'B', 'C'].map((name) => ({ name, votes: 10, nominatedBy: 'front_committee' })) }),
    ];
    for (const s of samples) {
      for (const f of evaluateMeeting(s).findings) {
        for (const lang of ['vi', 'en'] as const) {
          const text = formatFinding(f, lang);
          expect(text).not.toBe(f.code);
          expect(text).not.toMatch(/\{\w+\}/u);
        }
      }
    }
  });
});
