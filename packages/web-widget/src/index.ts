/**
 * @packageDocumentation
 * Form-associated custom elements that check Trưởng thôn / Tổ trưởng tổ dân
 * phố candidates and count election meetings with `@truongthon/rules`, for
 * provincial portals. This entry only exports the classes (no side effects);
 * import `@truongthon/web-widget/define` to register the tags, or load a
 * single-file bundle with a `<script>` tag.
 *
 * @module @truongthon/web-widget
 */
export { TruongthonCandidate, type CandidateChangeDetail, type CandidateVerdictDetail } from './candidate';
export { TruongthonElection, type ElectionChangeDetail, type ElectionResultDetail } from './election';
export { FormAssociatedElement, defineOnce, resolveLang, type FieldMessage } from './form-associated';
export { toLang } from './i18n/index';
