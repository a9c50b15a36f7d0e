import { describe, expect, it } from 'vitest';
import { CANDIDATE_FIELDS, columnLetter, fieldForHeader, isSilentlyIgnored, mapHeaders } from '../src/io/headers';

describe('header mapping', () => {
  it.each([
    ['Họ và tên', 'fullName'], ['HỌ VÀ TÊN', 'fullName'], ['ho_ten', 'fullName'], ['Họ tên', 'fullName'], ['full_name', 'fullName'], ['fullName', 'fullName'],
    ['Ngày sinh', 'dateOfBirth'], ['NGAY SINH', 'dateOfBirth'], ['Ngày sinh (dd/mm/yyyy)', 'dateOfBirth'], ['date_of_birth', 'dateOfBirth'], ['dateOfBirth', 'dateOfBirth'],
    ['Giới tính', 'gender'], ['CCCD', 'citizenId'], ['Số CCCD', 'citizenId'], ['Số định danh', 'citizenId'], ['Số định danh cá nhân', 'citizenId'], ['citizen_id', 'citizenId'],
    ['Đảng viên', 'partyMember'], ['dang vien', 'partyMember'], ['Bí thư chi bộ', 'partyCellSecretary'], ['party_cell_secretary', 'partyCellSecretary'],
    ['Thường trú', 'permanentResident'], ['Hộ khẩu thường trú', 'permanentResident'], ['permanent_resident', 'permanentResident'],
    ['Cư trú thường xuyên', 'livesInUnit'], ['lives_in_unit', 'livesInUnit'],
    ['Mã thôn', 'unitCode'], ['Mã tổ dân phố', 'unitCode'], ['Tên thôn', 'unitName'], ['Thôn/Tổ dân phố', 'unitName'], ['Tổ dân phố', 'unitName'],
    ['Sức khỏe', 'attestations.health'], ['Sức khoẻ', 'attestations.health'], ['health', 'attestations.health'], ['attestations.health', 'attestations.health'],
    ['Nhiệt tình trách nhiệm', 'attestations.dedication'], ['Phẩm chất đạo đức', 'attestations.moralQuality'], ['Gia đình gương mẫu', 'attestations.exemplaryFamily'], ['Năng lực kinh nghiệm', 'attestations.capacity'],
    ['Ngày bầu cử', 'electionDate'], ['election_date', 'electionDate'], ['Tỉnh', 'province'], ['Mã tỉnh', 'province'], ['province', 'province'],
    ['Mã', 'id'], ['id', 'id'], ['Chức danh', 'role'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('works on decomposed (NFD) headers', () => {
    expect(fieldForHeader('Họ và tên'.normalize('NFD'))).toBe('fullName');
  });

  it('does not guess at unknown headers', () => {
    for (const header of ['Ghi chú', 'STT', 'Số điện thoại', '', '   ', 'Tên']) expect(fieldForHeader(header)).toBeUndefined();
  });

  it('knows every field by its own name', () => {
    for (const field of CANDIDATE_FIELDS) expect(fieldForHeader(field)).toBe(field);
  });

  it('reports two headers for one field, and unknown headers', () => {
    const mapping = mapHeaders([
      { header: 'Họ và tên', letter: 'A' },
      { header: 'Ngày sinh', letter: 'B' },
      { header: 'Full name', letter: 'C' },
      { header: 'Ghi chú', letter: 'D' },
      { header: '', letter: 'E' },
    ]);
    expect(mapping.fields.get('fullName')).toEqual({ header: 'Họ và tên', letter: 'A' });
    expect(mapping.conflicts).toEqual([{ field: 'fullName', first: { header: 'Họ và tên', letter: 'A' }, second: { header: 'Full name', letter: 'C' } }]);
    expect(mapping.ignored.map((c) => c.header)).toEqual(['Ghi chú']);
  });

  it('ignores row-number and note columns silently', () => {
    expect(isSilentlyIgnored('STT')).toBe(true);
    expect(isSilentlyIgnored('Ghi chú')).toBe(true);
    expect(isSilentlyIgnored('Số điện thoại')).toBe(false);
  });

  it('names columns like a spreadsheet', () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AB', 'AZ', 'BA', 'ZZ', 'AAA']);
  });
});
