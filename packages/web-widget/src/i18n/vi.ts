/**
 * Vietnamese texts of the widget's own chrome (headings, choices, hints).
 * Finding, issue and verdict texts and field labels come from the
 * `@truongthon/rules` catalogues; only what is specific to the form lives here.
 */
export const vi = {
  'section.person': 'Thông tin người ứng cử',
  'section.residence': 'Cư trú',
  'section.party': 'Đảng viên và bí thư chi bộ',
  'section.other': 'Thông tin khác',
  'section.attestations': 'Tiêu chuẩn cần được đánh giá, xác nhận',
  'section.attestations.hint': 'Chọn “Chưa đánh giá” khi chưa có kết luận; kết quả khi đó là “Chưa xác định”.',
  'choice.yes': 'Có',
  'choice.no': 'Không',
  'choice.unknown': 'Chưa rõ',
  'choice.met': 'Đạt',
  'choice.notMet': 'Không đạt',
  'choice.notAssessed': 'Chưa đánh giá',
  'choice.none': '— Không nêu —',
  'optional': '(không bắt buộc)',
  'result.heading': 'Kết quả kiểm tra',
  'result.verdict': 'Kết quả: {verdict}',
  'result.noFindings': 'Không có ghi nhận nào.',
  'result.legal': 'Điều kiện pháp lý',
  'result.policy': 'Chủ trương của Đảng (tham khảo, không quyết định kết quả)',
  'result.basis': 'Căn cứ',
  'result.missing': 'Những câu trả lời còn thiếu có thể thay đổi kết quả:',
  'result.issues': 'Cần sửa trước khi kiểm tra:',
  'result.regime': 'Quy định áp dụng',
  'result.term': 'Nhiệm kỳ',
  'result.years': '{years} năm',
  'result.empty': 'Nhập thông tin người ứng cử để xem kết quả kiểm tra.',
  'result.electionDate': 'Ngày bầu cử (ngày tính tuổi)',
  'date.placeholder': 'ngày/tháng/năm',
  'date.impossible': '{field}: ngày không có thật.',
  'date.two-digit-year': '{field}: cần ghi đủ bốn chữ số của năm, ví dụ 15/06/1975.',
  'date.format': '{field}: cần ghi theo dạng ngày/tháng/năm, ví dụ 15/06/1975.',
  'config.heading': 'Lỗi cấu hình (dành cho quản trị cổng thông tin)',
  'summary.heading': 'Có {count} mục cần sửa',
  'summary.headingOne': 'Có 1 mục cần sửa',
  'validity.invalid': 'Thông tin người ứng cử chưa hợp lệ: {message}',
  'validity.ineligible': 'Người ứng cử không đủ điều kiện.',
  'validity.undetermined': 'Chưa đủ thông tin để kết luận người ứng cử đủ điều kiện.',
  'validity.config': 'Biểu mẫu chưa được cấu hình đúng: {message}',
} as const;

export type UiKey = keyof typeof vi;
