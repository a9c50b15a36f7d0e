import { describe, expect, it } from 'vitest';
import { MEETING_FIELDS as RULES_MEETING_FIELDS } from '@truongthon/rules';
import { coerceMeetingField, MEETING_FIELDS, type MeetingField, meetingFieldForHeader, REQUIRED_MEETING_FIELDS } from '../src/io/meetingRows';
import { coerceUnitField, REQUIRED_UNIT_FIELDS, UNIT_FIELDS, unitFieldForHeader } from '../src/io/unitRows';

// The columns of the meeting and unit files are derived from the rules' field descriptions (issue 14, item 2).
describe('meeting and unit columns, from the rules\' field descriptions', () => {
  it('are the fields of the library\'s records, the candidate lines as the row\'s candidate', () => {
    expect(MEETING_FIELDS).toEqual([
      'id', 'electionDate', 'province', 'unit.code', 'unit.name', 'unit.kind', 'round', 'purpose', 'electorateBase', 'totalElectorate', 'present', 'votingMode',
      'ballots.issued', 'ballots.returned', 'ballots.valid', 'ballots.invalid', 'candidate.name', 'candidate.votes', 'candidate.nominatedBy',
      'motion.subject', 'motion.votesFor', 'motion.votesAgainst', 'electionGroup', 'firstRoundDate', 'receivedOn', 'recognizedOn',
      'preparation.planOn', 'preparation.candidateListOn', 'preparation.electionGroupOn', 'preparation.publicNoticeOn',
    ]);
    expect(UNIT_FIELDS).toEqual([
      'province.code', 'province.name', 'district.code', 'district.name', 'commune.code', 'commune.name', 'unit.code', 'unit.name', 'unit.kind',
      'leaderStatus', 'leaderPartyMember', 'leaderIsPartyCellSecretary', 'hasPartyCell',
    ]);
  });

  it('require what the records require (a unit file may give its province by name only)', () => {
    expect(REQUIRED_MEETING_FIELDS).toEqual(['electionDate', 'unit.name', 'electorateBase', 'totalElectorate', 'present', 'votingMode']);
    expect(REQUIRED_UNIT_FIELDS).toEqual(['commune.code', 'unit.name', 'leaderStatus']);
  });

  it('find fields by the rules\' spellings, their own names and their labels', () => {
    expect(meetingFieldForHeader('Số phiếu đạt được')).toBe('candidate.votes');
    expect(meetingFieldForHeader('candidate.nominatedBy')).toBe('candidate.nominatedBy');
    expect(meetingFieldForHeader('Số phiếu tán thành')).toBe('motion.votesFor');
    expect(meetingFieldForHeader('Ngày UBND cấp xã nhận kết quả')).toBe('receivedOn');
    // The thôn / tổ dân phố is spelt alike in both files.
    expect(meetingFieldForHeader('Mã thôn/TDP')).toBe('unit.code');
    expect(unitFieldForHeader('Tên đơn vị')).toBe('unit.name');
    expect(unitFieldForHeader('Tên tỉnh, thành phố')).toBe('province.name');
    expect(unitFieldForHeader('Trưởng thôn là bí thư chi bộ')).toBe('leaderIsPartyCellSecretary');
    expect(meetingFieldForHeader('Ghi chú')).toBeUndefined();
  });

  it('read cells by the kind of their field', () => {
    expect(coerceMeetingField('candidate.votes', '1.234')).toEqual({ ok: true, value: 1234 });
    expect(coerceMeetingField('receivedOn', '15/01/2021')).toEqual({ ok: true, value: '2021-01-15' });
    expect(coerceMeetingField('candidate.nominatedBy', 'Ban công tác MTTQ')).toEqual({ ok: true, value: 'front_committee' });
    expect(coerceMeetingField('electionGroup', 'An; Bình;Cường')).toEqual({ ok: true, value: ['An', 'Bình', 'Cường'] });
    expect(coerceMeetingField('unit.kind', 'Khóm')).toEqual({ ok: true, value: 'to_dan_pho' });
    expect(coerceUnitField('unit.kind', 'Khu')).toEqual({ ok: true, value: null });
    expect(coerceUnitField('leaderStatus', 'Lâm thời')).toEqual({ ok: true, value: 'interim' });
    expect(coerceUnitField('hasPartyCell', 'x')).toEqual({ ok: true, value: true });
  });

  it('refuse a value of no closed list, naming the accepted values as people name them, and accept every name listed', () => {
    expect(coerceMeetingField('votingMode', 'qua mạng')).toEqual({
      ok: false,
      code: 'cli.bad-choice',
      params: { acceptedVi: 'Biểu quyết giơ tay; Bỏ phiếu kín; Phát phiếu lấy ý kiến tới từng hộ gia đình', acceptedEn: 'Show of hands; Secret ballot; Ballots taken to each household' },
    });
    const named = RULES_MEETING_FIELDS.filter((f) => f.kind === 'choice' && f.valueLabels);
    expect(named.map((f) => f.path)).toEqual(['round', 'purpose', 'electorateBase', 'votingMode', 'candidates.nominatedBy']);
    for (const field of named) {
      const column = field.path.replace(/^candidates\./u, 'candidate.') as MeetingField;
      for (const [value, names] of Object.entries(field.valueLabels!)) {
        for (const name of [names.vi, names.en]) expect(coerceMeetingField(column, name), `${field.path}: ${name}`).toEqual({ ok: true, value });
      }
    }
    expect(coerceUnitField('leaderStatus', 'không rõ')).toMatchObject({ ok: false, code: 'cli.bad-choice' });
  });
});
