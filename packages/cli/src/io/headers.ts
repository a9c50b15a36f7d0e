import { ATTESTATION_KEYS, type AttestationKey, type CandidateInput, candidateSchema, foldKey } from '@truongthon/core';
import { fieldLabel } from '@truongthon/rules';
import { buildLookup, type FieldLookup, type HeaderMapping, mapColumns } from './fields';
import type { ColumnRef } from './types';

export type { HeaderMapping } from './fields';

/** The candidate's own top-level fields (the core candidate schema's keys but the nested `attestations`). */
type OwnField = Exclude<keyof CandidateInput, 'attestations'>;

/**
 * The fields a candidate row can carry: the candidate's own (dotted paths of
 * the core candidate schema) and the election context (`electionDate`,
 * `province`).
 */
export type CandidateField = OwnField | `attestations.${AttestationKey}` | 'electionDate' | 'province';

/**
 * Every {@link CandidateField}, read from the core candidate schema (its keys,
 * then one `attestations.*` per `ATTESTATION_KEYS`), then the election
 * context: a field added to the schema is a column here without another list.
 */
export const CANDIDATE_FIELDS: readonly CandidateField[] = [
  ...(Object.keys(candidateSchema.shape).filter((key) => key !== 'attestations') as OwnField[]),
  ...ATTESTATION_KEYS.map((key) => `attestations.${key}` as const),
  'electionDate',
  'province',
];

/** How a field's cells are read. */
export type FieldType = 'text' | 'date' | 'flag' | 'gender' | 'role' | 'citizenId';

/** The yes/no fields of the schema (their type is `boolean | null | undefined`): read as flags. */
type FlagField = { [K in OwnField]-?: NonNullable<CandidateInput[K]> extends boolean ? K : never }[OwnField] | `attestations.${AttestationKey}`;

/** How the fields that are not yes/no are read; the type requires every one of them, so only flags go without saying. */
const NON_FLAG_TYPES: Readonly<Record<Exclude<CandidateField, FlagField>, Exclude<FieldType, 'flag'>>> = {
  id: 'text',
  fullName: 'text',
  dateOfBirth: 'date',
  gender: 'gender',
  citizenId: 'citizenId',
  role: 'role',
  unitCode: 'text',
  unitName: 'text',
  electionDate: 'date',
  province: 'text',
};

export const FIELD_TYPES: Readonly<Record<CandidateField, FieldType>> = Object.fromEntries(
  CANDIDATE_FIELDS.map((field) => [field, (NON_FLAG_TYPES as Readonly<Record<string, FieldType>>)[field] ?? 'flag']),
) as Record<CandidateField, FieldType>;

/**
 * Header spellings per field, written as folded keys (see `foldKey` of
 * `@truongthon/core`: lower case, no diacritics, `_` between words), so
 * "Họ và tên", "HO VA TEN" and "ho_va_ten" all match `ho_va_ten`. The
 * English snake_case and camelCase names of each field, and its Vietnamese
 * and English labels (`fieldLabel` of `@truongthon/rules`, as messages name
 * it), are added automatically. Text in brackets is ignored: "Ngày sinh
 * (dd/mm/yyyy)".
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
  // NĐ 185/2026 Điều 7 khoản 1: "cư trú thường xuyên tại địa bàn xã, phường, đặc khu".
  residesInCommune: [
    'lives_in_commune', 'commune_resident', 'cu_tru_tai_xa', 'cu_tru_tai_phuong', 'cu_tru_tai_xa_phuong', 'cu_tru_tai_xa_phuong_dac_khu', 'cu_tru_tren_dia_ban_xa',
    'cu_tru_tai_dia_ban_xa', 'cu_tru_tai_dia_ban_xa_phuong', 'cu_tru_tai_dia_ban_xa_phuong_dac_khu', 'cu_tru_thuong_xuyen_tai_xa', 'cu_tru_thuong_xuyen_tai_phuong',
    'cu_tru_thuong_xuyen_tai_xa_phuong', 'cu_tru_thuong_xuyen_tai_xa_phuong_dac_khu', 'cu_tru_thuong_xuyen_tai_dia_ban_xa', 'cu_tru_thuong_xuyen_tai_dia_ban_xa_phuong',
    'cu_tru_thuong_xuyen_tren_dia_ban_xa', 'sinh_song_tai_xa', 'thuong_xuyen_cu_tru_tai_xa',
  ],
  // NĐ 185/2026 Điều 7 khoản 5. Yes means ineligible: a header worded the other way round ("Không bị kỷ luật") must not land here, so none is listed.
  underSanction: [
    'sanctioned', 'under_disciplinary_sanction', 'bi_ky_luat', 'dang_bi_ky_luat', 'bi_xu_ly_ky_luat', 'dang_bi_xu_ly_ky_luat', 'dang_trong_thoi_gian_bi_xu_ly_ky_luat',
    'dang_bi_truy_cuu', 'dang_bi_truy_cuu_trach_nhiem_hinh_su', 'dang_chap_hanh_an', 'dang_chap_hanh_ban_an', 'ky_luat_truy_cuu_chap_hanh_an',
    'dang_bi_ky_luat_truy_cuu_chap_hanh_an', 'dang_bi_ky_luat_truy_cuu_hoac_chap_hanh_an', 'dang_bi_xu_ly_ky_luat_truy_cuu_hoac_chap_hanh_an',
    'dang_bi_xu_ly_ky_luat_bi_truy_cuu_trach_nhiem_hinh_su_hoac_dang_chap_hanh_ban_an',
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
  // NĐ 185/2026 Điều 7 khoản 4: "có khả năng ứng dụng công nghệ thông tin …; lập kế hoạch, tổng hợp, thống kê, báo cáo".
  'attestations.digitalSkills': [
    'it_skills', 'cntt', 'tin_hoc', 'ky_nang_so', 'ky_nang_cntt', 'ung_dung_cntt', 'kha_nang_ung_dung_cntt', 'co_kha_nang_ung_dung_cntt', 'cong_nghe_thong_tin',
    'ung_dung_cong_nghe_thong_tin', 'kha_nang_ung_dung_cong_nghe_thong_tin', 'co_kha_nang_ung_dung_cong_nghe_thong_tin', 'lap_ke_hoach_thong_ke_bao_cao',
    'ung_dung_cntt_lap_ke_hoach_thong_ke_bao_cao', 'kha_nang_ung_dung_cong_nghe_thong_tin_lap_ke_hoach_thong_ke_bao_cao',
    'co_kha_nang_ung_dung_cong_nghe_thong_tin_lap_ke_hoach_tong_hop_thong_ke_bao_cao',
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

/** A field's labels in both languages as folded keys (bracketed notes left out, as headers are read). */
function labelKeys(field: CandidateField): string[] {
  return (['vi', 'en'] as const).map((lang) => foldKey(fieldLabel(field, lang).replace(/\([^)]*\)|\[[^\]]*\]/gu, ' '))).filter((key) => key !== '');
}

const LOOKUP: FieldLookup<CandidateField> = buildLookup(CANDIDATE_FIELDS, {
  ...ALIASES,
  ...Object.fromEntries(CANDIDATE_FIELDS.map((field) => [field, [...ALIASES[field], ...labelKeys(field)]])),
});

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
