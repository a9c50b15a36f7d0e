/**
 * How a yes/no answer is written in a spreadsheet cell, as folded keys
 * (`foldKey` of `@truongthon/core`). Deliberately narrow: words like "chưa"
 * (not yet) could mean "not assessed" and are refused.
 */
export const YES_WORDS: readonly string[] = ['co', 'x', '1', 'yes', 'y', 'true', 'dung', 'c'];
/** See {@link YES_WORDS}. */
export const NO_WORDS: readonly string[] = ['khong', '0', 'no', 'n', 'false', 'sai', 'k', 'ko'];
/** Tick marks that mean yes, as written. */
export const YES_SYMBOLS: readonly string[] = ['✓', '✔', '√', '☑'];
