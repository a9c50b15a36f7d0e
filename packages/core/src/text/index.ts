export { normalizeText, isBlankText, foldKey } from './normalizeText';
export { type CitizenIdParts, type CitizenIdIssue, parseCitizenId, checkCitizenId, maskCitizenId } from './citizenId';
