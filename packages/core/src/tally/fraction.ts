/**
 * A share written as a fraction of whole numbers, so thresholds such as
 * "trên 50%" (more than half) are compared exactly, never in floating point.
 */
export interface Fraction {
  readonly numerator: number;
  readonly denominator: number;
}

/** One half: the quorum and the winning share of NQLT 09/2008 Điều 8 and of Nghị định 59/2023. */
export const ONE_HALF: Fraction = { numerator: 1, denominator: 2 };

/**
 * Whether `count` is strictly more than `fraction` of `total` ("trên 50%":
 * more than half, so exactly half is not enough). Integer arithmetic only.
 *
 * Legal basis: "trên 50%" in NQLT 09/2008/NQLT-CP-UBTWMTTQVN Điều 8
 * (attendance and winning share, both measured against the whole electorate
 * of the thôn / tổ dân phố).
 *
 * @example
 * exceedsFraction(181, 361, ONE_HALF) // true  (181 × 2 = 362 > 361)
 * exceedsFraction(180, 360, ONE_HALF) // false (exactly half)
 * exceedsFraction(159, 361, ONE_HALF) // false (44.04%)
 */
export function exceedsFraction(count: number, total: number, fraction: Fraction): boolean {
  return count * fraction.denominator > fraction.numerator * total;
}
