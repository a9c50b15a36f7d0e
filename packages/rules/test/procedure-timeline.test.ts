import { OFFICIAL_CALENDARS } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { electionTimeline, formatFinding } from '../src/index';

const dates = (t: ReturnType<typeof electionTimeline>) => t.steps.map((s) => [s.id, s.date]);

describe('electionTimeline', () => {
  it('Hương Xuân, 10/01/2021 (NQLT 09/2008): plan by 2020-12-21, election group by 2020-12-31', () => {
    const t = electionTimeline('2021-01-10', { province: '46' });
    expect(t.ok).toBe(true);
    expect(t.regime?.id).toBe('R2018');
    expect(t.province).toEqual({ code: '46', name: 'Thừa Thiên Huế' });
    expect(dates(t)).toEqual([
      ['plan', '2020-12-21'],
      ['candidate-list', '2020-12-26'],
      ['election-group', '2020-12-31'],
      ['meeting', '2021-01-10'],
      ['recognition', '2021-01-14'],
      ['rerun', '2021-01-25'],
      ['interim-appointment', null],
    ]);
    const [plan, , , meeting, recognition, rerun, interim] = t.steps;
    expect(plan).toMatchObject({ basis: { kind: 'calendar-days-before', days: 20, from: '2021-01-10' }, ruleId: 'PROC.PREP', confidence: 'secondary', condition: 'always' });
    expect(plan?.citations[0]).toMatchObject({ document: '09/2008/NQLT-CP-UBTWMTTQVN', article: '6' });
    expect(meeting).toMatchObject({ basis: { kind: 'meeting-day' }, ruleId: 'PROC.2008.QUORUM' });
    expect(recognition).toMatchObject({ basis: { kind: 'working-days-after', days: 4 }, confidence: 'unconfirmed', ruleId: 'PROC.RECOGNITION' });
    expect(rerun).toMatchObject({ basis: { kind: 'calendar-days-after', days: 15 }, condition: 'no-winner', confidence: 'secondary' });
    expect(interim).toMatchObject({ condition: 'rerun-failed', maxMonths: 6, confidence: 'unconfirmed' });
    expect(t.findings.map((f) => f.code)).toEqual(['procedure.recognition.counted-from-meeting']);
    expect(t.ruleIds).toEqual(['PROC.PREP', 'PROC.2008.QUORUM', 'PROC.RECOGNITION', 'PROC.RERUN', 'PROC.2008.INTERIM']);
  });
  it('Kon Tum sets 5 working days for recognition (QĐ 34/2020)', () => {
    const t = electionTimeline('2021-01-10', { province: 'Kon Tum' });
    expect(t.steps.find((s) => s.id === 'recognition')).toMatchObject({ date: '2021-01-15', basis: { days: 5 }, source: 'province', overlayId: '62-kon-tum' });
  });
  it('ND 59/2023: plan ≥ 20 days, candidate list ≥ 15, group ≥ 10, notice ≥ 7, decision sent ≤ 5 working days, recognition ≤ 5 working days, re-run deadline not set', () => {
    const t = electionTimeline('2023-09-17');
    expect(t.regime?.id).toBe('R2023');
    // Law correction (audit 4.4, PROC.2023.PREP and PROC.2023.RECOGNITION): the candidate-list minutes (Mẫu 05,
    // Điều 6 khoản 2) and the sending of the meeting's decision (Mẫu 03, Điều 3 khoản 5 điểm d) were missing.
    expect(dates(t)).toEqual([
      ['plan', '2023-08-28'],
      ['candidate-list', '2023-09-02'],
      ['election-group', '2023-09-07'],
      ['public-notice', '2023-09-10'],
      ['meeting', '2023-09-17'],
      ['decision-sent', '2023-09-22'],
      ['recognition', '2023-09-22'],
      ['rerun', null],
      ['interim-appointment', null],
    ]);
    expect(t.steps[0]).toMatchObject({ ruleId: 'PROC.PREP', confidence: 'confirmed', citations: [{ document: '59/2023/NĐ-CP', article: '6', clause: '1' }] });
    expect(t.steps[1]).toMatchObject({ ruleId: 'PROC.PREP', confidence: 'confirmed', basis: { kind: 'calendar-days-before', days: 15 }, citations: [{ document: '59/2023/NĐ-CP', article: '6', clause: '2' }] });
    expect(t.steps[4]).toMatchObject({ ruleId: 'PROC.2023.QUORUM', citations: expect.arrayContaining([expect.objectContaining({ document: '10/2022/QH15', article: '21', clause: '1' })]) });
    expect(t.steps[5]).toMatchObject({
      ruleId: 'PROC.2023.DECISION_SENT', confidence: 'confirmed', basis: { kind: 'working-days-after', days: 5, from: '2023-09-17' },
      citations: [{ document: '59/2023/NĐ-CP', article: '3', clause: '5', point: 'd' }, { document: '10/2022/QH15', article: '20', clause: '3' }],
    });
    expect(t.steps[6]).toMatchObject({ ruleId: 'PROC.RECOGNITION', confidence: 'confirmed', citations: [{ document: '59/2023/NĐ-CP', article: '8' }] });
    expect(t.steps[7]).toMatchObject({ basis: { kind: 'not-set' }, confidence: 'confirmed' });
    expect(t.findings.map((f) => f.code)).toEqual(['procedure.recognition.counted-from-meeting', 'procedure.rerun.deadline-not-set']);
    // The decision is sent within 5 working days of the meeting, over Tết.
    expect(electionTimeline('2025-01-26').steps.find((s) => s.id === 'decision-sent')?.date).toBe('2025-02-07');
    expect(electionTimeline('2021-01-10').steps.map((s) => s.id)).not.toContain('decision-sent');
  });
  it('changes on 2023-07-01, with the transition warning until 2023-08-14 (ND 59/2023 in force from 15/08/2023)', () => {
    expect(electionTimeline('2023-06-30').steps.map((s) => s.id)).toContain('candidate-list');
    const t = electionTimeline('2023-07-01');
    expect(t.steps.map((s) => s.id)).toContain('public-notice');
    expect(t.findings[0]?.code).toBe('procedure.decree-not-yet-in-force');
    expect(t.ruleIds[0]).toBe('PROC.2023.TRANSITION');
    // Law correction (audit Q8): the window ends on 14/08/2023, not 13/08.
    expect(electionTimeline('2023-08-14').findings[0]).toMatchObject({ code: 'procedure.decree-not-yet-in-force', params: { effective: '2023-08-15' } });
    expect(electionTimeline('2023-08-15').findings.map((f) => f.code)).not.toContain('procedure.decree-not-yet-in-force');
    expect(electionTimeline('2025-07-01').regime?.id).toBe('R2025');
  });
  it('after the day the law was last reviewed, says so (law.not-reviewed), with the same steps', () => {
    const later = electionTimeline('2027-01-10');
    expect(later.findings[0]).toMatchObject({ code: 'law.not-reviewed', ruleId: 'LAW.NOT_REVIEWED', severity: 'warning', params: { reviewedThrough: '2026-12-06' } });
    expect(later.ruleIds[0]).toBe('LAW.NOT_REVIEWED');
    expect(later.steps.map((s) => s.id)).toEqual(electionTimeline('2026-10-18').steps.map((s) => s.id));
    expect(electionTimeline('2026-10-18').findings.map((f) => f.code)).not.toContain('law.not-reviewed');
    expect(electionTimeline('2026-12-06').findings.map((f) => f.code)).not.toContain('law.not-reviewed');
  });
  it('counts working days over Tết and substitute days, from the day of receipt', () => {
    expect(electionTimeline('2025-01-26').steps.find((s) => s.id === 'recognition')?.date).toBe('2025-02-07');
    expect(electionTimeline('2019-04-12', { province: '46' }).steps.find((s) => s.id === 'recognition')?.date).toBe('2019-04-19');
    const received = electionTimeline('2021-01-10', { receivedOn: '2021-01-11' });
    expect(received.steps.find((s) => s.id === 'recognition')).toMatchObject({ date: '2021-01-15', basis: { from: '2021-01-11' } });
    expect(received.findings).toEqual([]);
  });
  it('takes an official calendar supplied as data', () => {
    const extraDayOff = { year: 2021, daysOff: ['2021-01-12'], covers: [], source: 'test: a made-up day off' };
    const t = electionTimeline('2021-01-10', { calendar: { officialCalendars: [...OFFICIAL_CALENDARS, extraDayOff] } });
    expect(t.steps.find((s) => s.id === 'recognition')?.date).toBe('2021-01-15');
  });
  it('before 17/04/2008 lists no step; rejects what is not a date', () => {
    const old = electionTimeline('2006-06-01');
    expect(old).toMatchObject({ ok: true, steps: [], ruleIds: ['PROC.2005.NOT_ENCODED'] });
    expect(old.findings.map((f) => f.code)).toEqual(['procedure.not-encoded']);
    expect(electionTimeline('2005-01-01').issues.map((i) => i.code)).toEqual(['input.before-coverage']);
    expect(electionTimeline('10/01/2021').issues.map((i) => i.code)).toEqual(['input.invalid-date']);
    expect(electionTimeline(undefined).issues.map((i) => i.code)).toEqual(['input.required']);
    expect(electionTimeline(20210110).issues.map((i) => i.code)).toEqual(['input.wrong-type']);
    expect(electionTimeline('2021-01-10', { province: 'Atlantis' }).issues.map((i) => i.code)).toEqual(['input.unknown-province']);
    expect(electionTimeline('2021-01-10', { receivedOn: '2021-01-09' }).issues.map((i) => i.code)).toEqual(['input.date-before-meeting']);
  });
  it('gives the same dates whatever the machine time zone (no Date in the arithmetic)', () => {
    const before = JSON.stringify(electionTimeline('2025-01-26', { province: '46' }));
    const tz = process.env['TZ'];
    try {
      for (const zone of ['Pacific/Kiritimati', 'America/Los_Angeles', 'Asia/Ho_Chi_Minh', 'UTC']) {
        process.env['TZ'] = zone;
        expect(JSON.stringify(electionTimeline('2025-01-26', { province: '46' }))).toBe(before);
      }
    } finally {
      if (tz === undefined) delete process.env['TZ'];
      else process.env['TZ'] = tz;
    }
  });
  it('renders every finding in both languages', () => {
    for (const d of ['2021-01-10', '2023-07-20', '2006-06-01', '2027-01-10']) {
      for (const f of electionTimeline(d).findings) {
        expect(formatFinding(f)).not.toBe(f.code);
        expect(formatFinding(f, 'en')).not.toMatch(/\{\w+\}/u);
      }
    }
  });
});
