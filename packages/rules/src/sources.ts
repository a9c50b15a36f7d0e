import type { Citation, Confidence, DOCUMENT_TYPES, IsoDate } from '@truongthon/core';

/**
 * The kinds of text (loại văn bản) a citation names (core's `DOCUMENT_TYPES`,
 * which the province data files' schema lists too); `Tin bài` is a news item.
 */
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * A legal or policy document (văn bản) that a rule or parameter cites.
 * Every document is listed once here, under its official number; rules
 * refer to it by that number (a {@link SourceCitation}).
 */
export interface LegalSource {
  /** Official number, e.g. `04/2012/TT-BNV`. */
  readonly number: string;
  /**
   * The kind of text (loại văn bản) as officials name it before its number:
   * `Thông tư` in "khoản 3 Điều 12 Thông tư 04/2012/TT-BNV"; a code by its
   * name (`Bộ luật Lao động`). Shown by `citationText`.
   */
  readonly type: DocumentType;
  /** Vietnamese title (trích yếu), as cited. */
  readonly title: string;
  readonly issuer: string;
  /** Date signed (ngày ban hành). */
  readonly signed: IsoDate | null;
  /** Date in force (ngày có hiệu lực); `null` where unknown. */
  readonly effective: IsoDate | null;
  /** Kind: `law` binds; `party` and `guidance` are policy and administrative guidance; `news` a press or portal item (a province data file's). */
  readonly kind: 'law' | 'party' | 'guidance' | 'news';
  readonly confidence: Confidence;
  readonly note?: string;
}

/**
 * The documents truongthon cites, keyed by official number (the key is the
 * `number`, which a type test checks). Facts from the project's legal notes
 * (kept outside this repository), each cited with its confidence.
 */
export const SOURCES = {
  '13/2002/QĐ-BNV': {
    number: '13/2002/QĐ-BNV', type: 'Quyết định', title: 'Quy chế tổ chức và hoạt động của thôn và tổ dân phố', issuer: 'Bộ Nội vụ',
    signed: '2002-12-06', effective: null, kind: 'law', confidence: 'secondary',
    note: 'Governed thôn/TDP organisation until TT 04/2012; its criteria articles were not read (UNCONFIRMED).',
  },
  '01/2005/TTLT-BTTUBTWMTTQVN-BNV': {
    number: '01/2005/TTLT-BTTUBTWMTTQVN-BNV', type: 'Thông tư liên tịch', title: 'Hướng dẫn quy trình bầu, miễn nhiệm, bãi nhiệm Trưởng thôn, Tổ trưởng tổ dân phố', issuer: 'Ban Thường trực UBTW MTTQ Việt Nam – Bộ Nội vụ',
    signed: '2005-05-12', effective: null, kind: 'law', confidence: 'secondary',
    note: 'Existence and date confirmed (cited by QĐ 47/2005/QĐ-UBND Quảng Bình); none of its numbers were read (UNCONFIRMED); effective date unknown.',
  },
  '09/2008/NQLT-CP-UBTWMTTQVN': {
    number: '09/2008/NQLT-CP-UBTWMTTQVN', type: 'Nghị quyết liên tịch', title: 'Hướng dẫn thi hành các Điều 11, 14, 16, 22 và 26 của Pháp lệnh thực hiện dân chủ ở xã, phường, thị trấn', issuer: 'Chính phủ – UBTW MTTQ Việt Nam',
    signed: '2008-04-17', effective: null, kind: 'law', confidence: 'confirmed',
    note: 'Election procedure until 30/06/2023 (inferred: it guides Pháp lệnh 34/2007, replaced by Luật 10/2022 from 01/07/2023).',
  },
  '04/2012/TT-BNV': {
    number: '04/2012/TT-BNV', type: 'Thông tư', title: 'Hướng dẫn về tổ chức và hoạt động của thôn, tổ dân phố', issuer: 'Bộ Nội vụ',
    signed: '2012-08-31', effective: '2012-10-15', kind: 'law', confidence: 'confirmed',
    note: 'Consolidated as 08/VBHN-BNV (27/10/2022). Its criteria (Điều 11) and term (Điều 12) govern elections until 25/05/2026; from 26/05/2026 Nghị định 185/2026/NĐ-CP Điều 4 and 7 govern them (that decree does not name TT 04/2012 among the texts it repeals).',
  },
  '09/2017/TT-BNV': {
    number: '09/2017/TT-BNV', type: 'Thông tư', title: 'Sửa đổi, bổ sung một số điều của Thông tư số 04/2012/TT-BNV', issuer: 'Bộ Nội vụ',
    signed: '2017-12-29', effective: '2018-03-01', kind: 'law', confidence: 'secondary',
    note: 'Not listed in the consolidated texts 01/VBHN-BNV (2019) and 08/VBHN-BNV (2022); superseded in effect by TT 14/2018; the instrument that ended it is UNCONFIRMED.',
  },
  '14/2018/TT-BNV': {
    number: '14/2018/TT-BNV', type: 'Thông tư', title: 'Sửa đổi, bổ sung một số điều của Thông tư số 04/2012/TT-BNV', issuer: 'Bộ Nội vụ',
    signed: '2018-12-03', effective: '2019-01-20', kind: 'law', confidence: 'confirmed',
  },
  '10/2022/QH15': {
    number: '10/2022/QH15', type: 'Luật', title: 'Luật Thực hiện dân chủ ở cơ sở', issuer: 'Quốc hội',
    signed: '2022-11-10', effective: '2023-07-01', kind: 'law', confidence: 'confirmed',
  },
  '59/2023/NĐ-CP': {
    number: '59/2023/NĐ-CP', type: 'Nghị định', title: 'Quy định chi tiết một số điều của Luật Thực hiện dân chủ ở cơ sở', issuer: 'Chính phủ',
    signed: '2023-08-14', effective: '2023-08-15', kind: 'law', confidence: 'confirmed',
    note: 'In force 15/08/2023 (pháp điển 44.13 annotation on every article). How elections between 01/07/2023 and 14/08/2023 were to be run is not stated in any text read (UNCONFIRMED).',
  },
  '45/2019/QH14': {
    number: '45/2019/QH14', type: 'Bộ luật Lao động', title: 'Bộ luật Lao động', issuer: 'Quốc hội',
    signed: '2019-11-20', effective: '2021-01-01', kind: 'law', confidence: 'confirmed',
    note: 'Public holidays (Điều 112 khoản 1) and nghỉ bù (Điều 111 khoản 3) from 01/01/2021, for deadlines counted in working days.',
  },
  '10/2012/QH13': {
    number: '10/2012/QH13', type: 'Bộ luật Lao động', title: 'Bộ luật Lao động', issuer: 'Quốc hội',
    signed: null, effective: '2013-05-01', kind: 'law', confidence: 'secondary',
    note: 'Public holidays and nghỉ bù (Điều 115) from 01/05/2013 to 31/12/2020. Signing date not read.',
  },
  'Bộ luật Lao động 1994': {
    number: 'Bộ luật Lao động 1994', type: 'Bộ luật Lao động', title: 'Bộ luật Lao động', issuer: 'Quốc hội',
    signed: null, effective: null, kind: 'law', confidence: 'confirmed',
    note: 'Public holidays and nghỉ bù (Điều 73, as rewritten by Luật 84/2007/QH11) until 30/04/2013; modelled from 2008. Cited by name: the Code of 1994 is known by its year; its dates were not read.',
  },
  '84/2007/QH11': {
    number: '84/2007/QH11', type: 'Luật', title: 'Luật sửa đổi, bổ sung Điều 73 của Bộ luật Lao động', issuer: 'Quốc hội',
    signed: '2007-04-02', effective: null, kind: 'law', confidence: 'confirmed',
    note: 'Passed 2 April 2007, in force on promulgation (exact day not checked): Tết Âm lịch four days, Giỗ Tổ Hùng Vương a holiday. Read in full (antlawyers.vn copy). The title is a summary.',
  },
  '91/2015/QH13': {
    number: '91/2015/QH13', type: 'Bộ luật Dân sự', title: 'Bộ luật Dân sự', issuer: 'Quốc hội',
    signed: null, effective: null, kind: 'law', confidence: 'secondary',
    note: 'Counting periods (Điều 147, 148): a period in days starts the day after the event; one ending on a day off ends on the next working day. Dates not read.',
  },
  '188/1999/QĐ-TTg': {
    number: '188/1999/QĐ-TTg', type: 'Quyết định', title: 'Quyết định về việc thực hiện chế độ tuần làm việc 40 giờ', issuer: 'Thủ tướng Chính phủ',
    signed: '1999-09-17', effective: null, kind: 'law', confidence: 'secondary',
    note: 'Điều 1: Saturday and Sunday are the weekly rest days of State bodies. Read in a garbled copy (tailieu.vn); the title is a summary.',
  },
  '202/2025/QH15': {
    number: '202/2025/QH15', type: 'Nghị quyết', title: 'Nghị quyết về việc sắp xếp đơn vị hành chính cấp tỉnh', issuer: 'Quốc hội',
    signed: '2025-06-12', effective: '2025-07-01', kind: 'law', confidence: 'unconfirmed',
    note: 'The 34-province structure from 01/07/2025 is confirmed (laodong 1646964); this resolution number and signing date are recalled, not read.',
  },
  '18-NQ/TW': {
    number: '18-NQ/TW', type: 'Nghị quyết', title: 'Một số vấn đề về tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả', issuer: 'Ban Chấp hành Trung ương Đảng (khóa XII)',
    signed: '2017-10-25', effective: '2017-10-25', kind: 'party', confidence: 'confirmed',
    note: 'Date and title confirmed; the exact clause on "bí thư chi bộ đồng thời là trưởng thôn" and any numeric target are UNCONFIRMED.',
  },
  '38-KL/TW': {
    number: '38-KL/TW', type: 'Kết luận', title: 'Kết luận của Bộ Chính trị', issuer: 'Bộ Chính trị',
    signed: '2018-11-13', effective: '2018-11-13', kind: 'party', confidence: 'unconfirmed',
    note: 'Said to ask that Party members of quality be chosen for leader, then the cell arranged so that the secretary is also the leader. No text or summary of it was found in the December 2026 audit (UNCONFIRMED).',
  },
  '13-CV/ĐU': {
    number: '13-CV/ĐU', type: 'Công văn', title: 'V/v lãnh đạo công tác bầu tổ trưởng tổ dân phố nhiệm kỳ 2021-2023 (Đảng ủy phường Hương Xuân)', issuer: 'Đảng ủy phường Hương Xuân, thị xã Hương Trà, Thừa Thiên Huế',
    signed: '2020-12-16', effective: '2020-12-16', kind: 'party', confidence: 'confirmed',
  },
  '2881/UBND-KTTH': {
    number: '2881/UBND-KTTH', type: 'Công văn', title: 'V/v tiếp tục thực hiện tốt chủ trương phát triển đảng viên trong đội ngũ thôn trưởng, tổ trưởng tổ dân phố và bố trí bí thư chi bộ kiêm thôn trưởng, tổ trưởng tổ dân phố', issuer: 'UBND tỉnh Kon Tum',
    signed: '2021-08-16', effective: '2021-08-16', kind: 'guidance', confidence: 'confirmed',
  },
  '4360/UBND-KTTH': {
    number: '4360/UBND-KTTH', type: 'Công văn', title: 'V/v tổ chức bầu cử Trưởng thôn, Tổ trưởng tổ dân phố nhiệm kỳ 2020-2023', issuer: 'UBND tỉnh Kon Tum',
    signed: '2020-11-20', effective: '2020-11-20', kind: 'guidance', confidence: 'confirmed', note: 'Cited by 2881/UBND-KTTH; the text itself was not read.',
  },
  '34/2020/QĐ-UBND': {
    number: '34/2020/QĐ-UBND', type: 'Quyết định', title: 'Quy chế tổ chức và hoạt động của thôn, tổ dân phố trên địa bàn tỉnh Kon Tum', issuer: 'UBND tỉnh Kon Tum',
    signed: '2020-11-27', effective: null, kind: 'law', confidence: 'secondary', note: 'Recognition within 5 working days read in a summary; its term-length article was not read.',
  },
  '72/2025/QH15': {
    number: '72/2025/QH15', type: 'Luật', title: 'Luật Tổ chức chính quyền địa phương', issuer: 'Quốc hội',
    signed: '2025-06-16', effective: '2025-07-01', kind: 'law', confidence: 'secondary',
    note: 'Điều 21 khoản 2 điểm d: the HĐND cấp xã establishes, rearranges, dissolves and names thôn and tổ dân phố (laodong 1528649). Signing date recalled, not read.',
  },
  '185/2026/NĐ-CP': {
    number: '185/2026/NĐ-CP', type: 'Nghị định', title: 'Quy định về tổ chức, hoạt động của thôn, tổ dân phố và chế độ, chính sách đối với người hoạt động không chuyên trách ở thôn, tổ dân phố', issuer: 'Chính phủ',
    signed: '2026-05-26', effective: '2026-05-26', kind: 'law', confidence: 'secondary',
    note: 'Read in a public copy of the full text (Điều 1–20), said to be taken from luatvietnam.vn (document 435528); not yet checked against Công báo. Its metadata line "thay thế Nghị định 27/2018/NĐ-CP" contradicts its own Điều 20 and is taken as the copier\'s error.',
  },
  '11776/BNV-CQĐP': {
    number: '11776/BNV-CQĐP', type: 'Công văn', title: 'V/v giữ nguyên thôn, tổ dân phố và kéo dài nhiệm kỳ Trưởng thôn, Tổ trưởng tổ dân phố', issuer: 'Bộ Nội vụ',
    signed: '2025-12-09', effective: '2025-12-09', kind: 'guidance', confidence: 'secondary',
    note: 'Read in press (vneconomy 11/12/2025, dantri 10/12/2025): keep every thôn and tổ dân phố until the Government rules on their rearrangement; the UBND tỉnh may extend heads\' terms for the 15/03/2026 elections. The title is a summary, not the official trích yếu.',
  },
  '12917 (Đồng Nai)': {
    number: '12917 (Đồng Nai)', type: 'Công văn', title: 'V/v kéo dài nhiệm kỳ Trưởng ấp, Trưởng khu phố, Tổ trưởng tổ dân phố', issuer: 'UBND tỉnh Đồng Nai',
    signed: null, effective: null, kind: 'guidance', confidence: 'secondary',
    note: 'Read in press (dantri 05/01/2026): no elections for terms ending in 2025–2026; sitting heads continue "cho đến khi có quy định mới". Only the number 12917 was read; its letters and date were not. The title is a summary.',
  },
  '3940/UBND-NC': {
    number: '3940/UBND-NC', type: 'Công văn', title: 'V/v kéo dài nhiệm kỳ Trưởng thôn, Tổ trưởng tổ dân phố', issuer: 'UBND tỉnh Cao Bằng',
    signed: null, effective: null, kind: 'guidance', confidence: 'secondary',
    note: 'Read in press (laodong 1635768): terms extended beyond the 2.5 years of QĐ 37/2019/QĐ-UBND. Date not read; the title is a summary.',
  },
  '37/2019/QĐ-UBND': {
    number: '37/2019/QĐ-UBND', type: 'Quyết định', title: 'Quy chế tổ chức và hoạt động của thôn, tổ dân phố trên địa bàn tỉnh Cao Bằng', issuer: 'UBND tỉnh Cao Bằng',
    signed: null, effective: null, kind: 'law', confidence: 'secondary',
    note: 'Điều 16 khoản 5: a term of 2.5 years (laodong 1635768). Title and dates not read.',
  },
  '31/2021/QĐ-UBND': {
    number: '31/2021/QĐ-UBND', type: 'Quyết định', title: 'Quy chế tổ chức và hoạt động của thôn, tổ dân phố trên địa bàn tỉnh Thừa Thiên Huế', issuer: 'UBND tỉnh Thừa Thiên Huế',
    signed: null, effective: '2021-05-25', kind: 'law', confidence: 'secondary',
    note: 'In force 25/05/2021 (Sở VHTT Thừa Thiên Huế, 12/05/2021): "Nhiệm kỳ của Trưởng thôn, Tổ trưởng tổ dân phố là hai năm sáu tháng (30 tháng)". The source names QĐ 30 and 31/2021 without saying which is the quy chế; 31 is the likelier. Title is a summary.',
  },
} as const satisfies Record<string, LegalSource>;

/** The official number of a document in {@link SOURCES}. */
export type SourceId = keyof typeof SOURCES;

/**
 * A citation of this package: it names a document of {@link SOURCES} by its
 * number, so that a misspelt or unlisted number does not compile. Its JSON is
 * that of core's `Citation`.
 */
export type SourceCitation = Citation<SourceId>;
