/**
 * The candidates closest to a mistyped word: those at the smallest edit
 * distance (insertions, deletions, substitutions and swaps of two adjacent
 * characters, ignoring case), if at most 2 edits and less than 60 % of the
 * longer word (commander's own measure); otherwise those the word begins,
 * if it has 3 characters or more (`--elect` → `--election-date`). Sorted.
 *
 * @example
 * suggest('--electon-date', ['--election-date', '--province']) // ['--election-date']
 */
export function suggest(word: string, candidates: readonly string[]): string[] {
  const strip = (s: string) => s.replace(/^--?/u, '').toLowerCase();
  const typed = strip(word);
  if (typed === '') return [];
  const unique = [...new Set(candidates)];
  let best = 3;
  let close: string[] = [];
  for (const candidate of unique) {
    const name = strip(candidate);
    if (name.length <= 1) continue;
    const distance = editDistance(typed, name);
    const length = Math.max(typed.length, name.length);
    if ((length - distance) / length <= 0.4) continue;
    if (distance < best) {
      best = distance;
      close = [candidate];
    } else if (distance === best) close.push(candidate);
  }
  if (close.length === 0 && typed.length >= 3) close = unique.filter((candidate) => strip(candidate).startsWith(typed));
  return close.sort((a, b) => a.localeCompare(b));
}

/** Optimal-string-alignment distance (Damerau–Levenshtein without repeated edits of one substring). */
function editDistance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, d[i - 2]![j - 2]! + 1);
      d[i]![j] = value;
    }
  }
  return d[a.length]![b.length]!;
}
