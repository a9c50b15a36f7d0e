export { compareCodes } from './compareCodes';
export { type AdminRef, type RollupNode, type RollupSpec, type Rollup, rollUp } from './rollUp';
