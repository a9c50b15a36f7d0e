/**
 * Orders administrative codes (mã đơn vị hành chính) deterministically: two
 * all-digit codes by their numeric value (`'9'` before `'10'`, `'01'` before
 * `'46'`), then by their spelling (`'01'` before `'1'`); any other codes by
 * UTF-16 code units; digit codes before other codes. Never depends on the
 * locale. Use it as an `Array.prototype.sort` callback. Never throws: a value
 * that is not a string comes after every string, and equal to any other such
 * value (it is never converted, so nothing of it runs).
 *
 * @example
 * ['46', '01', '62', '9'].sort(compareCodes) // ['01', '9', '46', '62']
 */
export function compareCodes(a: string, b: string): number {
  if (typeof a !== 'string' || typeof b !== 'string') return (typeof a === 'string' ? -1 : 0) + (typeof b === 'string' ? 1 : 0);
  const da = isDigits(a);
  const db = isDigits(b);
  if (da && db) {
    const sa = stripZeros(a);
    const sb = stripZeros(b);
    if (sa.length !== sb.length) return sa.length - sb.length;
    if (sa !== sb) return sa < sb ? -1 : 1;
  } else if (da !== db) return da ? -1 : 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

function isDigits(value: string): boolean {
  if (value.length === 0) return false;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 48 || c > 57) return false;
  }
  return true;
}

function stripZeros(value: string): string {
  let i = 0;
  while (i < value.length - 1 && value.charCodeAt(i) === 48) i++;
  return value.slice(i);
}
