import type { Catalogue } from './catalogue';

/**
 * English messages of terms (`termOn`, `termForElection`) and provincial
 * overlays (`loadOverlays`), and the input error of `lawChanges` (two days in
 * the wrong order). A candidate check never returns these codes.
 */
export const termsEn: Catalogue = {
  'term.unknown-province': 'No province "{province}" on {date}.',
  'term.length-unknown': 'No data on the term length (2.5 or 5 years) set by the People\'s Committee of province {province} on {date}.',
  'term.no-calendar': 'No term calendar for province {province} to place {date} in a term.',
  'term.end-unknown': 'On {date} the term {label} (begun on {start}) in province {province} is still running; its last day is not in the data.',
  'term.extended-no-calendar': 'No term calendar for province {province} to place {date} in a term; under {document}, the sitting heads it covers are extended until {until}.',
  'term.extended-open-no-calendar': 'No term calendar for province {province} to place {date} in a term; under {document}, the sitting heads it covers are extended until new rules.',
  'overlay.conflict': 'Two provincial data sets set the same parameter for the same period.',
  'overlay.value-not-allowed': 'A provincial parameter value is not allowed by law.',
  'overlay.bad-period': 'A period ends before it starts.',
  'overlay.adjustment-too-long': 'The commune People\'s Committee may shorten or extend a term by at most 6 months; beyond that the provincial People\'s Committee decides.',
  'input.range-reversed': 'The end date ({to}) is before the start date ({from}).',
};
