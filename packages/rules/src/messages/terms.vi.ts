import type { Catalogue } from './catalogue';

/**
 * Vietnamese messages of terms (`termOn`, `termForElection`) and provincial
 * overlays (`loadOverlays`). A candidate check never returns these codes.
 */
export const termsVi: Catalogue = {
  // Terms
  'term.unknown-province': 'Không tìm thấy tỉnh/thành phố "{province}" vào ngày {date}.',
  'term.length-unknown': 'Chưa có dữ liệu về độ dài nhiệm kỳ (2,5 hay 5 năm) do UBND tỉnh {province} quyết định, áp dụng ngày {date}.',
  'term.no-calendar': 'Chưa có dữ liệu lịch nhiệm kỳ của tỉnh {province} để xác định nhiệm kỳ vào ngày {date}.',
  // Overlays
  'overlay.conflict': 'Hai dữ liệu của tỉnh cùng quy định một tham số cho cùng thời gian.',
  'overlay.value-not-allowed': 'Giá trị tham số của tỉnh không được pháp luật cho phép.',
  'overlay.bad-period': 'Khoảng thời gian áp dụng kết thúc trước khi bắt đầu.',
};
