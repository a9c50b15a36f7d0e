import type { Catalogue } from './catalogue';

/**
 * Vietnamese messages of terms (`termOn`, `termForElection`) and provincial
 * overlays (`loadOverlays`), and the input error of `lawChanges` (two days in
 * the wrong order). A candidate check never returns these codes.
 */
export const termsVi: Catalogue = {
  // Terms
  'term.unknown-province': 'Không tìm thấy tỉnh, thành phố "{province}" vào ngày {date}.',
  'term.length-unknown': 'Chưa có dữ liệu về nhiệm kỳ (2,5 năm hay 5 năm) do UBND tỉnh {province} quyết định, áp dụng vào ngày {date}.',
  'term.no-calendar': 'Chưa có dữ liệu lịch nhiệm kỳ của tỉnh {province} để xác định nhiệm kỳ vào ngày {date}.',
  'term.end-unknown': 'Ngày {date}, nhiệm kỳ {label} (bắt đầu ngày {start}) ở tỉnh {province} vẫn đang tiếp tục; chưa có dữ liệu về ngày kết thúc.',
  'term.extended-no-calendar': 'Chưa có dữ liệu lịch nhiệm kỳ của tỉnh {province} để xác định nhiệm kỳ vào ngày {date}; theo văn bản {document}, nhiệm kỳ của những người đương nhiệm thuộc diện áp dụng được kéo dài đến ngày {until}.',
  'term.extended-open-no-calendar': 'Chưa có dữ liệu lịch nhiệm kỳ của tỉnh {province} để xác định nhiệm kỳ vào ngày {date}; theo văn bản {document}, nhiệm kỳ của những người đương nhiệm thuộc diện áp dụng được kéo dài cho đến khi có quy định mới.',
  // Overlays
  'overlay.conflict': 'Hai mục dữ liệu của tỉnh cùng quy định một tham số cho cùng một khoảng thời gian.',
  'overlay.value-not-allowed': 'Giá trị tham số của tỉnh không được pháp luật cho phép.',
  'overlay.bad-period': 'Khoảng thời gian áp dụng kết thúc trước khi bắt đầu.',
  'overlay.adjustment-too-long': 'UBND cấp xã chỉ được rút ngắn hoặc kéo dài nhiệm kỳ không quá 06 tháng; quá 06 tháng do UBND cấp tỉnh quyết định.',
  // Law changes between two days (lawChanges)
  'input.range-reversed': 'Ngày kết thúc ({to}) trước ngày bắt đầu ({from}).',
};
