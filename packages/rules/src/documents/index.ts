export { type Block, type DocumentKind, documentPlainText, type OfficialDocument, PLACEHOLDER, type Segment, segmentText, type Signer, TRANSLATION_MARK } from './model';
export { formatCount, formatPercent, leaderOf, placeDateLine } from './format';
export { documentKindName, type MeetingDocumentOptions, type MeetingDocuments, meetingDocuments, type OmissionCode, type OmittedDocument } from './meeting';
export { candidateListDocument, type CandidateListOptions, type ListedCandidate } from './candidates';
