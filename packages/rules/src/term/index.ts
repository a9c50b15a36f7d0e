export { TERM_LENGTH_LAW, termLengthLawOn, type TermLengthLaw } from './termLengthRule';
export { TERM_COMMUNE_ADJUSTMENT_MAX_MONTHS, TERM_LENGTH_YEARS, TERM_PARAMETERS, type TermLengthValue } from './parameters';
export { termOn, termForElection, termLengthOn, type TermInfo, type TermBasis, type TermLookup, type TermLookupError, type TermLookupOptions } from './termLookup';
