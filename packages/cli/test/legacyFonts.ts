/**
 * Legacy Vietnamese font encodings, for tests: samples of TCVN3 and VNI
 * text made from real names, by tables written out here, independent of
 * the detector (`legacyFontOf` in src/io/encoding.ts).
 */

/**
 * TCVN3 (TCVN 5712:1993 VN3, fonts .VnTime…): the byte of each letter;
 * upper-case letters with a tone have no code and are typed as the
 * lower-case one, as the fonts do.
 */
const TCVN3_CODES =
  'ă:a8 â:a9 ê:aa ô:ab ơ:ac ư:ad đ:ae Ă:a1 Â:a2 Ê:a3 Ô:a4 Ơ:a5 Ư:a6 Đ:a7 à:b5 ả:b6 ã:b7 á:b8 ạ:b9 ằ:bb ẳ:bc ẵ:bd ắ:be ặ:c6 ầ:c7 ẩ:c8 ẫ:c9 ấ:ca ậ:cb ' +
  'è:cc ẻ:ce ẽ:cf é:d0 ẹ:d1 ề:d2 ể:d3 ễ:d4 ế:d5 ệ:d6 ì:d7 ỉ:d8 ĩ:dc í:dd ị:de ò:df ỏ:e1 õ:e2 ó:e3 ọ:e4 ồ:e5 ổ:e6 ỗ:e7 ố:e8 ộ:e9 ờ:ea ở:eb ỡ:ec ớ:ed ợ:ee ' +
  'ù:ef ủ:f1 ũ:f2 ú:f3 ụ:f4 ừ:f5 ử:f6 ữ:f7 ứ:f8 ự:f9 ỳ:fa ỷ:fb ỹ:fc ý:fd ỵ:fe';
const TCVN3 = new Map(TCVN3_CODES.split(' ').map((pair) => [pair.slice(0, 1), Number.parseInt(pair.slice(2), 16)] as const));

/** Text as a TCVN3 file holds it. */
export function encodeTcvn3(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    const code = ch.charCodeAt(0) < 0x80 ? ch.charCodeAt(0) : (TCVN3.get(ch) ?? TCVN3.get(ch.toLowerCase()));
    if (code === undefined) throw new RangeError(`${ch} has no TCVN3 code`);
    out.push(code);
  }
  return Buffer.from(out);
}

/** VNI Windows: tone letters after a plain vowel (and ơ, ư), after â ê ô, after ă; i and the ỵ have their own. */
const VNI_TONES: Readonly<Record<string, readonly number[]>> = {
  // acute, grave, hook, tilde, dot below
  plain: [0xf9, 0xf8, 0xfb, 0xf5, 0xef],
  circumflex: [0xe1, 0xe0, 0xe5, 0xe3, 0xe4],
  breve: [0xe9, 0xe8, 0xfa, 0xfc, 0xeb],
  i: [0xed, 0xec, 0xe6, 0xf3, 0xf2],
};
const TONE_MARKS = ['\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];

/** Text as a VNI Windows file holds it. */
export function encodeVni(text: string): Buffer {
  const out: number[] = [];
  for (const ch of text.normalize('NFC')) {
    if (ch.charCodeAt(0) < 0x80) {
      out.push(ch.charCodeAt(0));
      continue;
    }
    const upper = ch !== ch.toLowerCase();
    const shift = (b: number) => (upper ? b - 0x20 : b);
    const letter = ch.toLowerCase();
    if (letter === 'đ') {
      out.push(shift(0xf1));
      continue;
    }
    const parts = [...letter.normalize('NFD')];
    const base = parts[0]!;
    const tone = TONE_MARKS.indexOf(parts.find((p) => TONE_MARKS.includes(p)) ?? '');
    const shape = parts.includes('\u0302') ? 'circumflex' : parts.includes('\u0306') ? 'breve' : parts.includes('\u031b') ? 'horn' : 'plain';
    if (base === 'i') {
      out.push(tone < 0 ? (upper ? 0x49 : 0x69) : shift(VNI_TONES['i']![tone]!));
      continue;
    }
    if (base === 'y' && tone === 4) {
      out.push(shift(0xee));
      continue;
    }
    const b = upper ? base.toUpperCase().charCodeAt(0) : base.charCodeAt(0);
    if (shape === 'horn') out.push(shift(base === 'o' ? 0xf4 : 0xf6));
    else out.push(b);
    if (shape === 'circumflex') out.push(shift(tone < 0 ? 0xe2 : VNI_TONES['circumflex']![tone]!));
    else if (shape === 'breve') out.push(shift(tone < 0 ? 0xea : VNI_TONES['breve']![tone]!));
    else if (tone >= 0) out.push(shift(VNI_TONES['plain']![tone]!));
  }
  return Buffer.from(out);
}

/** Real names (common family, middle and given names, with every tone and letter shape). */
export const NAMES = [
  'Nguyễn Văn Hùng', 'Trần Thị Mai', 'Phạm Thị Hòa', 'Lữ Văn Đức', 'Huỳnh Thị Ngọc Ánh', 'Lê Hoàng Long', 'Võ Thị Sáu', 'Đặng Thùy Trâm',
  'Bùi Xuân Phái', 'Đỗ Mười', 'Hồ Xuân Hương', 'Ngô Bảo Châu', 'Dương Văn Minh', 'Lương Thế Vinh', 'Trương Định', 'Vũ Trọng Phụng',
  'Phan Bội Châu', 'Đinh Bộ Lĩnh', 'Lý Thường Kiệt', 'Trịnh Công Sơn', 'Hoàng Văn Thụ', 'Tạ Quang Bửu', 'Nguyễn Thị Định', 'Kiều Phương Thảo',
  'Quách Tuấn Khanh', 'Âu Dương Lân', 'Ông Ích Khiêm', 'Ưng Văn Quý', 'Mạc Đĩnh Chi', 'Triệu Thị Trinh', 'Chu Văn An', 'Lạc Long Quân',
  'Thân Nhân Trung', 'Hà Huy Tập', 'Giáp Văn Cương', 'Nông Đức Mạnh', 'Lò Văn Giàng', 'Cầm Bá Thước', 'Y Ngông Niê Kđăm', 'Đoàn Thị Điểm',
];
