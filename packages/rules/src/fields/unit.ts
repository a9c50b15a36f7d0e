import { type FieldShape, fieldShapes, unitRecordSchema } from '@truongthon/core';
import { FIELD_LABELS, MESSAGES } from '../messages/all';
import { describeFields, type FieldDescription, type FieldWords } from './field';

/*
 * The fields of a unit record (one thôn / tổ dân phố and its leader, for the
 * secretary-also-leader report), as people name them. Each field's shape
 * (kind, bounds, accepted values) is read from `unitRecordSchema` of
 * `@truongthon/core`, its labels from the message catalogues
 * (`FIELD_LABELS`); what is written here is what neither knows: the
 * spellings of spreadsheets.
 */

/**
 * Fields described with the labels the message catalogues give their paths
 * (`FIELD_LABELS`, where the meeting's and the unit's are kept) and the
 * names they give a choice's values (`value.<path>.<value>` in `MESSAGES`);
 * a field no catalogue labels yet keeps its path as its label.
 *
 * @internal
 */
export function describeLabelled(shapes: readonly FieldShape[]): FieldDescription[] {
  const words: Record<string, FieldWords> = {};
  for (const { path, values } of shapes) {
    const vi = FIELD_LABELS.vi[path];
    if (vi === undefined) continue;
    // A choice's values are named by the catalogues too (`value.<path>.<value>`).
    const named = (values ?? []).filter((value) => MESSAGES.vi[`value.${path}.${value}`] !== undefined);
    const valueTexts = Object.fromEntries(named.map((value) => [value, { vi: MESSAGES.vi[`value.${path}.${value}`]!, en: MESSAGES.en[`value.${path}.${value}`] ?? value }]));
    words[path] = { label: { vi, en: FIELD_LABELS.en[path] ?? vi }, ...(named.length > 0 ? { values: valueTexts } : {}) };
  }
  return describeFields(shapes, words);
}

/**
 * The unit record's fields (`unitRecordSchema`), in the schema's order, with
 * their labels: the columns of a unit file. A member of the optional
 * `district` is not required.
 */
export const UNIT_FIELDS: readonly FieldDescription[] = /* @__PURE__ */ describeUnit();

function describeUnit(): FieldDescription[] {
  return describeLabelled(fieldShapes(unitRecordSchema));
}

/** Header spellings of the thôn / tổ dân phố's own fields, in a unit file and in a meeting file. @internal */
export const UNIT_PART_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'unit.code': ['ma_thon', 'ma_to_dan_pho', 'ma_tdp', 'ma_thon_to_dan_pho', 'ma_thon_tdp', 'ma_don_vi', 'unit_code'],
  'unit.name': ['thon', 'to_dan_pho', 'tdp', 'ten_thon', 'ten_to_dan_pho', 'thon_to_dan_pho', 'ten_thon_to_dan_pho', 'thon_tdp', 'don_vi', 'ten_don_vi', 'unit', 'unit_name'],
  'unit.kind': ['loai', 'loai_don_vi', 'unit_kind'],
};

/**
 * Header spellings per unit-record field, as folded keys (see `foldKey` of
 * `@truongthon/core`). A reader adds each field's own name and its labels.
 */
export const UNIT_HEADERS: Readonly<Record<string, readonly string[]>> = {
  'province.code': ['ma_tinh', 'province_code'],
  'province.name': ['tinh', 'ten_tinh', 'tinh_thanh_pho', 'tinh_thanh', 'province', 'province_name'],
  'district.code': ['ma_huyen', 'ma_quan_huyen', 'ma_huyen_quan', 'district_code'],
  'district.name': ['huyen', 'ten_huyen', 'quan_huyen', 'huyen_quan', 'huyen_thi_xa', 'huyen_quan_thi_xa', 'huyen_quan_thi_xa_thanh_pho', 'district', 'district_name'],
  'commune.code': ['ma_xa', 'ma_xa_phuong', 'ma_phuong_xa', 'ma_xa_phuong_thi_tran', 'commune_code'],
  'commune.name': ['xa', 'ten_xa', 'xa_phuong', 'phuong_xa', 'xa_phuong_thi_tran', 'ten_xa_phuong', 'commune', 'commune_name'],
  ...UNIT_PART_HEADERS,
  leaderStatus: ['tinh_trang', 'tinh_trang_truong_thon', 'tinh_trang_nguoi_dung_dau', 'truong_thon_to_truong', 'leader_status'],
  leaderPartyMember: ['dang_vien', 'la_dang_vien', 'truong_thon_la_dang_vien', 'leader_party_member'],
  leaderIsPartyCellSecretary: ['bi_thu_chi_bo', 'bi_thu_kiem_truong_thon', 'bi_thu_kiem', 'kiem_bi_thu', 'truong_thon_la_bi_thu', 'truong_thon_la_bi_thu_chi_bo', 'leader_is_party_cell_secretary'],
  hasPartyCell: ['co_chi_bo', 'chi_bo', 'has_party_cell'],
};

/**
 * How spreadsheets write the values of a unit record's choices, as folded
 * keys (a trailing `*` matches every key starting with what precedes it).
 * The value itself is always accepted. The kind of a unit (`unit.kind`) is
 * read with the vocabulary of unit names instead (`classifyUnitName`).
 */
export const UNIT_VALUE_SPELLINGS: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>> = {
  leaderStatus: {
    elected: ['da_bau', 'co', 'chinh_thuc', 'dang_giu', 'dang_dam_nhiem', 'truong_thon', 'to_truong'],
    interim: ['lam_thoi', 'chi_dinh', 'chi_dinh_lam_thoi'],
    vacant: ['khuyet', 'trong', 'chua_co'],
  },
};
