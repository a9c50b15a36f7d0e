/**
 * `count` as a percentage of `total`, rounded half up to `decimals` places
 * (2 by default), computed from whole numbers so that the result does not
 * depend on floating-point accidents; `null` when `total` is 0.
 *
 * Percentages in truongthon are always shares of a stated base: for an
 * election, the total electorate of the unit (NQLT 09/2008 Điều 8: "so với
 * tổng số cử tri hoặc cử tri đại diện hộ gia đình"); for a report, the number
 * of units of the type counted.
 *
 * @example
 * percentOf(159, 361) // 44.04 (the published worked example: no winner)
 * percentOf(1, 8)     // 12.5
 * percentOf(0, 0)     // null
 */
export function percentOf(count: number, total: number, decimals = 2): number | null {
  if (total === 0) return null;
  const scale = 10 ** decimals;
  const scaled = Math.floor((2 * count * 100 * scale + total) / (2 * total));
  return scaled / scale;
}
