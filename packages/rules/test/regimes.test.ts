import { addDays } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { checkCandidate, COVERAGE_START, REGIMES, resolveRegime } from '../src/index';

describe('regimes', () => {
  it('partition time from 12/05/2005 without gaps or overlaps', () => {
    expect(REGIMES[0]?.from).toBe(COVERAGE_START);
    for (let i = 1; i < REGIMES.length; i++) {
      expect(addDays(REGIMES[i - 1]!.to!, 1), REGIMES[i]!.id).toBe(REGIMES[i]!.from);
    }
    expect(REGIMES.at(-1)?.to).toBeNull();
  });
  it.each([
    ['2005-05-11', undefined],
    ['2005-05-12', 'R2005'],
    ['2008-04-16', 'R2005'],
    ['2008-04-17', 'R2008'],
    ['2018-02-28', 'R2008'],
    ['2018-03-01', 'R2017'],
    ['2019-01-19', 'R2017'],
    ['2019-01-20', 'R2018'],
    ['2021-01-10', 'R2018'],
    ['2023-06-30', 'R2018'],
    ['2023-07-01', 'R2023'],
    ['2025-06-30', 'R2023'],
    ['2025-07-01', 'R2025'],
    ['2026-05-25', 'R2025'],
    ['2026-05-26', 'R2026'],
    ['2026-11-21', 'R2026'],
  ])('an election on %s falls under %s', (date, id) => {
    expect(resolveRegime(date)?.id).toBe(id);
  });
  it('rejects non-dates', () => {
    expect(resolveRegime('10/01/2021')).toBeUndefined();
  });
  it('every regime cites its criteria, term and procedure texts', () => {
    for (const r of REGIMES) {
      expect(r.criteria.length && r.term.length && r.procedure.length, r.id).toBeTruthy();
      expect(r.name.vi && r.name.en).toBeTruthy();
    }
  });
  it('resolveRegime returns the regime of REGIMES with its texts, and results carry its period and name', () => {
    for (const r of REGIMES) {
      expect(resolveRegime(r.from), r.id).toBe(r);
      const result = checkCandidate({}, { electionDate: r.from });
      expect(result.regime, r.id).toEqual({ id: r.id, name: r.name, from: r.from, to: r.to });
    }
  });
});
