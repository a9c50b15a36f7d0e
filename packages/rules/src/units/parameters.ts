import type { SourceCitation } from '../sources';
import { defineParameter, type LawParameter } from '../law/parameter';

/** The day Nghị định 185/2026/NĐ-CP took effect (Điều 20 khoản 1: signed and in force 26/05/2026). */
const ND185_FROM = '2026-05-26';

const COPY_NOTE = 'Read in a public copy of the decree (luatvietnam.vn 435528 as copied on GitHub), to be checked against Công báo.';

const nd185 = (article: string, clause: string, point?: string, note?: string): SourceCitation => ({
  document: '185/2026/NĐ-CP',
  article,
  clause,
  ...(point ? { point } : {}),
  confidence: 'secondary',
  note: note ? `${note} ${COPY_NOTE}` : COPY_NOTE,
});

/** The minimum number of households (hộ gia đình) of a thôn and of a tổ dân phố in one region. */
export interface MinimumHouseholds {
  /** The region as the decree names it. */
  readonly region: string;
  readonly thon: number;
  readonly to_dan_pho: number;
}

/** What Điều 10 khoản 3 allows for units with special features. */
export interface SpecialAreaHouseholds {
  /** The minimum of khoản 1 may be lower. */
  readonly lowerAllowed: true;
  /** Who says how much lower: the UBND cấp tỉnh (điểm b). */
  readonly guidedBy: 'UBND cấp tỉnh';
}

const KIND_NAMES_NOTE = 'A unit named under Điều 2 khoản 4 (a traditional or other name) takes the minimum of its kind (Điều 10 khoản 2).';

/** One region's minimum, from 26/05/2026, citing its point of Điều 10 khoản 1. */
function minimum(id: string, summary: string, point: string, region: string, thon: number, to_dan_pho: number): LawParameter<MinimumHouseholds> {
  return defineParameter<MinimumHouseholds>({
    id: `UNITS.MIN_HOUSEHOLDS.${id}`,
    area: 'units',
    summary: `Minimum households of a thôn / tổ dân phố: ${summary}.`,
    values: [{ from: ND185_FROM, to: null, value: { region, thon, to_dan_pho }, citations: [nd185('10', '1', point, KIND_NAMES_NOTE)], confidence: 'secondary' }],
  });
}

/**
 * The national parameters on thôn and tổ dân phố as units (size, staff), as
 * dated series (listed by `listParameters`).
 *
 * - Minimum households per unit, by region: NĐ 185/2026/NĐ-CP Điều 10 khoản
 *   1 điểm a–g (the points run a, b, c, d, đ, e, g), from 26/05/2026; lower
 *   in the areas of khoản 3 as the UBND cấp tỉnh guides. The decree names
 *   regions, not provinces: which of the 34 provinces is in which region is
 *   not encoded.
 * - At most 3 non-specialised workers (người hoạt động không chuyên trách)
 *   per unit, and their three titles: Điều 14 khoản 2 and 1, from 26/05/2026.
 *
 * All `secondary`: read in a public copy of the decree, to be checked against
 * Công báo. The sizes set by TT 04/2012/TT-BNV (as amended by TT 14/2018)
 * before 26/05/2026 are not encoded.
 */
export const UNIT_PARAMETERS: readonly LawParameter[] = [
  minimum('HA_NOI_HCM', 'Hà Nội and Hồ Chí Minh City', 'a', 'Thành phố Hà Nội và Thành phố Hồ Chí Minh', 500, 700),
  minimum('NORTHERN_MIDLANDS_MOUNTAINS', 'northern midlands and mountains', 'b', 'Vùng trung du và miền núi phía Bắc', 150, 300),
  minimum('RED_RIVER_DELTA', 'Red River Delta', 'c', 'Vùng đồng bằng sông Hồng', 400, 550),
  minimum('NORTH_CENTRAL', 'North Central', 'd', 'Vùng Bắc Trung bộ', 350, 450),
  minimum('SOUTH_CENTRAL_COAST_HIGHLANDS', 'South Central Coast and Central Highlands', 'đ', 'Vùng duyên hải Nam Trung bộ và Tây Nguyên', 300, 450),
  minimum('SOUTH_EAST', 'South East', 'e', 'Vùng Đông Nam bộ', 400, 550),
  minimum('MEKONG_DELTA', 'Mekong Delta', 'g', 'Vùng đồng bằng sông Cửu Long', 400, 550),
  defineParameter<SpecialAreaHouseholds>({
    id: 'UNITS.MIN_HOUSEHOLDS.SPECIAL_AREAS',
    area: 'units',
    summary: 'Mountain, ethnic-minority, especially difficult, border, island, resettlement and isolated units may have fewer households than the regional minimum, as the UBND cấp tỉnh guides.',
    values: [
      {
        from: ND185_FROM,
        to: null,
        value: { lowerAllowed: true, guidedBy: 'UBND cấp tỉnh' },
        citations: [nd185('10', '3', 'a', 'The areas where the minimum may be lower.'), nd185('10', '3', 'b', 'The UBND cấp tỉnh guides how much lower.')],
        confidence: 'secondary',
      },
    ],
  }),
  defineParameter<number>({
    id: 'UNITS.MAX_NON_SPECIALISED_WORKERS',
    area: 'units',
    summary: 'At most 3 non-specialised workers (người hoạt động không chuyên trách) per thôn / tổ dân phố.',
    values: [{ from: ND185_FROM, to: null, value: 3, citations: [nd185('14', '2', undefined, '"không quá 03 người".')], confidence: 'secondary' }],
  }),
  defineParameter<readonly string[]>({
    id: 'UNITS.NON_SPECIALISED_TITLES',
    area: 'units',
    summary: 'The titles of the non-specialised workers (người hoạt động không chuyên trách) of a thôn / tổ dân phố.',
    values: [
      {
        from: ND185_FROM,
        to: null,
        value: ['Trưởng thôn hoặc Tổ trưởng tổ dân phố', 'Bí thư Chi bộ', 'Trưởng Ban Công tác Mặt trận'],
        citations: [nd185('14', '1')],
        confidence: 'secondary',
      },
    ],
  }),
];
