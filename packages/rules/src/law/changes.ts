import { compareDates, type InputIssue, type IsoDate } from '@truongthon/core';
import { valueIssue } from '../callerInput';
import { listRules, type RuleDescriptor } from '../ruleRegistry';
import { listParameters, type ParameterDescriptor } from './parameters';

/** A parameter whose value on the later day differs from its value on the earlier one. */
export interface ParameterChange {
  readonly id: string;
  readonly area: string;
  readonly summary: string;
  /** In force on `from` (`null`: no value that day). */
  readonly before: ParameterDescriptor | null;
  /** In force on `to` (`null`: no value that day). */
  readonly after: ParameterDescriptor | null;
}

/** What changed in the law between two days, as {@link lawChanges} finds it. */
export interface LawChanges {
  readonly from: IsoDate;
  readonly to: IsoDate;
  /** Rules in force on `to` and not on `from`. */
  readonly rulesStarted: readonly RuleDescriptor[];
  /** Rules in force on `from` and not on `to`. */
  readonly rulesEnded: readonly RuleDescriptor[];
  /** Parameters that started, ended or changed value. */
  readonly parameters: readonly ParameterChange[];
  /** Input errors (`from`/`to` not real days, or `to` before `from`); the lists are empty when there are any (and `from`, `to` are the values given when strings, else `''`). */
  readonly issues: readonly InputIssue[];
}

/**
 * What changed between two days: the rules that started or ended and the
 * law parameters that started, ended or changed value, each with its
 * citations. What an official needs on the day a new text takes effect.
 * Never throws: bad dates give coded `issues`.
 *
 * @example
 * const c = lawChanges('2026-05-25', '2026-05-26');
 * c.rulesEnded.map((r) => r.id)   // ['ELIG.RESIDENCE', 'ELIG.JUDGMENT', …] (TT 04/2012 Điều 11)
 * c.rulesStarted.map((r) => r.id) // ['ELIG.2026.RESIDENCE', …] (NĐ 185/2026 Điều 7)
 */
export function lawChanges(from: IsoDate, to: IsoDate): LawChanges {
  const issues: InputIssue[] = [];
  for (const [path, value] of [['from', from], ['to', to]] as const) {
    const problem = valueIssue(value, path, true, false);
    if (problem) issues.push(problem);
  }
  if (issues.length === 0 && compareDates(to, from) < 0) issues.push({ path: 'to', code: 'input.range-reversed', params: { from, to } });
  if (issues.length > 0) return { from: given(from), to: given(to), rulesStarted: [], rulesEnded: [], parameters: [], issues };

  const before = listRules({ date: from });
  const after = listRules({ date: to });
  const beforeIds = new Set(before.map((r) => r.id));
  const afterIds = new Set(after.map((r) => r.id));

  const paramsBefore = new Map(listParameters({ date: from }).map((p) => [p.id, p]));
  const paramsAfter = new Map(listParameters({ date: to }).map((p) => [p.id, p]));
  const parameters: ParameterChange[] = [];
  for (const id of new Set([...paramsBefore.keys(), ...paramsAfter.keys()])) {
    const b = paramsBefore.get(id) ?? null;
    const a = paramsAfter.get(id) ?? null;
    if (b !== null && a !== null && b.from === a.from && JSON.stringify(b.value) === JSON.stringify(a.value)) continue;
    const any = (a ?? b)!;
    parameters.push({ id, area: any.area, summary: any.summary, before: b, after: a });
  }
  return {
    from,
    to,
    rulesStarted: after.filter((r) => !beforeIds.has(r.id)),
    rulesEnded: before.filter((r) => !afterIds.has(r.id)),
    parameters,
    issues,
  };
}

/** A value given as a date, handed back only when it is a string (a caller's object is never returned). */
const given = (value: unknown): IsoDate => (typeof value === 'string' ? value : '');
