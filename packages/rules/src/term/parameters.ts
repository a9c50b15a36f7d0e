import type { LawParameter } from '../law/parameter';

/** The national term parameters, as dated series (listed by `listParameters`). */
export const TERM_PARAMETERS: readonly LawParameter[] = [];
