/** Entry of the single-file build with `<truongthon-election>` only (`truongthon-election.iife.js`), registered on load. */
import { TruongthonElection } from './election';
import { defineOnce } from './form-associated';

export { TruongthonElection, type ElectionChangeDetail, type ElectionResultDetail } from './election';
export { FormAssociatedElement, defineOnce, resolveLang, type FieldMessage } from './form-associated';
export { toLang } from './i18n/index';

defineOnce('truongthon-election', TruongthonElection);
