import { type CandidateResult, formatFinding, formatIssue } from '@truongthon/rules';
import type { Lang } from '../messages';

/** The members of a check's result that a long-lived checker shares between the results of one context (read-only). */
const SHARED_MEMBERS: ReadonlySet<string> = new Set(['regime', 'province', 'term']);

/**
 * A check's answer as JSON text: exactly `JSON.stringify(withMessages(result,
 * lang))`, the same bytes, with less work per request: the result is not
 * copied (each finding and issue is written with its `message`), and the
 * regime, province and term, which a checker shares between the results of
 * one context (`createCandidateChecker`: read-only), are written once per
 * object and kept in `shared` (a WeakMap: an entry goes with the checker's
 * contexts). Nothing of a candidate is kept.
 *
 * @example
 * checkAnswerJson(check(candidate, context), 'en', new WeakMap()) // '{"verdict":"eligible","findings":[…],…}'
 */
export function checkAnswerJson(result: CandidateResult, lang: Lang, shared: WeakMap<object, string>): string {
  let json = '';
  for (const key of Object.keys(result)) {
    const value: unknown = (result as unknown as Record<string, unknown>)[key];
    let part: string | undefined;
    if (key === 'findings' && Array.isArray(value)) part = withMessagesJson(value, formatFinding, lang);
    else if (key === 'issues' && Array.isArray(value)) part = withMessagesJson(value, formatIssue, lang);
    else if (SHARED_MEMBERS.has(key) && value !== null && typeof value === 'object') {
      part = shared.get(value);
      if (part === undefined) shared.set(value, (part = JSON.stringify(value)));
    } else part = JSON.stringify(value);
    // As JSON.stringify: a member whose value has no JSON (undefined, a function) is left out.
    if (part !== undefined) json += `${json === '' ? '{' : ','}${JSON.stringify(key)}:${part}`;
  }
  return json === '' ? '{}' : `${json}}`;
}

/**
 * A list of findings or issues, each with its `message` added (or replaced, in its place) as `withMessages` does.
 * An item without a `message` is written as its own JSON with the message appended before its closing brace
 * (what `{ ...item, message }` gives, without the copy).
 */
function withMessagesJson(items: readonly unknown[], format: (item: never, lang: Lang) => string, lang: Lang): string {
  let json = '[';
  for (let i = 0; i < items.length; i++) {
    const item = items[i] as object;
    const message = format(item as never, lang);
    const own = JSON.stringify(item);
    const part = 'message' in item || own === '{}' ? JSON.stringify({ ...item, message }) : `${own.slice(0, -1)},"message":${JSON.stringify(message)}}`;
    json += i === 0 ? part : `,${part}`;
  }
  return `${json}]`;
}
