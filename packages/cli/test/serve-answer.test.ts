import { readFileSync } from 'node:fs';
import { ALL_OVERLAYS, type CandidateResult, createCandidateChecker } from '@truongthon/rules';
import { describe, expect, it } from 'vitest';
import { withMessages } from '../src/serve/app';
import { checkAnswerJson } from '../src/serve/answer';

const TODAY = '2026-12-06';
const cases = (JSON.parse(readFileSync(new URL('../../rules/conformance/candidates.json', import.meta.url), 'utf8')) as { cases: { id: string; candidate: unknown; context: unknown; today?: string }[] }).cases;

describe('checkAnswerJson: a check\'s answer as the service writes it', () => {
  it('is, byte for byte, JSON.stringify(withMessages(result)) on every conformance case, in both languages, with and without the trace, the shared parts written once', () => {
    expect(cases.length).toBeGreaterThan(10);
    const shared = new WeakMap<object, string>();
    for (const trace of [true, false]) {
      const checkers = new Map<string, (candidate: unknown, context: unknown) => CandidateResult>();
      for (const c of cases) {
        const today = c.today ?? TODAY;
        if (!checkers.has(today)) checkers.set(today, createCandidateChecker({ today, trace, overlays: ALL_OVERLAYS }));
        const check = checkers.get(today)!;
        // Twice: the second result shares its regime, province and term with the first, whose JSON is then kept.
        for (const round of [1, 2]) {
          const result = check(c.candidate, c.context);
          for (const lang of ['vi', 'en'] as const) expect(checkAnswerJson(result, lang, shared), `${c.id} ${lang} trace=${trace} round ${round}`).toBe(JSON.stringify(withMessages(result, lang)));
        }
      }
    }
  });

  it('leaves out members without JSON and puts a message in its place, as JSON.stringify and withMessages do', () => {
    const finding = { code: 'policy.not-party-member', message: 'old', ruleId: 'X', kind: 'policy', severity: 'info', params: {}, citations: [], skipped: undefined };
    const result = { verdict: 'eligible', nothing: undefined, findings: [finding], missing: [], issues: [], regime: null, province: { code: '46', name: 'Thừa Thiên Huế' }, term: null, trace: [], ruleSetVersion: '0' } as unknown as CandidateResult;
    const shared = new WeakMap<object, string>();
    expect(checkAnswerJson(result, 'en', shared)).toBe(JSON.stringify(withMessages(result, 'en')));
    expect(JSON.parse(checkAnswerJson(result, 'en', shared)).findings[0].message).not.toBe('old');
    expect(checkAnswerJson({} as CandidateResult, 'vi', shared)).toBe('{}');
  });
});
