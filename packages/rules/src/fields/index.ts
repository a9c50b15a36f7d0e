export { describeFields, labelsOf, type FieldDescription, type FieldGroup, type FieldWords, type Texts } from './field';
export { ATTESTATIONS_LABEL, CANDIDATE_FIELDS, CANDIDATE_HEADERS, CANDIDATE_VALUE_SPELLINGS, CONTEXT_FIELDS, describeCandidate } from './candidate';
export { NO_WORDS, YES_SYMBOLS, YES_WORDS } from './answers';
