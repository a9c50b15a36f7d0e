import { describe, expect, it } from 'vitest';
import { listRules, partyMember, secretaryAlsoLeader, secretaryReportRule, SOURCES } from '../src/index';

/** Kết luận 38-KL/TW: no text or summary was found (December 2026 audit), so nothing cites it above `unconfirmed`. */
describe('Kết luận 38-KL/TW is unconfirmed wherever it is cited', () => {
  const cites38 = <C extends { readonly document: string }>(rule: { readonly citations: readonly C[] }): C[] => rule.citations.filter((c) => c.document === '38-KL/TW');

  it('is unconfirmed in sources.ts', () => {
    expect(SOURCES['38-KL/TW'].confidence).toBe('unconfirmed');
  });

  it('is cited as unconfirmed, with a note saying no source was found, by POLICY.PARTY_MEMBER, POLICY.SECRETARY_HEAD and REPORT.SECRETARY_HEAD', () => {
    for (const rule of [partyMember, secretaryAlsoLeader, secretaryReportRule]) {
      const citations = cites38(rule);
      expect(citations, rule.id).toHaveLength(1);
      expect(citations[0], rule.id).toMatchObject({ confidence: 'unconfirmed', note: expect.stringMatching(/no text or summary/iu) });
    }
  });

  it('is never cited above unconfirmed by any rule', () => {
    const citing = listRules().filter((r) => cites38(r).length > 0);
    expect(citing.map((r) => r.id).sort()).toEqual(['POLICY.PARTY_MEMBER', 'POLICY.SECRETARY_HEAD', 'REPORT.SECRETARY_HEAD']);
    for (const rule of citing) for (const c of cites38(rule)) expect(c.confidence, rule.id).toBe('unconfirmed');
  });

  it('leaves the national policy rules unconfirmed (their national basis is NQ 18 and KL 38, both unconfirmed); the report stays secondary (its counts rest on 2881/UBND-KTTH and the Kon Tum percentages)', () => {
    for (const rule of [partyMember, secretaryAlsoLeader]) {
      expect(rule.confidence, rule.id).toBe('unconfirmed');
      expect(rule.citations.find((c) => c.document === '18-NQ/TW')?.confidence, rule.id).toBe('unconfirmed');
    }
    expect(secretaryReportRule.confidence).toBe('secondary');
    expect(secretaryReportRule.citations.find((c) => c.document === '2881/UBND-KTTH')).toMatchObject({ confidence: 'confirmed' });
    // listings show the same
    const listed = new Map(listRules().map((r) => [r.id, r.confidence]));
    expect([listed.get('POLICY.PARTY_MEMBER'), listed.get('POLICY.SECRETARY_HEAD'), listed.get('REPORT.SECRETARY_HEAD')]).toEqual(['unconfirmed', 'unconfirmed', 'secondary']);
  });
});
