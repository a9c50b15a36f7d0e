import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { checkCandidate } from '../src/index';

interface CandidateCase {
  id: string;
  source: string;
  context: unknown;
  candidate: unknown;
  today?: string;
  expect: { verdict: string; findings: string[]; missing: string[]; issues: string[]; regime: string | null; term: string | null };
}

const file = JSON.parse(readFileSync(new URL('../conformance/candidates.json', import.meta.url), 'utf8')) as { cases: CandidateCase[] };

describe('conformance: candidates.json', () => {
  it('has cases with unique ids', () => {
    expect(file.cases.length).toBeGreaterThan(10);
    expect(new Set(file.cases.map((c) => c.id)).size).toBe(file.cases.length);
  });
  it.each(file.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = checkCandidate(c.candidate, c.context, c.today ? { today: c.today } : {});
    expect({
      verdict: r.verdict,
      findings: r.findings.map((f) => f.code),
      missing: r.missing,
      issues: r.issues.map((i) => i.code),
      regime: r.regime?.id ?? null,
      term: r.term?.label ?? null,
    }).toEqual(c.expect);
  });
});
