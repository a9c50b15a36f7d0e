import { describe, expect, it } from 'vitest';
import { meetingRecordSchema } from './meeting';
import { parseInput } from './parse';
import { unitRecordSchema } from './unitRecord';

const base = {
  electionDate: '2021-01-10',
  unit: { name: 'Tổ dân phố 1' },
  electorateBase: 'households',
  totalElectorate: 361,
  present: 300,
  votingMode: 'secret_ballot',
  ballots: { issued: 300, returned: 300, valid: 290, invalid: 10 },
  candidates: [{ name: 'Nguyễn Văn An', votes: 159 }],
};
const issues = (v: unknown) => {
  const r = parseInput(meetingRecordSchema, v);
  return r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`);
};

describe('meetingRecordSchema', () => {
  it('accepts a count record and normalises names to NFC', () => {
    const r = parseInput(meetingRecordSchema, { ...base, candidates: [{ name: ' Nguye\u0302\u0303n  Văn An ', votes: 1, nominatedBy: 'front_committee' }], electionGroup: ['Lê Thị Hoa'] });
    expect(r.ok && r.value.candidates?.[0]?.name).toBe('Nguyễn Văn An');
  });
  it('codes bad counts, never echoing them', () => {
    expect(issues({ ...base, totalElectorate: 0, present: -1, candidates: [{ name: 'A', votes: 1.5 }] })).toEqual([
      'totalElectorate:input.not-positive-count',
      'present:input.not-a-count',
      'candidates.0.votes:input.not-a-count',
    ]);
    expect(issues({ ...base, present: '300' })).toEqual(['present:input.wrong-type']);
    expect(issues({ ...base, votingMode: 'online' })).toEqual(['votingMode:input.invalid-value']);
  });
  it('takes a ballot taken to each household (phát phiếu lấy ý kiến, Mẫu 04) as a voting mode', () => {
    const r = parseInput(meetingRecordSchema, { ...base, votingMode: 'household_ballot', present: 120, ballots: { issued: 361, returned: 120, valid: 118, invalid: 2 } });
    expect(r.ok && r.value.votingMode).toBe('household_ballot');
    // "meeting" is not a mode: a meeting votes by show of hands or by secret ballot.
    expect(issues({ ...base, votingMode: 'meeting' })).toEqual(['votingMode:input.invalid-value']);
  });
  it('requires candidates for an election and a motion for a dismissal', () => {
    expect(issues({ ...base, candidates: undefined })).toEqual(['candidates:input.required']);
    expect(issues({ ...base, purpose: 'dismissal', candidates: [] })).toEqual(['motion:input.required']);
    expect(issues({ ...base, purpose: 'removal', motion: { votesFor: 200 } })).toEqual(['candidates:input.not-allowed-for-purpose']);
    expect(issues({ ...base, motion: { votesFor: 200 } })).toEqual(['motion:input.not-allowed-for-purpose']);
    expect(issues({ ...base, candidates: [] })).toEqual([]);
  });
  it('checks the order of dates', () => {
    expect(issues({ ...base, receivedOn: '2021-01-09', firstRoundDate: '2021-01-11', preparation: { planOn: '2021-01-11', electionGroupOn: '2020-12-31' } })).toEqual([
      'firstRoundDate:input.date-after-meeting',
      'receivedOn:input.date-before-meeting',
      'preparation.planOn:input.date-after-meeting',
    ]);
    expect(issues({ ...base, receivedOn: '2021-02-30' })).toEqual(['receivedOn:input.invalid-date']);
  });
});

describe('unitRecordSchema', () => {
  const unit = {
    province: { code: '62', name: 'Kon Tum' }, district: { code: '608', name: 'Thành phố Kon Tum' }, commune: { code: '23284', name: 'Phường Quyết Thắng' },
    unit: { code: '1', name: 'Tổ dân phố 1', kind: 'to_dan_pho' }, leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: null, hasPartyCell: true,
  };
  it('accepts a unit with or without a district', () => {
    expect(parseInput(unitRecordSchema, unit).ok).toBe(true);
    expect(parseInput(unitRecordSchema, { ...unit, district: null }).ok).toBe(true);
  });
  it('codes bad codes and values', () => {
    const r = parseInput(unitRecordSchema, { ...unit, commune: { code: 'x1' }, leaderStatus: 'acting', unit: { name: 'T', kind: 'village' } });
    expect(r.ok ? [] : r.issues.map((i) => `${i.path}:${i.code}`)).toEqual(['commune.code:input.invalid-unit-code', 'unit.kind:input.invalid-value', 'leaderStatus:input.invalid-value']);
  });
});
