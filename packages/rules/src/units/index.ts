export type { Province } from './province';
export { PROVINCES } from './provinces';
export { findProvince } from './findProvince';
