/** Entry of the single-file build with `<truongthon-candidate>` only (`truongthon-candidate.iife.js`), registered on load. */
import { TruongthonCandidate } from './candidate';
import { defineOnce } from './form-associated';

export { TruongthonCandidate, type CandidateChangeDetail, type CandidateVerdictDetail } from './candidate';
export { FormAssociatedElement, defineOnce, resolveLang, type FieldMessage } from './form-associated';
export { toLang } from './i18n/index';

defineOnce('truongthon-candidate', TruongthonCandidate);
