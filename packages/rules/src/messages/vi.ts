import type { Catalogue } from './catalogue';
import { ATTESTATIONS_LABEL, CANDIDATE_FIELDS, CONTEXT_FIELDS } from '../fields/candidate';
import { labelsOf } from '../fields/field';

/** Vietnamese messages of candidate checks: input errors, engine, eligibility and policy (the default language). */
export const vi: Catalogue = {
  // Input errors (core schemas)
  'input.required': 'Thiếu thông tin bắt buộc: {field}.',
  'input.wrong-type': '{field}: sai kiểu dữ liệu (cần {expected}).',
  'input.invalid-value': '{field}: giá trị không hợp lệ (chỉ nhận: {allowed}).',
  'input.too-short': '{field}: quá ngắn (tối thiểu {minimum} ký tự).',
  'input.too-long': '{field}: quá dài (tối đa {maximum} ký tự).',
  'input.unknown-field': 'Mục thông tin không được hỗ trợ: {field}.',
  'input.invalid-format': '{field}: sai định dạng.',
  'input.invalid': '{field}: không hợp lệ.',
  'input.invalid-date': '{field}: ngày không hợp lệ (cần một ngày có thật, dạng YYYY-MM-DD).',
  'input.citizen-id-format': '{field}: số định danh cá nhân phải gồm đúng 12 chữ số.',
  'input.citizen-id-province': '{field}: ba chữ số đầu không phải là mã tỉnh, thành phố nơi đăng ký khai sinh.',
  'input.citizen-id-birth-year': '{field}: các chữ số năm sinh không khớp với ngày sinh.',
  'input.citizen-id-gender': '{field}: chữ số giới tính không khớp với giới tính đã khai.',
  'input.unknown-province': 'Không tìm thấy tỉnh, thành phố "{province}" vào ngày {date} (mã đơn vị hành chính thay đổi từ ngày 01/07/2025).',
  'input.before-coverage': 'Ngày {date} nằm ngoài thời gian chương trình có dữ liệu quy định (từ ngày {from}).',
  'input.birth-after-election': 'Ngày sinh sau ngày bầu cử.',
  'input.birth-in-future': 'Ngày sinh sau ngày hiện tại.',
  'input.unreadable': 'Không đọc được dữ liệu đầu vào.',
  // Engine
  'engine.rule-error': 'Quy tắc {rule} gặp lỗi khi kiểm tra ({reason}); kết quả chưa xác định.',
  // Law review
  'law.not-reviewed': 'Các quy định trong chương trình được rà soát đến hết ngày {reviewedThrough}; văn bản ban hành sau ngày này có thể đã thay đổi quy định, cần đối chiếu với văn bản đang có hiệu lực.',
  // Eligibility (Thông tư 04/2012/TT-BNV, Điều 11)
  'elig.criteria-not-encoded': 'Tiêu chuẩn Trưởng thôn trước ngày 15/10/2012 (Quyết định 13/2002/QĐ-BNV) chưa được đưa vào chương trình; chưa thể kết luận.',
  'elig.age.under-minimum': 'Chưa đủ {minAge} tuổi vào ngày bầu cử ({age} tuổi); đủ {minAge} tuổi từ ngày {reachesOn}.',
  'elig.residence.not-registered': 'Không đăng ký thường trú tại thôn, tổ dân phố.',
  'elig.residence.not-living': 'Không cư trú thường xuyên tại thôn, tổ dân phố.',
  'elig.judgment.not-met': 'Không đạt tiêu chuẩn «{criterion}».',
  'elig.judgment.pending': 'Còn {count} tiêu chuẩn cần được đánh giá, xác nhận.',
  // Eligibility (Nghị định 185/2026/NĐ-CP, Điều 4 và Điều 7)
  'elig.residence.not-in-commune': 'Không cư trú thường xuyên tại địa bàn xã, phường, đặc khu.',
  'elig.sanction.current': 'Đang trong thời gian bị xử lý kỷ luật, bị truy cứu trách nhiệm hình sự hoặc đang chấp hành bản án, quyết định của Tòa án.',
  'elig.deputy.no-national-rule': 'Từ ngày 26/05/2026 không còn tiêu chuẩn chung cho Phó trưởng thôn, Tổ phó tổ dân phố (chức danh hỗ trợ do Hội đồng nhân dân cấp tỉnh quyết định); chưa thể kết luận.',
  'elig.not-a-criterion': '{field}: không còn là tiêu chuẩn từ ngày 26/05/2026 (Nghị định 185/2026/NĐ-CP); không ảnh hưởng đến kết quả.',
  // Policy (advisory only)
  'policy.not-party-member': 'Khuyến nghị: người ứng cử không phải là đảng viên (theo chủ trương của Đảng; không phải tiêu chuẩn do pháp luật quy định).',
  'policy.party-membership-unknown': 'Chưa có thông tin người ứng cử có phải là đảng viên hay không (chỉ dùng để thống kê).',
  'policy.secretary-also-leader': 'Bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố: phù hợp với chủ trương của Đảng.',
  'policy.not-party-cell-secretary': 'Khuyến nghị: người ứng cử không phải là bí thư chi bộ (theo chủ trương bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố; không phải tiêu chuẩn do pháp luật quy định).',
  // Input plausibility (checkCandidate: a warning, not an input error)
  'input.birth-year-implausible': 'Ngày sinh có thể đã bị nhập sai (trước năm {earliestYear} hoặc quá {maxAge} tuổi vào ngày bầu cử: {age} tuổi); cần đối chiếu với giấy tờ tùy thân và sửa lại.',
};

/** Vietnamese names of the verdicts. */
export const viVerdicts: Catalogue = {
  'verdict.eligible': 'Đủ điều kiện',
  'verdict.ineligible': 'Không đủ điều kiện',
  'verdict.undetermined': 'Chưa xác định',
  'verdict.invalid': 'Dữ liệu không hợp lệ',
};

/** Vietnamese labels of input fields, by dotted path. */
export const viFields: Catalogue = { ...labelsOf(CANDIDATE_FIELDS, 'vi'), attestations: ATTESTATIONS_LABEL.vi, ...labelsOf(CONTEXT_FIELDS, 'vi') };
