import { addDays } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { COVERAGE_START, listRules, TERM_LENGTH_LAW, termLengthLawOn } from '../src/index';

describe('every dated rule and parameter has sharp boundaries', () => {
  const rules = listRules();
  it.each(rules.map((r) => [r.id, r] as const))('%s applies from its first day, not the day before; to its last day, not after', (_id, rule) => {
    const ids = (date: string) => listRules({ date }).map((r) => r.id);
    expect(ids(rule.from)).toContain(rule.id);
    if (rule.from > COVERAGE_START) expect(ids(addDays(rule.from, -1))).not.toContain(rule.id);
    if (rule.to !== null) {
      expect(ids(rule.to)).toContain(rule.id);
      expect(ids(addDays(rule.to, 1))).not.toContain(rule.id);
    }
  });
  it.each(TERM_LENGTH_LAW.map((l) => [l.id, l] as const))('%s (term length) starts and ends on its dates', (_id, law) => {
    expect(termLengthLawOn(law.from)?.id).toBe(law.id);
    if (law.from > COVERAGE_START) expect(termLengthLawOn(addDays(law.from, -1))?.id).not.toBe(law.id);
    if (law.to !== null) expect(termLengthLawOn(addDays(law.to, 1))?.id).not.toBe(law.id);
  });
  it('term-length periods tile the covered time (2.5 only until 28/02/2018, then 2.5 or 5)', () => {
    for (let i = 1; i < TERM_LENGTH_LAW.length; i++) expect(addDays(TERM_LENGTH_LAW[i - 1]!.to!, 1)).toBe(TERM_LENGTH_LAW[i]!.from);
    expect(termLengthLawOn('2018-02-28')?.allowedYears).toEqual([2.5]);
    expect(termLengthLawOn('2018-03-01')?.allowedYears).toEqual([2.5, 5]);
  });
});
