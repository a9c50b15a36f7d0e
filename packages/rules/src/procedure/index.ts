export {
  type MeetingContext,
  type MeetingOutcome,
  type ProcedureStep,
  type StepBasis,
  type StepId,
  lowestConfidence,
} from './context';
export { evaluateMeeting, type MeetingOptions, type MeetingResult, type CandidateTally } from './evaluateMeeting';
export { electionTimeline, type TimelineOptions, type TimelineResult } from './electionTimeline';
export { PROCEDURE_SETS, PROCEDURE_RULES, MEETING_RULES, VALIDITY_RULES, READING_RULES, RESULT_RULES, FOLLOW_UP_RULES, procedureSetOn, type ProcedureSet } from './sets';
export {
  PROCEDURE_PARAMETERS,
  INTERIM_MAX_MONTHS,
  PREPARATION_STEPS,
  CANDIDATE_LIST_SIZE,
  WIN_THRESHOLD,
  MOTION_THRESHOLD,
  MOTION_PURPOSES,
  RECOGNITION_WORKING_DAYS,
  RECOGNITION_COVERS_RERUN_DECISION,
  RERUN_WITHIN_DAYS,
  NEW_ELECTION_WITHIN_DAYS,
} from './parameters';
export { countConsistency, noWinnerOnAnyReading } from './countConsistency';
export { procedureNotEncoded2005 } from './notEncoded';
export { transition2023 } from './transition';
export { votingUnit2023 } from './votingUnit';
export { electionGroup2023 } from './electionGroup';
export { householdBallot2008, householdBallot2023 } from './householdBallot';
export { candidates, type CandidateListParams, type CandidateListSize } from './candidates';
export { preparation, preparationSteps, type PreparationParams, type PreparationStep } from './preparation';
export { quorum2008, quorum2023, householdBallotStep, type QuorumParams, type QuorumDecision } from './quorum';
export { win, type WinParams, type WinDecision } from './winner';
export { motion, type MotionParams, type MotionDecision } from './motion';
export { decisionSent2023, decisionSentStep, type DecisionSentParams } from './decisionSent';
export {
  recognition,
  recognitionStep,
  choThoiLamRecognition2023,
  choThoiLamRecognitionStep,
  type RecognitionParams,
  type RecognitionStep,
} from './recognition';
export { rerun, rerunStep, type RerunParams } from './rerun';
export {
  interim2008,
  interim2023,
  interimAfterChoThoiLam2023,
  interimStep,
  interimDeadline,
  type InterimCondition,
  type InterimDeadline,
  type InterimParams,
} from './interim';
export { newElection, newElectionStep, type NewElectionParams } from './newElection';
export { choThoiLamCommuneDecision2023, communeDecisionStep } from './communeDecision';
