export { isoDateSchema, textSchema, flagSchema, unitCodeSchema } from './primitives';
export { candidateSchema, attestationsSchema, ATTESTATION_KEYS, type AttestationKey, type Attestations, type Candidate, type CandidateInput } from './candidate';
export { unitSchema, type Unit, type UnitInput } from './unit';
export { electionContextSchema, type ElectionContext, type ElectionContextInput } from './context';
export { type InputIssue, toInputIssues } from './inputIssue';
export { parseInput, type ParseResult } from './parse';
