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
export { PROCEDURE_SETS, PROCEDURE_RULES, MEETING_RULES, VALIDITY_RULES, RESULT_RULES, FOLLOW_UP_RULES, procedureSetOn, type ProcedureSet } from './sets';
export { countConsistency } from './countConsistency';
export { procedureNotEncoded2005 } from './notEncoded';
export { transition2023 } from './transition';
export { votingUnit2023 } from './votingUnit';
export { electionGroup2023 } from './electionGroup';
export { candidates2008, candidates2023, type CandidateListParams } from './candidates';
export { preparation2008, preparation2023, preparationSteps, type PreparationParams, type PreparationStep } from './preparation';
export { quorum2008, quorum2023, type QuorumParams } from './quorum';
export { win2008, win2023, type WinParams } from './winner';
export { motion2008, choThoiLam2023, type MotionParams } from './motion';
export { recognition2008, recognition2023, recognitionStep, type RecognitionParams, type RecognitionStep } from './recognition';
export { rerun2008, rerun2023, rerunStep, type RerunParams } from './rerun';
export { interim2008, interim2023, interimStep, type InterimParams } from './interim';
export { newElection2008, newElection2023, newElectionStep, type NewElectionParams } from './newElection';
