import { foldKey } from '@truongthon/core';
import { buildLookup, type FieldLookup, type HeaderMapping, mapColumns } from './fields';
import type { ColumnRef } from './types';

export type { HeaderMapping } from './fields';

/**
 * The fields a candidate row can carry: the candidate's own (dotted paths of
 * the core candidate schema) and the election context (`electionDate`,
 * `province`).
 */
export const CANDIDATE_FIELDS = [
  'id',
  'fullName',
  'dateOfBirth',
  'gender',
  'citizenId',
  'role',
  'unitCode',
  'unitName',
  'permanentResident',
  'livesInUnit',
  'partyMember',
  'partyCellSecretary',
  'attestations.health',
  'attestations.dedication',
  'attestations.moralQuality',
  'attestations.exemplaryFamily',
  'attestations.capacity',
  'electionDate',
  'province',
] as const;

export type CandidateField = (typeof CANDIDATE_FIELDS)[number];

/** How a field's cells are read. */
export type FieldType = 'text' | 'date' | 'flag' | 'gender' | 'role' | 'citizenId';

export const FIELD_TYPES: Readonly<Record<CandidateField, FieldType>> = {
  id: 'text',
  fullName: 'text',
  dateOfBirth: 'date',
  gender: 'gender',
  citizenId: 'citizenId',
  role: 'role',
  unitCode: 'text',
  unitName: 'text',
  permanentResident: 'flag',
  livesInUnit: 'flag',
  partyMember: 'flag',
  partyCellSecretary: 'flag',
  'attestations.health': 'flag',
  'attestations.dedication': 'flag',
  'attestations.moralQuality': 'flag',
  'attestations.exemplaryFamily': 'flag',
  'attestations.capacity': 'flag',
  electionDate: 'date',
  province: 'text',
};

/**
 * Header spellings per field, written as folded keys (see `foldKey` of
 * `@truongthon/core`: lower case, no diacritics, `_` between words), so
 * "Họ và tên", "HO VA TEN" and "ho_va_ten" all match `ho_va_ten`. The
 * English snake_case and camelCase names of each field are added
 * automatically. Text in brackets is ignored: "Ngày sinh (dd/mm/yyyy)".
 */
const ALIASES: Readonly<Record<CandidateField, readonly string[]>> = {
  id: ['id', 'ma', 'ma_so', 'ma_ung_vien', 'ma_ho_so', 'ma_nguoi_ung_cu', 'candidate_id'],
  fullName: ['name', 'ho_ten', 'ho_va_ten', 'ho_va_ten_ung_vien', 'ho_ten_ung_vien', 'ho_va_ten_nguoi_ung_cu', 'ho_ten_nguoi_ung_cu', 'ten_ung_vien', 'nguoi_ung_cu', 'ung_vien'],
  dateOfBirth: ['dob', 'birth_date', 'birthdate', 'date_of_birth', 'ngay_sinh', 'ngay_thang_nam_sinh', 'sinh_ngay', 'ngay_sinh_ung_vien'],
  gender: ['sex', 'gioi_tinh', 'gioi', 'nam_nu', 'phai'],
  citizenId: [
    'national_id', 'cccd', 'so_cccd', 'can_cuoc', 'can_cuoc_cong_dan', 'so_can_cuoc', 'so_can_cuoc_cong_dan', 'so_dinh_danh',
    'so_dinh_danh_ca_nhan', 'ma_dinh_danh', 'ma_so_dinh_danh', 'dinh_danh', 'cmnd', 'so_cmnd', 'cmnd_cccd', 'so_cmnd_cccd', 'cccd_cmnd', 'so_cccd_cmnd',
  ],
  role: ['chuc_danh', 'vi_tri', 'chuc_danh_ung_cu', 'ung_cu_chuc_danh', 'chuc_vu_ung_cu'],
  unitCode: ['unit_id', 'ma_thon', 'ma_to', 'ma_to_dan_pho', 'ma_tdp', 'ma_thon_to_dan_pho', 'ma_thon_tdp', 'ma_don_vi', 'ma_thon_to'],
  unitName: [
    'unit', 'thon', 'to_dan_pho', 'tdp', 'ten_thon', 'ten_to', 'ten_to_dan_pho', 'ten_tdp', 'thon_to_dan_pho', 'thon_tdp', 'thon_to',
    'ten_thon_to_dan_pho', 'ten_thon_tdp', 'don_vi', 'ten_don_vi', 'thon_lang', 'thon_ban', 'khu_pho', 'ap',
  ],
  permanentResident: [
    'permanent_residence', 'thuong_tru', 'dang_ky_thuong_tru', 'co_dang_ky_thuong_tru', 'ho_khau', 'ho_khau_thuong_tru',
    'co_ho_khau_thuong_tru', 'thuong_tru_tai_thon', 'dang_ky_thuong_tru_tai_thon', 'dang_ky_thuong_tru_tai_thon_to_dan_pho', 'cu_tru_thuong_tru',
  ],
  livesInUnit: [
    'lives_in', 'resides_in_unit', 'cu_tru_thuong_xuyen', 'thuong_xuyen_cu_tru', 'cu_tru', 'cu_tru_tai_thon', 'sinh_song_tai_thon',
    'thuong_xuyen_sinh_song', 'co_mat_tai_dia_phuong', 'cu_tru_thuong_xuyen_tai_thon', 'cu_tru_thuong_xuyen_tai_thon_to_dan_pho', 'o_thuong_xuyen',
  ],
  partyMember: ['dang_vien', 'la_dang_vien', 'dang_vien_dcsvn', 'dv'],
  partyCellSecretary: ['bi_thu_chi_bo', 'bi_thu', 'la_bi_thu_chi_bo', 'bi_thu_chi_bo_thon', 'secretary'],
  'attestations.health': ['health', 'suc_khoe', 'co_suc_khoe', 'du_suc_khoe', 'tieu_chuan_suc_khoe'],
  'attestations.dedication': [
    'dedication', 'nhiet_tinh', 'trach_nhiem', 'nhiet_tinh_trach_nhiem', 'tinh_than_trach_nhiem', 'nhiet_tinh_va_co_tinh_than_trach_nhiem',
    'nhiet_tinh_co_tinh_than_trach_nhiem', 'nhiet_tinh_co_trach_nhiem',
  ],
  'attestations.moralQuality': [
    'moral_quality', 'pham_chat', 'dao_duc', 'pham_chat_dao_duc', 'pham_chat_chinh_tri', 'pham_chat_chinh_tri_dao_duc',
    'pham_chat_chinh_tri_va_dao_duc', 'uy_tin', 'tin_nhiem', 'duoc_nhan_dan_tin_nhiem', 'pham_chat_tin_nhiem',
  ],
  'attestations.exemplaryFamily': [
    'exemplary_family', 'guong_mau', 'gia_dinh_guong_mau', 'ban_than_va_gia_dinh_guong_mau', 'ban_than_gia_dinh_guong_mau', 'chap_hanh_chinh_sach',
  ],
  'attestations.capacity': [
    'capacity', 'nang_luc', 'trinh_do', 'kien_thuc', 'kinh_nghiem', 'nang_luc_kinh_nghiem', 'trinh_do_nang_luc', 'nang_luc_van_dong_quan_chung',
    'kien_thuc_nang_luc_kinh_nghiem', 'trinh_do_nang_luc_kinh_nghiem',
  ],
  electionDate: ['ngay_bau_cu', 'ngay_bau', 'ngay_hop', 'ngay_hop_bau_cu', 'ngay_to_chuc_bau_cu', 'election_day', 'meeting_date'],
  province: ['province_code', 'province_name', 'tinh', 'ma_tinh', 'ten_tinh', 'tinh_thanh', 'tinh_thanh_pho', 'tinh_tp'],
};

/**
 * Columns spreadsheets commonly carry that are not candidate data (row
 * numbers, notes, signatures): ignored without a notice.
 */
export const SILENTLY_IGNORED: ReadonlySet<string> = new Set(['stt', 'so_thu_tu', 'tt', 'ghi_chu', 'note', 'notes', 'remarks', 'ky_ten', 'chu_ky']);

/** Whether a header is one of {@link SILENTLY_IGNORED}. */
export function isSilentlyIgnored(header: string): boolean {
  return SILENTLY_IGNORED.has(foldKey(header.replace(/\([^)]*\)|\[[^\]]*\]/gu, ' ')));
}

/** The fields a candidate file must have a column for (the rest may be absent). */
export const REQUIRED_FIELDS: readonly CandidateField[] = ['fullName', 'dateOfBirth'];

/**
 * Fields whose absence leaves every row undetermined (or unexplained): a
 * notice names them when their column is missing.
 */
export const EXPECTED_FIELDS: readonly CandidateField[] = [
  'permanentResident',
  'livesInUnit',
  'attestations.health',
  'attestations.dedication',
  'attestations.moralQuality',
  'attestations.exemplaryFamily',
  'attestations.capacity',
];

const LOOKUP: FieldLookup<CandidateField> = buildLookup(CANDIDATE_FIELDS, ALIASES);

/**
 * The field a header names, or `undefined`. Case-, diacritic- and
 * separator-insensitive; bracketed notes are ignored.
 *
 * @example
 * fieldForHeader('Họ và tên') // 'fullName'
 * fieldForHeader('Ngày sinh (dd/mm/yyyy)') // 'dateOfBirth'
 * fieldForHeader('attestations.health') // 'attestations.health'
 */
export function fieldForHeader(header: string): CandidateField | undefined {
  return LOOKUP(header);
}

/** Some accepted header spellings of a field, for error messages. */
export function acceptedHeaders(field: CandidateField): string {
  const examples: Partial<Record<CandidateField, string>> = {
    fullName: '"Họ và tên", "Họ tên", "full_name"',
    dateOfBirth: '"Ngày sinh", "date_of_birth"',
    electionDate: '"Ngày bầu cử", "election_date"',
  };
  return examples[field] ?? `"${field}"`;
}

/** A header mapped to a field. */
export interface MappedColumn {
  readonly column: ColumnRef;
  readonly field: CandidateField;
}

/**
 * Maps the headers of a candidate file to fields. Empty headers are skipped;
 * unknown ones are listed in `ignored`; two headers naming the same field are
 * `conflicts`.
 *
 * @example
 * mapHeaders([{ header: 'Họ và tên', letter: 'A' }, { header: 'Ngày sinh', letter: 'B' }]).fields.get('fullName')
 * // { header: 'Họ và tên', letter: 'A' }
 */
export function mapHeaders(columns: readonly ColumnRef[]): HeaderMapping<CandidateField> {
  return mapColumns(columns, LOOKUP);
}

/** Spreadsheet column letter of a 0-based index: 0 → `A`, 26 → `AA`. */
export function columnLetter(index: number): string {
  let n = index + 1;
  let out = '';
  while (n > 0) {
    const rem = (n - 1) % 26;
    out = String.fromCharCode(65 + rem) + out;
    n = Math.floor((n - 1) / 26);
  }
  return out;
}
