import { classifyUnitName } from '@truongthon/rules';
import { choice, coerceFlag, coerceText, type Coerced } from './coerce';
import { buildLookup, type FieldLookup, FieldResolver, type HeaderMapping, rawRecordIssues, readFields, type RowIssue, setPath } from './fields';
import type { Cell, ColumnRef, SourceRow } from './types';

/**
 * Columns of a unit file for the secretary-also-leader report: one row per
 * thôn / tổ dân phố, with its province, district (until 30/06/2025) and
 * commune, and its leader.
 */
export const UNIT_FIELDS = [
  'province.code',
  'province.name',
  'district.code',
  'district.name',
  'commune.code',
  'commune.name',
  'unit.code',
  'unit.name',
  'unit.kind',
  'leaderStatus',
  'leaderPartyMember',
  'leaderIsPartyCellSecretary',
  'hasPartyCell',
] as const;

export type UnitField = (typeof UNIT_FIELDS)[number];

const ALIASES: Readonly<Record<UnitField, readonly string[]>> = {
  'province.code': ['ma_tinh', 'province_code'],
  'province.name': ['tinh', 'ten_tinh', 'tinh_thanh_pho', 'tinh_thanh', 'province', 'province_name'],
  'district.code': ['ma_huyen', 'ma_quan_huyen', 'ma_huyen_quan', 'district_code'],
  'district.name': ['huyen', 'ten_huyen', 'quan_huyen', 'huyen_quan', 'huyen_thi_xa', 'huyen_quan_thi_xa', 'huyen_quan_thi_xa_thanh_pho', 'district', 'district_name'],
  'commune.code': ['ma_xa', 'ma_xa_phuong', 'ma_phuong_xa', 'ma_xa_phuong_thi_tran', 'commune_code'],
  'commune.name': ['xa', 'ten_xa', 'xa_phuong', 'phuong_xa', 'xa_phuong_thi_tran', 'ten_xa_phuong', 'commune', 'commune_name'],
  'unit.code': ['ma_thon', 'ma_to_dan_pho', 'ma_tdp', 'ma_thon_to_dan_pho', 'ma_thon_tdp', 'ma_don_vi', 'unit_code'],
  'unit.name': ['thon', 'to_dan_pho', 'tdp', 'ten_thon', 'ten_to_dan_pho', 'thon_to_dan_pho', 'ten_thon_to_dan_pho', 'thon_tdp', 'don_vi', 'unit', 'unit_name'],
  'unit.kind': ['loai', 'loai_don_vi', 'unit_kind'],
  leaderStatus: ['tinh_trang', 'tinh_trang_truong_thon', 'tinh_trang_nguoi_dung_dau', 'truong_thon_to_truong', 'leader_status'],
  leaderPartyMember: ['dang_vien', 'la_dang_vien', 'truong_thon_la_dang_vien', 'leader_party_member'],
  leaderIsPartyCellSecretary: ['bi_thu_chi_bo', 'bi_thu_kiem_truong_thon', 'bi_thu_kiem', 'kiem_bi_thu', 'truong_thon_la_bi_thu', 'truong_thon_la_bi_thu_chi_bo', 'leader_is_party_cell_secretary'],
  hasPartyCell: ['co_chi_bo', 'chi_bo', 'has_party_cell'],
};

/** Header → unit field. */
export const unitFieldForHeader: FieldLookup<UnitField> = buildLookup(UNIT_FIELDS, ALIASES, { leafNames: false });

/** The fields a unit file must have a column for. */
export const REQUIRED_UNIT_FIELDS: readonly UnitField[] = ['commune.code', 'unit.name', 'leaderStatus'];

/**
 * A cell of the kind column: any word of the library's vocabulary of unit
 * kinds (`UNIT_KIND_NAMES`, Nghị định 185/2026/NĐ-CP Điều 2: "Thôn", "Xóm",
 * "Ấp", "Khu phố", "Khóm", "TDP"…), or a whole unit name. A cell that does
 * not tell the kind ("Khu", a typo) is not an error: the kind is left out,
 * the name decides, and the report counts and names a unit whose kind
 * neither tells; the row is never left out for it.
 */
export function coerceUnitKind(cell: Cell): Coerced<unknown> {
  const text = coerceText(cell);
  if (!text.ok || text.value === null) return text;
  const kind = classifyUnitName(text.value);
  return { ok: true, value: kind ?? null };
}
const leaderStatus = choice({
  elected: ['da_bau', 'co', 'chinh_thuc', 'dang_giu', 'dang_dam_nhiem', 'truong_thon', 'to_truong', 'elected'],
  interim: ['lam_thoi', 'chi_dinh', 'chi_dinh_lam_thoi', 'interim'],
  vacant: ['khuyet', 'trong', 'chua_co', 'vacant'],
});

/** Coerces a cell of a unit file by its field. */
export function coerceUnitField(field: UnitField, cell: Cell): Coerced<unknown> {
  switch (field) {
    case 'unit.kind':
      return coerceUnitKind(cell);
    case 'leaderStatus':
      return leaderStatus(cell);
    case 'leaderPartyMember':
    case 'leaderIsPartyCellSecretary':
    case 'hasPartyCell':
      return coerceFlag(cell);
    default:
      return coerceText(cell);
  }
}

/**
 * The kind of a unit from the opening word(s) of its name, when no column
 * says: the library's `classifyUnitName` (NĐ 185/2026/NĐ-CP Điều 2: "Thôn
 * 1", "Xóm 3", "Bản", "Plei Ơi", "Đội 2" → thôn; "Tổ dân phố 3", "Tổ 4",
 * "Khối 5", "Khu phố 2", "Khóm", "TDP" → tổ dân phố). Otherwise `undefined`
 * ("Khu 3" is used for both kinds): the row is kept, without a kind, and the
 * report names it.
 */
export function kindFromName(name: string): 'thon' | 'to_dan_pho' | undefined {
  return classifyUnitName(name);
}

/** One unit as read, ready for the library's report. */
export interface UnitRow {
  readonly row: number;
  /** The unit record in the library's shape; `null` when the row could not be read. */
  readonly record: Record<string, unknown> | null;
  readonly issues: RowIssue[];
  readonly columns: ReadonlyMap<string, ColumnRef>;
}

/**
 * Reads the rows of a unit file into unit records (JSON / NDJSON elements
 * are unit records already). A province given by name only gets its code
 * from `findProvince` (on the report date), and one given by code its name.
 * A province code that `findProvince` does not know on the report date (a
 * code retired on 01/07/2025, a typo) is kept as given, as the library
 * keeps it: the report counts the unit under that code and says
 * `report.unknown-province`, and a name that is not the one the code has
 * that day gives `report.province-name-mismatch`. Only a province given by a
 * name that names no province on that day leaves the row out
 * (`cli.province-not-found`, naming its row and column): without a code the
 * unit has nowhere to be counted.
 */
export async function* readUnits(rows: AsyncIterable<SourceRow>, resolver: FieldResolver<UnitField>, findProvince: (codeOrName: string) => { readonly code: string; readonly name: string } | undefined): AsyncGenerator<UnitRow> {
  for await (const source of rows) {
    if (source.error) {
      yield { row: source.row, record: null, issues: [{ code: source.error.code, column: null, field: null, params: source.error.params ?? {} }], columns: new Map() };
      continue;
    }
    if (source.raw !== undefined) {
      // A unit record already: the library reads it, and flags a province code that names no province on the report date.
      // A field given twice leaves it out (it is never counted with one of its two values picked silently).
      const issues = rawRecordIssues(source);
      yield { row: source.row, record: issues.length > 0 ? null : (source.raw as Record<string, unknown>), issues, columns: new Map() };
      continue;
    }
    const read = readFields(source.record, resolver, coerceUnitField);
    const issues: RowIssue[] = [];
    for (const issue of source.readIssues ?? []) {
      const header = issue.params?.['column'];
      const field = header === undefined ? null : (resolver.field(String(header)) ?? null);
      if (header !== undefined && field === null) continue;
      issues.push({ code: issue.code, column: header === undefined ? null : resolver.column(String(header)), field, params: issue.params ?? {} });
    }
    issues.push(...read.issues);
    const record: Record<string, unknown> = {};
    for (const [field, value] of read.values) setPath(record, field, value);
    const province = record['province'] as Record<string, unknown> | undefined;
    // A province given by name only gets its code; by code only, its name (both read on the report date).
    // The code is looked up when there is one (it decides the grouping), else the name. A code that names no
    // province that day is kept as given (the report flags it); a name that names none leaves no code to count under.
    if (province && (province['code'] !== undefined || province['name'] !== undefined)) {
      const byCode = province['code'] !== undefined;
      const given = String(province['code'] ?? province['name']);
      const found = findProvince(given);
      if (found) {
        province['code'] ??= found.code;
        province['name'] ??= found.name;
      } else if (!byCode) {
        const field: UnitField = 'province.name';
        const column = read.columns.get(field) ?? { header: field };
        issues.push({ code: 'cli.province-not-found', column, field, params: { column: column.header, province: given } });
      }
    }
    const unit = record['unit'] as Record<string, unknown> | undefined;
    if (unit && unit['kind'] === undefined && typeof unit['name'] === 'string') {
      const kind = kindFromName(unit['name']);
      if (kind) unit['kind'] = kind;
    }
    yield { row: source.row, record: issues.length > 0 ? null : record, issues, columns: read.columns };
  }
}

/** A resolver for unit files. */
export function unitResolver(mapping?: HeaderMapping<UnitField>): FieldResolver<UnitField> {
  return new FieldResolver(unitFieldForHeader, mapping);
}
