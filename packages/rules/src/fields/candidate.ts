import { CANDIDATE_SHAPE, CONTEXT_SHAPE, fieldShapes, shapeFields } from '@truongthon/core';
import type * as z from 'zod/mini';
import { describeFields, type FieldDescription, type FieldWords } from './field';

/*
 * The candidate's fields and the election context's, as people name them.
 * Each field's shape (kind, bounds, required) is read from the zod schema of
 * `@truongthon/core` (kept as data in its `shapes.generated.ts`, so no zod
 * runs to list them); what is written here is what the schema cannot know:
 * labels, hints, the form section, and (below) spreadsheet spellings.
 */

const CANDIDATE_WORDS = {
  id: { label: { vi: 'Mã', en: 'Id' }, identifies: true },
  fullName: { label: { vi: 'Họ và tên', en: 'Full name' }, group: 'person', identifies: true },
  dateOfBirth: { label: { vi: 'Ngày sinh', en: 'Date of birth' }, group: 'person', hint: { vi: 'Tuổi được tính vào ngày bầu cử.', en: 'Age is counted on the election day.' } },
  gender: { label: { vi: 'Giới tính', en: 'Gender' }, group: 'person', values: { female: { vi: 'Nữ', en: 'Female' }, male: { vi: 'Nam', en: 'Male' } } },
  citizenId: {
    label: { vi: 'Số định danh cá nhân (CCCD)', en: 'Citizen identity number' },
    group: 'person',
    hint: { vi: '12 chữ số.', en: '12 digits.' },
    identifies: true,
  },
  role: {
    label: { vi: 'Chức danh', en: 'Post' },
    group: 'person',
    values: { leader: { vi: 'Trưởng thôn / Tổ trưởng tổ dân phố', en: 'Village head / residential-group head' }, deputy: { vi: 'Phó trưởng thôn / Tổ phó tổ dân phố', en: 'Deputy village head / deputy group head' } },
  },
  unitCode: { label: { vi: 'Mã thôn, tổ dân phố', en: 'Unit code' } },
  unitName: { label: { vi: 'Tên thôn, tổ dân phố', en: 'Village / residential group' }, group: 'person' },
  // TT 04/2012/TT-BNV Điều 11 until 25/05/2026.
  permanentResident: { label: { vi: 'Đăng ký thường trú tại thôn, tổ dân phố', en: 'Permanent residence registered in the unit' }, group: 'residence' },
  livesInUnit: { label: { vi: 'Cư trú thường xuyên tại thôn, tổ dân phố', en: 'Regularly lives in the unit' }, group: 'residence' },
  // NĐ 185/2026/NĐ-CP Điều 7 khoản 1.
  residesInCommune: { label: { vi: 'Cư trú thường xuyên tại địa bàn xã, phường, đặc khu', en: 'Regularly lives in the commune (xã, phường, đặc khu)' }, group: 'residence' },
  // NĐ 185/2026/NĐ-CP Điều 7 khoản 5.
  underSanction: { label: { vi: 'Đang bị xử lý kỷ luật, truy cứu trách nhiệm hình sự hoặc chấp hành bản án', en: 'Under a disciplinary sanction, criminal prosecution or court sentence' }, group: 'criteria' },
  partyMember: { label: { vi: 'Đảng viên', en: 'Party member' }, group: 'party' },
  partyCellSecretary: { label: { vi: 'Bí thư chi bộ', en: 'Party-cell secretary' }, group: 'party' },
  // TT 04/2012/TT-BNV Điều 11; NĐ 185/2026/NĐ-CP Điều 7 khoản 2–4.
  'attestations.health': { label: { vi: 'Có sức khỏe', en: 'Healthy' }, group: 'criteria', assessed: true },
  'attestations.dedication': { label: { vi: 'Nhiệt tình, có tinh thần trách nhiệm', en: 'Enthusiastic and responsible' }, group: 'criteria', assessed: true },
  'attestations.moralQuality': { label: { vi: 'Phẩm chất chính trị, đạo đức tốt, được nhân dân tín nhiệm', en: 'Good political and moral qualities, trusted by the people' }, group: 'criteria', assessed: true },
  'attestations.exemplaryFamily': { label: { vi: 'Bản thân và gia đình gương mẫu chấp hành pháp luật', en: 'Self and family exemplary in following the law' }, group: 'criteria', assessed: true },
  'attestations.capacity': { label: { vi: 'Có kiến thức văn hóa, năng lực, kinh nghiệm vận động quần chúng', en: 'Education, capacity and experience in mobilising people' }, group: 'criteria', assessed: true },
  'attestations.digitalSkills': { label: { vi: 'Có khả năng ứng dụng công nghệ thông tin, lập kế hoạch, thống kê, báo cáo', en: 'Able to use information technology, plan, compile statistics and report' }, group: 'criteria', assessed: true },
  electionDate: { label: { vi: 'Ngày bầu cử', en: 'Election date' }, group: 'context' },
  province: { label: { vi: 'Tỉnh, thành phố', en: 'Province' }, group: 'context' },
} as const satisfies Readonly<Record<string, FieldWords>>;

/** The paths of the candidate fields that name the person in outputs (those marked `identifies` above). */
export type IdentityField = { [K in keyof typeof CANDIDATE_WORDS]: (typeof CANDIDATE_WORDS)[K] extends { readonly identifies: true } ? K : never }[keyof typeof CANDIDATE_WORDS];

/**
 * The candidate's fields (`candidateSchema`), in the schema's order, with
 * their labels, hints and form sections: what the CLI reads from a
 * spreadsheet, what the widget asks, what messages name.
 */
export const CANDIDATE_FIELDS: readonly FieldDescription[] = /* @__PURE__ */ describeFields(shapeFields(CANDIDATE_SHAPE), CANDIDATE_WORDS);

/**
 * The fields of a candidate schema with the words above: `CANDIDATE_FIELDS`
 * for the library's own schema; for an extended one (a province's extra
 * question), its new fields come out with their paths as labels.
 *
 * @example
 * describeCandidate(candidateSchema).find((field) => field.path === 'fullName')?.label.vi // 'Họ và tên'
 */
export function describeCandidate(schema: z.ZodMiniObject): FieldDescription[] {
  return describeFields(fieldShapes(schema), CANDIDATE_WORDS);
}

/** The election context's fields (`electionContextSchema`): a spreadsheet may carry them on each row. */
export const CONTEXT_FIELDS: readonly FieldDescription[] = /* @__PURE__ */ describeFields(shapeFields(CONTEXT_SHAPE), CANDIDATE_WORDS);

/** The label of the `attestations` group as a whole. */
export const ATTESTATIONS_LABEL = { vi: 'Các tiêu chuẩn được xác nhận', en: 'Attested criteria' } as const;

/**
 * Header spellings per field, written as folded keys (see `foldKey` of
 * `@truongthon/core`: lower case, no diacritics, `_` between words), so
 * "Họ và tên", "HO VA TEN" and "ho_va_ten" all match `ho_va_ten`. A reader
 * adds each field's own name (snake_case and camelCase) and its labels.
 */
export const CANDIDATE_HEADERS: Readonly<Record<string, readonly string[]>> = {
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
 * How spreadsheets write the values of a choice, as folded keys; a spelling
 * ending in `*` matches every key that starts with what precedes it. The
 * value itself is always accepted.
 */
export const CANDIDATE_VALUE_SPELLINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  gender: { male: ['nam', 'm', 'trai'], female: ['nu', 'f', 'gai'] },
  role: {
    deputy: ['pho', 'pho_*'],
    leader: ['truong', 'truong_thon*', 'to_truong*', 'truong_ban*', 'truong_ap*', 'truong_khu*', 'truong_lang*', 'truong_buon*', 'truong_khom*'],
  },
};
