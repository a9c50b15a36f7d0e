export { type Fraction, ONE_HALF, exceedsFraction } from './fraction';
export { percentOf } from './percentOf';
export { type VoteOption, type BallotFigures, type CountFigures, type CountIssue, FIGURE_CODES, TALLY_CODES, checkCountRecord, mostVotesOnAnyReading } from './checkCountRecord';
export { type TallyInput, type TallyResult, type OptionResult, tallyVotes } from './tallyVotes';
