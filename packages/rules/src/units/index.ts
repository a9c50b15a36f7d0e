export type { Province } from './province';
export { PROVINCES } from './provinces';
export { findProvince } from './findProvince';
export { provinceNameMatches } from './provinceName';
export { classifyUnitName, UNIT_KIND_CITATIONS, UNIT_KIND_NAMES, type UnitKind, type UnitKindName, type UnitKindNameOrigin } from './unitKinds';
