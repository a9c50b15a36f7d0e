export { isoDateSchema, textSchema, flagSchema, unitCodeSchema, citizenIdSchema } from './primitives';
export { fieldShapes, objectShape, shapeFields, type FieldShape, type FieldKind, type MemberShape, type ObjectShape } from './fields';
export { candidateSchema, attestationsSchema, ATTESTATION_KEYS, type AttestationKey, type Attestations, type Candidate, type CandidateInput } from './candidate';
export { electionContextSchema, type ElectionContext, type ElectionContextInput } from './context';
export { type InputIssue, toInputIssues, INPUT_ISSUE_CODES } from './inputIssue';
export { parseInput, dropBlanks, type ParseResult } from './parse';
export { parseCandidate, parseElectionContext } from './parseCandidate';
export { parseShape } from './parseShape';
export { CANDIDATE_SHAPE, CONTEXT_SHAPE } from './shapes.generated';
export { toJsonSchema, jsonSchemaOf, INPUT_SCHEMAS, type InputSchemaName } from './jsonSchema';
export {
  meetingRecordSchema,
  meetingCandidateSchema,
  ballotCountsSchema,
  motionVoteSchema,
  preparationDatesSchema,
  countSchema,
  positiveCountSchema,
  MEETING_INPUT_CODES,
  type MeetingRecord,
  type MeetingRecordInput,
  type MeetingCandidate,
  type MeetingPurpose,
  type MeetingRound,
} from './meeting';
export { unitRecordSchema, parseUnitRecord, unitRecordReader, type UnitRecord, type UnitRecordInput } from './unitRecord';
export {
  provinceDataSchema,
  provinceDocumentSchema,
  provinceCitationSchema,
  provinceSearchSchema,
  DOCUMENT_TYPES,
  type ProvinceDataFile,
  type ProvinceDataFileInput,
  type ProvinceDocument,
} from './provinceData';
