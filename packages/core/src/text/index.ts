export { normalizeText, isBlankText, foldKey } from './normalizeText';
export { type CitizenIdParts, type CitizenIdIssue, parseCitizenId, checkCitizenId, compactCitizenId, maskCitizenId } from './citizenId';
