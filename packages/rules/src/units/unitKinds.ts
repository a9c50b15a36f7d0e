import { foldKey, normalizeText } from '@truongthon/core';
import type { SourceCitation } from '../sources';

/** The two kinds of unit of Nghị định 185/2026/NĐ-CP Điều 2 khoản 1: thôn and tổ dân phố. */
export type UnitKind = 'thon' | 'to_dan_pho';

/** Where a word of {@link UNIT_KIND_NAMES} comes from. */
export type UnitKindNameOrigin =
  /** Listed in NĐ 185/2026 Điều 2 khoản 1 (and khoản 4). */
  | 'decree'
  /** Used by provinces and communes, covered by the decree's "..." and by khoản 4 ("tên gọi cộng đồng dân cư khác"); not listed by name. */
  | 'practice'
  /** Not a name but a label: an abbreviation or an English word for the kind. */
  | 'label';

/** One word (or phrase) that opens the name of a unit and tells its kind. */
export interface UnitKindName {
  /** The word as written, lower case, with its diacritics (NFC), e.g. `xóm`, `khu phố`. */
  readonly word: string;
  /** The kind it names; `null`: used for both kinds, so the name alone does not tell. */
  readonly kind: UnitKind | null;
  readonly origin: UnitKindNameOrigin;
  /** What is known of its use, in English, for words not in the decree. */
  readonly note?: string;
}

/**
 * Where the vocabulary comes from: NĐ 185/2026/NĐ-CP Điều 2 khoản 1 ("Thôn,
 * xóm, làng, ấp, bản, buôn, bon, phum, sóc... (gọi chung là thôn); tổ dân
 * phố, khu phố, khối phố, khóm, tiểu khu... (gọi chung là tổ dân phố)") and
 * khoản 4 (the HĐND cấp xã may use these or "tên gọi cộng đồng dân cư khác
 * phù hợp với thực tiễn địa phương").
 */
export const UNIT_KIND_CITATIONS: readonly SourceCitation[] = [
  {
    document: '185/2026/NĐ-CP',
    article: '2',
    clause: '1',
    confidence: 'secondary',
    note: 'Read in a public copy of the decree (luatvietnam.vn 435528 as copied on GitHub), to be checked against Công báo. The list ends with "...": the words marked `practice` are our reading of it, not the decree\'s.',
  },
  {
    document: '185/2026/NĐ-CP',
    article: '2',
    clause: '4',
    confidence: 'secondary',
    note: 'The HĐND cấp xã decides the names, traditional or other; a name therefore suggests a kind but does not fix it (Điều 2 khoản 3: thôn are organised in xã, tổ dân phố in phường). Same public copy, to be checked against Công báo.',
  },
];

/**
 * The words that open the name of a thôn or a tổ dân phố, and the kind each
 * names: ONE vocabulary for every reader of unit names (the report, the CLI).
 *
 * From the decree (NĐ 185/2026/NĐ-CP Điều 2 khoản 1, `origin: 'decree'`):
 * thôn, xóm, làng, ấp, bản, buôn, bon, phum, sóc → thôn; tổ dân phố, khu
 * phố, khối phố, khóm, tiểu khu → tổ dân phố. (Làng and khóm are in the
 * decree's own list.)
 *
 * From practice (`origin: 'practice'`), read as covered by the decree's "..."
 * and by khoản 4: tổ ("Tổ 4", short for tổ dân phố), khối ("Khối 5", short
 * for khối phố), khu vực (the tổ dân phố of phường in some Mekong provinces)
 * → tổ dân phố; đội ("Đội 3", rural units named after former production
 * teams), plei / plơi (Jrai and Bahnar villages of the Central Highlands) →
 * thôn. "Khu" and "khu dân cư" are used for thôn in some provinces and for tổ
 * dân phố in others: they are listed with `kind: null` (the name does not
 * tell). Where each of these is used was not checked against a province's
 * resolution.
 *
 * Labels (`origin: 'label'`): TDP and KP (abbreviations), and the English
 * village, hamlet, residential group.
 *
 * A name tells the kind only as a presumption: the HĐND cấp xã may keep a
 * traditional name (khoản 4), so a kind stated in the data wins over the name.
 */
export const UNIT_KIND_NAMES: readonly UnitKindName[] = [
  { word: 'thôn', kind: 'thon', origin: 'decree' },
  { word: 'xóm', kind: 'thon', origin: 'decree' },
  { word: 'làng', kind: 'thon', origin: 'decree' },
  { word: 'ấp', kind: 'thon', origin: 'decree' },
  { word: 'bản', kind: 'thon', origin: 'decree' },
  { word: 'buôn', kind: 'thon', origin: 'decree' },
  { word: 'bon', kind: 'thon', origin: 'decree' },
  { word: 'phum', kind: 'thon', origin: 'decree' },
  { word: 'sóc', kind: 'thon', origin: 'decree' },
  { word: 'tổ dân phố', kind: 'to_dan_pho', origin: 'decree' },
  { word: 'khu phố', kind: 'to_dan_pho', origin: 'decree' },
  { word: 'khối phố', kind: 'to_dan_pho', origin: 'decree' },
  { word: 'khóm', kind: 'to_dan_pho', origin: 'decree' },
  { word: 'tiểu khu', kind: 'to_dan_pho', origin: 'decree' },
  { word: 'đội', kind: 'thon', origin: 'practice', note: 'Rural units numbered after former production teams ("Đội 3").' },
  { word: 'plei', kind: 'thon', origin: 'practice', note: 'Jrai word for village (Gia Lai).' },
  { word: 'plơi', kind: 'thon', origin: 'practice', note: 'Spelling of plei in Bahnar and Jrai names.' },
  { word: 'tổ', kind: 'to_dan_pho', origin: 'practice', note: 'Short for tổ dân phố ("Tổ 4"); also "tổ dân cư".' },
  { word: 'khối', kind: 'to_dan_pho', origin: 'practice', note: 'Short for khối phố ("Khối 5").' },
  { word: 'khu vực', kind: 'to_dan_pho', origin: 'practice', note: 'The unit of phường in some Mekong provinces ("Khu vực 3").' },
  { word: 'khu dân cư', kind: null, origin: 'practice', note: 'Used for both kinds.' },
  { word: 'khu', kind: null, origin: 'practice', note: 'Used for thôn in some provinces and for tổ dân phố in others ("Khu 3").' },
  { word: 'tdp', kind: 'to_dan_pho', origin: 'label' },
  { word: 'kp', kind: 'to_dan_pho', origin: 'label' },
  { word: 'village', kind: 'thon', origin: 'label' },
  { word: 'hamlet', kind: 'thon', origin: 'label' },
  { word: 'residential group', kind: 'to_dan_pho', origin: 'label' },
];

const WORDS = /[^\p{L}\p{M}\p{N}]+/u;
const ASCII_WORD = /^[a-z0-9]+$/u;

/** The vocabulary split into words, as written and folded (derived once from the constant list; never changed). */
const SPLIT: readonly { readonly kind: UnitKind | null; readonly words: readonly string[]; readonly folded: readonly string[] }[] = /*#__PURE__*/ UNIT_KIND_NAMES.map((e) => {
  const words = e.word.split(' ');
  return { kind: e.kind, words, folded: words.map(foldKey) };
});

/**
 * The kind a unit's name or kind word tells, by its opening word(s) in
 * {@link UNIT_KIND_NAMES} (the longest match wins: "Khu phố 2" is a tổ dân
 * phố, "Khu 3" tells nothing): `thon`, `to_dan_pho`, or `undefined` when the
 * name does not tell (no kind word, or a word used for both kinds), and for
 * anything that is not a string (never throws). Any case;
 * with or without diacritics. A word typed without diacritics matches any
 * word that folds to it ("To 4" is a tổ), but a word typed with diacritics
 * must match them ("Tô Hiệu" is not a tổ). The kind codes `thon` and
 * `to_dan_pho` read as themselves.
 *
 * Basis: NĐ 185/2026/NĐ-CP Điều 2 khoản 1 and 4 (secondary; see
 * {@link UNIT_KIND_CITATIONS}).
 *
 * @example
 * classifyUnitName('Xóm 3')        // 'thon'
 * classifyUnitName('KHOI 5')       // 'to_dan_pho'
 * classifyUnitName('Ấp Bình Hòa')  // 'thon'
 * classifyUnitName('Khu 3')        // undefined (used for both kinds)
 */
export function classifyUnitName(name: string): UnitKind | undefined {
  if (typeof name !== 'string') return undefined;
  const words = normalizeText(name).toLowerCase().split(WORDS).filter((w) => w !== '');
  if (words.length === 0) return undefined;
  const ascii = words.map((w) => ASCII_WORD.test(w));
  let kind: UnitKind | null | undefined;
  let length = 0;
  for (const entry of SPLIT) {
    const n = entry.words.length;
    if (n <= length || n > words.length) continue;
    let matches = true;
    // A word typed without diacritics matches once folded; one typed with them must match them.
    for (let i = 0; i < n && matches; i++) matches = words[i] === entry.words[i] || (ascii[i]! && words[i] === entry.folded[i]);
    if (matches) {
      kind = entry.kind;
      length = n;
    }
  }
  return kind ?? undefined;
}
