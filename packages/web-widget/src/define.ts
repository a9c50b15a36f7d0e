/**
 * Registers the truongthon elements. Guarded: loading this module (or a
 * bundle) twice, or next to another copy, never throws.
 *
 * @example
 * import '@truongthon/web-widget/define';
 * // <truongthon-candidate election-date="2026-01-18" province="46" name="candidate">
 * // <truongthon-election meeting-date="2026-01-18" province="46" name="meeting">
 */
import { TruongthonCandidate } from './candidate';
import { TruongthonElection } from './election';
import { defineOnce } from './form-associated';

export * from './index';

defineOnce('truongthon-candidate', TruongthonCandidate);
defineOnce('truongthon-election', TruongthonElection);
