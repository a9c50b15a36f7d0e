// Runnable example from the README: `node examples/procedure.mjs` after `npm run build`.
import { electionTimeline, evaluateMeeting, formatFinding, secretaryAlsoLeaderReport } from '@truongthon/rules';

// A meeting where the top candidate has 159 of the unit's 361 households: 44.04% of the whole electorate, so no winner.
const meeting = evaluateMeeting({
  electionDate: '2024-12-08',
  province: '30',
  unit: { name: 'Thôn Đông', kind: 'thon' },
  electorateBase: 'households',
  totalElectorate: 361,
  present: 250,
  votingMode: 'secret_ballot',
  ballots: { issued: 250, returned: 250, valid: 245, invalid: 5 },
  candidates: [
    { name: 'Phạm Văn Bình', votes: 159, nominatedBy: 'front_committee' },
    { name: 'Đỗ Thị Lan', votes: 86, nominatedBy: 'front_committee' },
  ],
});
console.log(meeting.outcome, meeting.regime?.id, meeting.candidates.map((c) => `${c.name} ${c.percent}%`).join(', '));
for (const f of meeting.findings) console.log(`- ${formatFinding(f, 'en')}`);

// Every preparation step before a meeting on 10/01/2021 (Hương Xuân), with its last allowed day.
const timeline = electionTimeline('2021-01-10', { province: '46' });
for (const step of timeline.steps ?? []) console.log(step.id, step.date ?? '—');

// The secretary-also-leader report (the three Kon Tum counts) for two units of one commune.
const report = secretaryAlsoLeaderReport([
  { province: { code: '62', name: 'Kon Tum' }, district: { code: '608', name: 'Thành phố Kon Tum' }, commune: { code: '23284', name: 'Phường Quyết Thắng' },
    unit: { code: '1', name: 'Tổ dân phố 1', kind: 'to_dan_pho' }, leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: true, hasPartyCell: true },
  { province: { code: '62', name: 'Kon Tum' }, district: { code: '608', name: 'Thành phố Kon Tum' }, commune: { code: '23284', name: 'Phường Quyết Thắng' },
    unit: { code: '2', name: 'Tổ dân phố 2', kind: 'to_dan_pho' }, leaderStatus: 'elected', leaderPartyMember: false, leaderIsPartyCellSecretary: false, hasPartyCell: true },
], { asOf: '2021-11-30' });
const { units, leaders, secretaryLeaders, partyMemberLeaders, percent } = report.total.total;
console.log(`units ${units}, leaders ${leaders}, secretary-leaders ${secretaryLeaders}, Party-member leaders ${partyMemberLeaders}`, JSON.stringify(percent));
for (const d of report.deadlines) console.log(d.id, d.due, d.passed ? 'passed' : 'open');
