export { describeFields, labelsOf, type FieldDescription, type FieldGroup, type FieldWords, type Texts } from './field';
export { ATTESTATIONS_LABEL, CANDIDATE_FIELDS, CANDIDATE_HEADERS, CANDIDATE_VALUE_SPELLINGS, CONTEXT_FIELDS, describeCandidate, type IdentityField } from './candidate';
export { NO_WORDS, YES_SYMBOLS, YES_WORDS } from './answers';
export { MEETING_FIELDS, MEETING_HEADERS, MEETING_VALUE_SPELLINGS } from './meeting';
export { UNIT_FIELDS, UNIT_HEADERS, UNIT_VALUE_SPELLINGS } from './unit';
