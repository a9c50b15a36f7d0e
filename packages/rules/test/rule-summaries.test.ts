import { describe, expect, it } from 'vitest';
import { listParameters, listRules, PARAMETER_SUMMARIES_VI, RULE_SUMMARIES_VI, ruleSummary } from '../src/index';

describe('rule summaries for officials (issue 15, item 3)', () => {
  it('every rule has a Vietnamese summary, and no summary is for a rule that does not exist', () => {
    const ids = listRules().map((rule) => rule.id);
    expect(ids.filter((id) => !Object.hasOwn(RULE_SUMMARIES_VI, id))).toEqual([]);
    expect(Object.keys(RULE_SUMMARIES_VI).filter((id) => !ids.includes(id))).toEqual([]);
  });

  it('every law parameter has a Vietnamese summary, and none is for a parameter that does not exist', () => {
    const ids = [...new Set(listParameters().map((parameter) => parameter.id))];
    expect(ids.filter((id) => !Object.hasOwn(PARAMETER_SUMMARIES_VI, id))).toEqual([]);
    expect(Object.keys(PARAMETER_SUMMARIES_VI).filter((id) => !ids.includes(id))).toEqual([]);
    const term = listParameters().find((parameter) => parameter.id === 'TERM.LENGTH_YEARS')!;
    expect(ruleSummary(term, 'vi')).toMatch(/^Nhiệm kỳ của Trưởng thôn/u);
    expect(ruleSummary(term, 'en')).toBe(term.summary);
  });

  it('reads in the language asked, with the rule\'s English summary in English', () => {
    const win = listRules().find((rule) => rule.id === 'PROC.WIN')!;
    expect(ruleSummary(win, 'vi')).toMatch(/^Người trúng cử được trên một nửa/u);
    expect(ruleSummary(win, 'en')).toBe(win.summary);
  });

  it('shows dates as officials write them and no maintainers\' notes', () => {
    for (const text of [...Object.values(RULE_SUMMARIES_VI), ...Object.values(PARAMETER_SUMMARIES_VI)]) {
      expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
      expect(text).not.toMatch(/UNCONFIRMED|unconfirmed|chưa đối chiếu/u);
    }
  });
});
