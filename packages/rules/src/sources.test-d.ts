import { type Candidate, type Citation, decisionOf, type Evaluation } from '@truongthon/core';
import { describe, expectTypeOf, it } from 'vitest';
import { defineRule } from './defineRule';
import type { MeetingContext, MeetingRecord, ProcedureStep } from './procedure/context';
import { defineParameter } from './law/parameter';
import type { Regime } from './regimes/regime';
import { type SourceCitation, type SourceId, SOURCES } from './sources';

const rule = (citations: readonly SourceCitation[]) => ({
  id: 'X', kind: 'legal' as const, summary: '', citations, confidence: 'confirmed' as const, from: '2012-10-15', to: null, params: {}, codes: [], check: () => ({ status: 'pass' as const }),
});

describe('typed citations', () => {
  it('a citation names a document of SOURCES by its number; a misspelt number does not compile', () => {
    expectTypeOf<SourceCitation['document']>().toEqualTypeOf<SourceId>();
    defineRule<Candidate, Record<string, never>, unknown>({ ...rule([]), citations: [{ document: '04/2012/TT-BNV', article: '11', confidence: 'confirmed' }] });
    // @ts-expect-error: 'TT-BVN' is not a document of SOURCES
    defineRule<Candidate, Record<string, never>, unknown>({ ...rule([]), citations: [{ document: '04/2012/TT-BVN', article: '11', confidence: 'confirmed' }] });
    // @ts-expect-error: an amending document must be in SOURCES too
    defineRule<Candidate, Record<string, never>, unknown>({ ...rule([]), citations: [{ document: '04/2012/TT-BNV', amendedBy: '14/2018/TT-BVN', confidence: 'confirmed' }] });
    // @ts-expect-error: a citation typed as any string is not one of this package's
    defineRule<Candidate, Record<string, never>, unknown>({ ...rule([]), citations: [{ document: 'x' as string, confidence: 'confirmed' }] as Citation[] });
    defineParameter({ id: 'P', area: 'term', summary: '', values: [{ from: '2012-10-15', to: null, value: 1, citations: [{ document: '185/2026/NĐ-CP', confidence: 'secondary' }], confidence: 'secondary' }] });
    // @ts-expect-error: 'ND-CP' without its letter Đ is another number
    defineParameter({ id: 'P', area: 'term', summary: '', values: [{ from: '2012-10-15', to: null, value: 1, citations: [{ document: '185/2026/ND-CP', confidence: 'secondary' }], confidence: 'secondary' }] });
    // @ts-expect-error: a regime cites SOURCES too
    const regime: Pick<Regime, 'criteria'> = { criteria: [{ document: '13/2002/QD-BNV', confidence: 'unconfirmed' }] };
    expectTypeOf(regime).not.toBeAny();
  });

  it('a procedure rule cites SOURCES too, and keeps the type of what it decides', () => {
    const step = (citations: readonly SourceCitation[]) => ({ ...rule(citations), check: () => ({ status: 'pass' as const, decision: { id: 'rerun', date: null, basis: { kind: 'not-set' }, condition: 'no-winner', ruleId: 'X', citations, confidence: 'confirmed' } as ProcedureStep }) });
    const r = defineRule<MeetingRecord, Record<string, never>, MeetingContext, ProcedureStep>({ ...step([]), citations: [{ document: '59/2023/NĐ-CP', article: '8', confidence: 'confirmed' }] });
    expectTypeOf(decisionOf({} as Evaluation, r)).toEqualTypeOf<ProcedureStep | undefined>();
    // @ts-expect-error: '59/2023/ND-CP' without its letter Đ is not a document of SOURCES
    defineRule<MeetingRecord, Record<string, never>, MeetingContext, ProcedureStep>({ ...step([]), citations: [{ document: '59/2023/ND-CP', article: '8', confidence: 'confirmed' }] });
  });

  it('each document of SOURCES is keyed by its own number', () => {
    expectTypeOf<{ [K in SourceId]: (typeof SOURCES)[K]['number'] }>().toEqualTypeOf<{ [K in SourceId]: K }>();
  });

  it('a rule so defined is an ordinary core rule: its findings cite plain Citations', () => {
    const r = defineRule<Candidate, Record<string, never>, unknown>({ ...rule([]), citations: [{ document: '185/2026/NĐ-CP', confidence: 'secondary' }] });
    expectTypeOf(r.citations).toEqualTypeOf<readonly Citation[]>();
  });
});
