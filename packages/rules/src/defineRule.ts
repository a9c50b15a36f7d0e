import { defineRule as defineAnyRule, type Rule } from '@truongthon/core';
import type { SourceCitation } from './sources';

/**
 * Defines a rule of this package: core's `defineRule` (identity at run time),
 * with every citation naming a document of `SOURCES` by its number, so that a
 * misspelt or unlisted number does not compile. The rule it returns is an
 * ordinary core `Rule`, keeping the type of what its check decides
 * (`Decision`, read with `decisionOf`): its findings' citations are plain
 * `Citation`s.
 *
 * @example
 * defineRule<Candidate, Record<string, never>, EligibilityContext>({
 *   id: 'EXAMPLE', kind: 'legal', summary: '…',
 *   citations: [{ document: '185/2026/NĐ-CP', article: '7', clause: '5', confidence: 'secondary' }], // '185/2026/ND-CP' does not compile
 *   …
 * });
 */
export const defineRule: <Input, Params, Context = unknown, Decision = unknown>(
  rule: Rule<Input, Params, Context, Decision> & { readonly citations: readonly SourceCitation[] },
) => Rule<Input, Params, Context, Decision> = defineAnyRule;
