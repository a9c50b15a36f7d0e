const HEADER = 'Mã biên bản,Ngày bầu,Tỉnh,Thôn/Tổ dân phố,Cách tính cử tri,Tổng số cử tri/hộ,Số tham dự,Hình thức biểu quyết,Phiếu phát ra,Phiếu thu vào,Phiếu hợp lệ,Phiếu không hợp lệ,Người ứng cử,Số phiếu,Người giới thiệu';

/** 2024 meetings (Nghị định 59/2023 in force): an elected one with four-digit figures, a household ballot (Mẫu 04), a no-winner. */
export const MEETINGS_2024 = [
  HEADER,
  'PL-7,15/12/2024,46,Tổ dân phố 7,Hộ gia đình,1250,1100,Bỏ phiếu kín,1100,1100,1090,10,Nguyễn Thị Lan,700,Ban công tác Mặt trận',
  'PL-7,,,,,,,,,,,,Hồ Văn Tâm,390,Tự ứng cử',
  'PL-8,15/12/2024,46,Thôn Phú Lộc,Hộ gia đình,400,300,Phát phiếu lấy ý kiến,400,300,296,4,Lê Thị Hoa,250,Ban công tác Mặt trận',
  'PL-8,,,,,,,,,,,,Đỗ Văn Nam,46,Ban công tác Mặt trận',
  'PL-9,15/12/2024,46,Thôn Đông,Hộ gia đình,300,250,Bỏ phiếu kín,250,250,250,0,Trần Văn An,140,Ban công tác Mặt trận',
  'PL-9,,,,,,,,,,,,Phạm Văn Bình,110,Ban công tác Mặt trận',
].join('\n');
