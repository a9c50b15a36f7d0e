export { type Block, type DocumentKind, documentPlainText, type OfficialDocument, PLACEHOLDER, type Segment, segmentText, type Signer, TRANSLATION_MARK } from './model';
export { blank, leaderOf, placeDateLine, t } from './format';
export { documentKindName, MEETING_DOCUMENT_KINDS, type MeetingDocumentOptions, type MeetingDocuments, meetingDocuments, type OmissionCode, type OmittedDocument } from './meeting';
export { candidateListDocument, candidateListEntry, type CandidateListEntry, type CandidateListOptions, type ListedCandidate } from './candidates';
