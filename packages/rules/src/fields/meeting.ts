import { fieldShapes, meetingCandidateSchema, meetingRecordSchema } from '@truongthon/core';
import type { FieldDescription } from './field';
import { describeLabelled, UNIT_PART_HEADERS } from './unit';

/*
 * The fields of a meeting record (biên bản họp bầu), as people name them.
 * Each field's shape (kind, bounds, accepted values) is read from
 * `meetingRecordSchema` of `@truongthon/core`, its labels from the message
 * catalogues (`FIELD_LABELS`); what is written here is what neither knows:
 * the spellings of spreadsheets.
 */

/**
 * The meeting record's fields (`meetingRecordSchema`), in the schema's
 * order, with their labels: the columns of a meeting file. The list of
 * candidates is described by the fields of one of its lines
 * (`meetingCandidateSchema`: `candidates.name`, `candidates.votes`,
 * `candidates.nominatedBy`), as a meeting file has one row per candidate;
 * like every member of an optional part (`motion.votesFor`), none is
 * required of the record. `electionGroup` stays a `list` (of names).
 */
export const MEETING_FIELDS: readonly FieldDescription[] = /* @__PURE__ */ describeMeeting();

function describeMeeting(): FieldDescription[] {
  return describeLabelled(
    fieldShapes(meetingRecordSchema).flatMap((shape) =>
      shape.path === 'candidates' ? fieldShapes(meetingCandidateSchema).map((line) => ({ ...line, path: `candidates.${line.path}`, required: shape.required && line.required })) : [shape],
    ),
  );
}

/**
 * Header spellings per meeting field, as folded keys (see `foldKey` of
 * `@truongthon/core`). A reader adds each field's own name and its labels.
 */
export const MEETING_HEADERS: Readonly<Record<string, readonly string[]>> = {
  id: ['id', 'ma', 'ma_bien_ban', 'so_bien_ban', 'bien_ban', 'meeting_id', 'record_id'],
  electionDate: ['ngay_bau', 'ngay_bau_cu', 'ngay_hop', 'ngay_hoi_nghi', 'ngay_hop_bau', 'ngay_hop_bau_cu', 'meeting_date', 'election_date'],
  province: ['tinh', 'ma_tinh', 'tinh_thanh_pho', 'province', 'province_code'],
  ...UNIT_PART_HEADERS,
  round: ['lan_bau', 'vong_bau', 'round'],
  purpose: ['noi_dung', 'noi_dung_hoi_nghi', 'muc_dich', 'purpose'],
  electorateBase: ['cach_tinh', 'cach_tinh_cu_tri', 'tinh_theo', 'co_so_tinh', 'electorate_base'],
  totalElectorate: ['tong_so_cu_tri', 'tong_so_ho', 'tong_so_cu_tri_ho', 'tong_cu_tri', 'tong_so', 'total_electorate'],
  present: ['so_tham_du', 'so_co_mat', 'tham_du', 'co_mat', 'so_nguoi_tham_du', 'so_cu_tri_tham_du', 'present'],
  votingMode: ['hinh_thuc', 'hinh_thuc_bieu_quyet', 'hinh_thuc_bau', 'cach_bau', 'voting_mode'],
  'ballots.issued': ['phieu_phat_ra', 'so_phieu_phat_ra', 'ballots_issued'],
  'ballots.returned': ['phieu_thu_vao', 'so_phieu_thu_vao', 'ballots_returned'],
  'ballots.valid': ['phieu_hop_le', 'so_phieu_hop_le', 'ballots_valid'],
  'ballots.invalid': ['phieu_khong_hop_le', 'so_phieu_khong_hop_le', 'ballots_invalid'],
  'candidates.name': ['nguoi_ung_cu', 'ung_cu_vien', 'ho_va_ten', 'ho_ten', 'ho_va_ten_nguoi_ung_cu', 'candidate', 'candidate_name'],
  'candidates.votes': ['so_phieu', 'so_phieu_bau', 'phieu_bau', 'so_phieu_dat_duoc', 'votes', 'candidate_votes'],
  'candidates.nominatedBy': ['nguoi_gioi_thieu', 'gioi_thieu', 'hinh_thuc_ung_cu', 'nominated_by'],
  'motion.subject': ['nguoi_bi_de_nghi', 'motion_subject'],
  'motion.votesFor': ['phieu_tan_thanh', 'so_phieu_tan_thanh', 'tan_thanh', 'dong_y', 'so_phieu_dong_y', 'votes_for'],
  'motion.votesAgainst': ['phieu_khong_tan_thanh', 'so_phieu_khong_tan_thanh', 'khong_tan_thanh', 'khong_dong_y', 'votes_against'],
  electionGroup: ['to_bau_cu', 'thanh_vien_to_bau_cu', 'election_group'],
  firstRoundDate: ['ngay_bau_lan_dau', 'first_round_date'],
  receivedOn: ['ngay_nhan', 'ngay_nhan_ket_qua', 'ngay_xa_nhan', 'ngay_ubnd_xa_nhan', 'received_on'],
  recognizedOn: ['ngay_cong_nhan', 'recognized_on'],
  'preparation.planOn': ['ngay_ke_hoach', 'ngay_ban_hanh_ke_hoach', 'plan_on'],
  'preparation.candidateListOn': ['ngay_thong_nhat_danh_sach', 'ngay_danh_sach', 'candidate_list_on'],
  'preparation.electionGroupOn': ['ngay_thanh_lap_to_bau_cu', 'ngay_to_bau_cu', 'election_group_on'],
  'preparation.publicNoticeOn': ['ngay_niem_yet', 'ngay_thong_bao', 'public_notice_on'],
};

/**
 * How spreadsheets write the values of a meeting record's choices, as folded
 * keys (a trailing `*` matches every key starting with what precedes it).
 * The value itself is always accepted. The kind of a unit (`unit.kind`) is
 * read with the vocabulary of unit names instead (`classifyUnitName`).
 */
export const MEETING_VALUE_SPELLINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  round: { first: ['lan_dau', 'lan_1', '1', 'bau_lan_dau', 'lan_thu_nhat'], rerun: ['bau_lai', 'lan_2', '2', 'lan_thu_hai'] },
  purpose: {
    election: ['bau', 'bau_cu', 'bau_truong_thon', 'bau_to_truong'],
    dismissal: ['mien_nhiem'],
    removal: ['bai_nhiem'],
    'cho-thoi-lam': ['cho_thoi_lam'],
  },
  electorateBase: { voters: ['cu_tri', 'theo_cu_tri'], households: ['ho', 'ho_gia_dinh', 'dai_dien_ho', 'dai_dien_ho_gia_dinh', 'cu_tri_dai_dien_ho', 'cu_tri_dai_dien_ho_gia_dinh', 'theo_ho'] },
  votingMode: {
    show_of_hands: ['gio_tay', 'bieu_quyet_gio_tay', 'show_of_hands'],
    secret_ballot: ['bo_phieu_kin', 'phieu_kin', 'bo_phieu', 'secret_ballot'],
    // From 01/07/2023: ballots taken to each household after a meeting too few attended (Luật 10/2022 Điều 19 khoản 1 điểm b).
    household_ballot: ['phat_phieu', 'phat_phieu_lay_y_kien', 'phieu_lay_y_kien', 'lay_y_kien_ho_gia_dinh', 'phat_phieu_toi_ho', 'phat_phieu_toi_tung_ho_gia_dinh', 'household_ballot'],
  },
  'candidates.nominatedBy': {
    front_committee: ['mat_tran', 'ban_cong_tac_mat_tran', 'ban_cong_tac_mttq', 'mttq', 'front_committee'],
    self: ['tu_ung_cu', 'tu_de_cu', 'self'],
    meeting: ['hoi_nghi', 'hoi_nghi_gioi_thieu', 'cu_tri_gioi_thieu', 'meeting'],
  },
};

