import type { Lang } from './catalogue';

/**
 * What each rule checks, in Vietnamese, for officials reading `truongthon
 * rules` or a rule list (the English summary is the rule's own `summary`).
 * A test checks that every rule has one. Not imported by the rules
 * themselves, so the single-file widget builds leave it out.
 */
export const RULE_SUMMARIES_VI: Readonly<Record<string, string>> = {
  'LAW.NOT_REVIEWED': 'Ngày cần xem xét sau ngày các quy định được đối chiếu lần cuối với văn bản gốc.',
  'ELIG.CRITERIA.PRE2012': 'Tiêu chuẩn người ứng cử trước ngày 15/10/2012 (Quyết định 13/2002/QĐ-BNV) chưa được đưa vào chương trình.',
  'ELIG.RESIDENCE': 'Có hộ khẩu thường trú và cư trú thường xuyên ở thôn, tổ dân phố.',
  'ELIG.AGE.MIN': 'Người ứng cử đủ 21 tuổi trở lên vào ngày bầu cử.',
  'ELIG.JUDGMENT': 'Các tiêu chuẩn cần đánh giá (sức khỏe; nhiệt tình, trách nhiệm; phẩm chất chính trị, đạo đức, được nhân dân tín nhiệm; bản thân và gia đình gương mẫu; kiến thức, năng lực, kinh nghiệm) đã được xác nhận.',
  'ELIG.2026.DEPUTY': 'Không có tiêu chuẩn chung cho Phó trưởng thôn, Tổ phó tổ dân phố: chức danh hỗ trợ do Hội đồng nhân dân cấp tỉnh quy định (Nghị định 185/2026/NĐ-CP).',
  'ELIG.2026.RESIDENCE': 'Cư trú thường xuyên tại địa bàn xã, phường, đặc khu (Nghị định 185/2026/NĐ-CP).',
  'ELIG.2026.AGE': 'Người ứng cử đủ 21 tuổi trở lên vào ngày bầu cử (Nghị định 185/2026/NĐ-CP).',
  'ELIG.2026.JUDGMENT': 'Các tiêu chuẩn cần đánh giá (sức khỏe; phẩm chất chính trị, đạo đức, được nhân dân tín nhiệm; bản thân và gia đình gương mẫu; kiến thức, năng lực, kinh nghiệm; khả năng ứng dụng công nghệ thông tin, lập kế hoạch, thống kê, báo cáo) đã được xác nhận (Nghị định 185/2026/NĐ-CP).',
  'ELIG.2026.SANCTION': 'Không đang trong thời gian bị xử lý kỷ luật, bị truy cứu trách nhiệm hình sự hoặc chấp hành bản án (Nghị định 185/2026/NĐ-CP).',
  'ELIG.2026.FORMER_CRITERIA': 'Hộ khẩu thường trú tại thôn, tổ dân phố và "nhiệt tình" không còn là tiêu chuẩn (Nghị định 185/2026/NĐ-CP).',
  'POLICY.PARTY_MEMBER': 'Chủ trương của Đảng: Trưởng thôn, Tổ trưởng tổ dân phố nên là đảng viên (chỉ để tham khảo).',
  'POLICY.SECRETARY_HEAD': 'Chủ trương của Đảng: Bí thư chi bộ nên đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố (chỉ để tham khảo).',
  'INPUT.BIRTH_DATE': 'Ngày sinh trước năm 1900, hoặc trên 120 tuổi vào ngày bầu cử, được coi là nhập nhầm và cần kiểm tra lại.',
  'PROC.2005.NOT_ENCODED': 'Quy trình bầu giai đoạn 2005–2008 (Thông tư liên tịch 01/2005) chưa được đưa vào chương trình: chưa tra cứu được các số liệu của văn bản.',
  'PROC.2023.TRANSITION': 'Từ ngày 01/07/2023 đến ngày 14/08/2023, quy trình của Nghị định 59/2023/NĐ-CP được áp dụng tương tự.',
  'PROC.COUNT.CONSISTENCY': 'Các số liệu của biên bản kiểm phiếu khớp với nhau.',
  'PROC.2023.VOTING_UNIT': 'Mỗi hộ gia đình có một phiếu, do cử tri đại diện hộ gia đình biểu quyết.',
  'PROC.CANDIDATES': 'Danh sách do Ban công tác Mặt trận thống nhất với chi bộ có 1 hoặc 2 người đến ngày 30/06/2023, ít nhất 1 người từ ngày 01/07/2023; hội nghị có thể giới thiệu thêm.',
  'PROC.2023.ELECTION_GROUP': 'Thành viên Tổ bầu cử không phải là người ứng cử.',
  'PROC.PREP': 'Kế hoạch chậm nhất 20 ngày, danh sách người ứng cử 15 ngày, Tổ bầu cử 10 ngày trước ngày bầu; từ ngày 01/07/2023 thêm bước niêm yết chậm nhất 7 ngày trước ngày bầu.',
  'PROC.2008.HOUSEHOLD_BALLOT': 'Theo Nghị quyết liên tịch 09/2008, việc phát phiếu lấy ý kiến tới từng hộ gia đình chưa được đưa vào chương trình: biên bản như vậy chưa xác định được kết quả.',
  'PROC.2023.HOUSEHOLD_BALLOT': 'Phiếu lấy ý kiến phát tới từng hộ gia đình được tính trên tổng số hộ gia đình của thôn, tổ dân phố, dù hộ có gửi lại hay không.',
  'PROC.2008.QUORUM': 'Hội nghị cần có trên một nửa số cử tri hoặc cử tri đại diện hộ gia đình của thôn, tổ dân phố tham dự.',
  'PROC.2023.QUORUM': 'Hội nghị có không quá một nửa số đại diện hộ gia đình tham dự thì không thể đạt tỷ lệ trúng cử: khi đó phát phiếu lấy ý kiến tới từng hộ gia đình.',
  'PROC.WIN': 'Người trúng cử được trên một nửa tổng số cử tri hoặc cử tri đại diện hộ gia đình của thôn, tổ dân phố đồng ý.',
  'PROC.MOTION': 'Đề nghị miễn nhiệm, bãi nhiệm (đến ngày 30/06/2023) hoặc cho thôi làm (từ ngày 01/07/2023) được thông qua khi trên một nửa tổng số cử tri hoặc cử tri đại diện hộ gia đình của thôn, tổ dân phố tán thành.',
  'PROC.COUNT.NO_WINNER_ON_ANY_READING': 'Biên bản có số liệu mâu thuẫn nhưng dù hiểu theo cách nào cũng không ai trúng cử thì được xử lý như hội nghị không có người trúng cử.',
  'PROC.2023.DECISION_SENT': 'Kết quả hội nghị được gửi đến UBND cấp xã trong 5 ngày làm việc kể từ ngày họp.',
  'PROC.RECOGNITION': 'UBND cấp xã công nhận kết quả trong thời hạn (ngày làm việc) do văn bản có hiệu lực tại thời điểm đó quy định (4 ngày đến ngày 30/06/2023; 5 ngày từ ngày 01/07/2023, kể cả quyết định bầu lại), trừ khi tỉnh quy định khác.',
  'PROC.2023.CHOTHOI.RECOGNITION': 'Trong 5 ngày làm việc kể từ ngày nhận kết quả, UBND cấp xã công nhận việc cho thôi làm đã được thông qua.',
  'PROC.RERUN': 'Không có người trúng cử thì bầu lại trong thời hạn do văn bản có hiệu lực tại thời điểm đó quy định (15 ngày đến ngày 30/06/2023; từ ngày 01/07/2023 không quy định số ngày, UBND cấp xã quyết định việc bầu lại).',
  'PROC.2008.INTERIM': 'Bầu lại vẫn không có người trúng cử (hoặc miễn nhiệm, bãi nhiệm được thông qua) thì Chủ tịch UBND cấp xã chỉ định Trưởng thôn, Tổ trưởng tổ dân phố lâm thời.',
  'PROC.2023.INTERIM': 'Bầu lại vẫn không có người trúng cử thì chỉ định người tạm thời đảm nhiệm, tối đa 6 tháng kể từ ngày có quyết định chỉ định.',
  'PROC.2023.CHOTHOI.INTERIM': 'Cho thôi làm được thông qua thì UBND cấp xã, sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã, chỉ định người tạm thời đảm nhiệm cho đến khi bầu được người mới (văn bản không nêu thời hạn).',
  'PROC.NEW_ELECTION': 'Đề nghị được thông qua thì tổ chức bầu mới; từ ngày 01/07/2023 UBND cấp xã quyết định trong 60 ngày kể từ ngày công nhận việc cho thôi làm (trước đó chưa xác định được văn bản quy định thời hạn).',
  'PROC.2023.CHOTHOI.COMMUNE_DECISION': 'Hội nghị không thông qua việc cho thôi làm thì UBND cấp xã quyết định sau khi thống nhất với Ủy ban Mặt trận Tổ quốc Việt Nam cấp xã.',
  'REPORT.SECRETARY_HEAD': 'Theo từng xã: số Trưởng thôn, Tổ trưởng tổ dân phố; số Bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố; số Trưởng thôn, Tổ trưởng tổ dân phố là đảng viên (Công văn 2881/UBND-KTTH của UBND tỉnh Kon Tum), kèm tỷ lệ trên số thôn, tổ dân phố.',
};

/** What each law parameter is, in Vietnamese (the English is the parameter's own `summary`). A test checks that every parameter has one. */
export const PARAMETER_SUMMARIES_VI: Readonly<Record<string, string>> = {
  'TERM.LENGTH_YEARS': 'Nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố bắt đầu vào ngày đó: số năm pháp luật cho phép, và số năm áp dụng khi tỉnh không được lựa chọn.',
  'TERM.COMMUNE_ADJUSTMENT_MAX_MONTHS': 'Số tháng tối đa UBND cấp xã được tự rút ngắn hoặc kéo dài nhiệm kỳ; quá số đó do UBND cấp tỉnh quyết định.',
  'UNITS.MIN_HOUSEHOLDS.HA_NOI_HCM': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: Hà Nội và Thành phố Hồ Chí Minh.',
  'UNITS.MIN_HOUSEHOLDS.NORTHERN_MIDLANDS_MOUNTAINS': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng trung du và miền núi phía Bắc.',
  'UNITS.MIN_HOUSEHOLDS.RED_RIVER_DELTA': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng đồng bằng sông Hồng.',
  'UNITS.MIN_HOUSEHOLDS.NORTH_CENTRAL': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng Bắc Trung Bộ.',
  'UNITS.MIN_HOUSEHOLDS.SOUTH_CENTRAL_COAST_HIGHLANDS': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng duyên hải Nam Trung Bộ và Tây Nguyên.',
  'UNITS.MIN_HOUSEHOLDS.SOUTH_EAST': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng Đông Nam Bộ.',
  'UNITS.MIN_HOUSEHOLDS.MEKONG_DELTA': 'Số hộ gia đình tối thiểu của thôn, tổ dân phố: vùng đồng bằng sông Cửu Long.',
  'UNITS.MIN_HOUSEHOLDS.SPECIAL_AREAS': 'Thôn, tổ dân phố ở miền núi, vùng đồng bào dân tộc thiểu số, vùng đặc biệt khó khăn, biên giới, hải đảo, khu tái định cư, nơi biệt lập có thể có ít hộ hơn mức tối thiểu của vùng, theo hướng dẫn của UBND cấp tỉnh.',
  'UNITS.MAX_NON_SPECIALISED_WORKERS': 'Mỗi thôn, tổ dân phố có tối đa 3 người hoạt động không chuyên trách.',
  'UNITS.NON_SPECIALISED_TITLES': 'Các chức danh người hoạt động không chuyên trách ở thôn, tổ dân phố.',
  'PROC.INTERIM_MAX_MONTHS': 'Thời hạn tối đa của người được UBND cấp xã chỉ định tạm thời đảm nhiệm, tính bằng tháng kể từ ngày có quyết định chỉ định.',
  'PROC.PREPARATION_STEPS': 'Các bước chuẩn bị và số ngày chậm nhất trước ngày bầu cử phải thực hiện mỗi bước.',
  'PROC.CANDIDATE_LIST_SIZE': 'Số người ít nhất và nhiều nhất trong danh sách của Ban công tác Mặt trận (1 đến 2 người đến ngày 30/06/2023; ít nhất 1 người, không giới hạn, từ ngày 01/07/2023).',
  'PROC.WIN_THRESHOLD': 'Tỷ lệ trên tổng số cử tri hoặc cử tri đại diện hộ gia đình của thôn, tổ dân phố mà người ứng cử phải vượt quá để trúng cử.',
  'PROC.MOTION_THRESHOLD': 'Tỷ lệ trên tổng số cử tri hoặc cử tri đại diện hộ gia đình của thôn, tổ dân phố mà số phiếu tán thành phải vượt quá để thôi chức Trưởng thôn, Tổ trưởng tổ dân phố.',
  'PROC.MOTION_PURPOSES': 'Các hình thức cộng đồng dân cư cho thôi chức Trưởng thôn, Tổ trưởng tổ dân phố: miễn nhiệm, bãi nhiệm đến ngày 30/06/2023; cho thôi làm từ ngày 01/07/2023.',
  'PROC.RECOGNITION_WORKING_DAYS': 'Thời hạn (số ngày làm việc) để UBND cấp xã công nhận kết quả bầu.',
  'PROC.RECOGNITION_COVERS_RERUN_DECISION': 'Thời hạn công nhận của UBND cấp xã có bao gồm cả quyết định bầu lại khi không có người trúng cử hay không.',
  'PROC.RERUN_WITHIN_DAYS': 'Số ngày kể từ lần bầu không có người trúng cử mà trong đó phải bầu lại (không có: văn bản không quy định).',
  'PROC.NEW_ELECTION_WITHIN_DAYS': 'Số ngày kể từ khi công nhận việc cho thôi làm mà trong đó UBND cấp xã quyết định bầu mới (không có: văn bản không quy định).',
};

/**
 * What a rule checks (or a law parameter is), in the reader's language: the
 * Vietnamese summary of {@link RULE_SUMMARIES_VI} or
 * {@link PARAMETER_SUMMARIES_VI}, or the rule's own English `summary`.
 *
 * @example
 * const win = listRules().find((rule) => rule.id === 'PROC.WIN')!;
 * ruleSummary(win, 'vi') // 'Người trúng cử được trên một nửa tổng số cử tri …'
 * ruleSummary(win, 'en') // 'A candidate wins with more than half of the whole electorate of the unit.'
 */
export function ruleSummary(rule: { readonly id: string; readonly summary?: string }, lang: Lang = 'vi'): string {
  if (lang === 'vi') {
    const vi = Object.hasOwn(RULE_SUMMARIES_VI, rule.id) ? RULE_SUMMARIES_VI[rule.id] : Object.hasOwn(PARAMETER_SUMMARIES_VI, rule.id) ? PARAMETER_SUMMARIES_VI[rule.id] : undefined;
    if (vi !== undefined) return vi;
  }
  return rule.summary ?? '';
}
