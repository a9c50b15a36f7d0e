export { type Term, termLabel, termMonths, termFromStart } from './term';
