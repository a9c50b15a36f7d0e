export { TERM_LENGTH_LAW, termLengthLawOn, type TermLengthLaw } from './termLengthRule';
export { termOn, termForElection, termLengthOn, type TermInfo, type TermBasis, type TermLookup, type TermLookupError } from './termLookup';
