import type { LawParameter } from '../law/parameter';

/** The national parameters on thôn and tổ dân phố as units (size, staff), as dated series. */
export const UNIT_PARAMETERS: readonly LawParameter[] = [];
