import type { LawParameter } from '../law/parameter';

/** The national procedure parameters kept as dated series (rather than as rules). */
export const PROCEDURE_PARAMETERS: readonly LawParameter[] = [];
