import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateMeeting, type ReportNode, secretaryAlsoLeaderReport } from '../src/index';

interface MeetingCase {
  id: string;
  source: string;
  meeting: unknown;
  options: { province?: string };
  expect: {
    outcome: string; regime: string | null; findings: string[]; issues: string[]; winner: string | null; recognition: string | null; rerun: string | null; newElection: string | null;
    /** Optional: compared only where the case gives them. */
    followUpAs?: string | null;
    steps?: string[];
  };
}
interface ReportCase {
  id: string;
  source: string;
  units: unknown;
  options: { asOf?: string };
  expect: Record<string, unknown>;
}

const read = <T>(name: string) => JSON.parse(readFileSync(new URL(`../conformance/${name}`, import.meta.url), 'utf8')) as { version: number; cases: T[] };
const meetings = read<MeetingCase>('meetings.json');
const reports = read<ReportCase>('reports.json');

describe('conformance: meetings.json', () => {
  it('has cases with unique ids', () => {
    expect(meetings.cases.length).toBeGreaterThan(40);
    expect(new Set(meetings.cases.map((c) => c.id)).size).toBe(meetings.cases.length);
  });
  it.each(meetings.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = evaluateMeeting(c.meeting, c.options);
    expect({
      outcome: r.outcome,
      regime: r.regime?.id ?? null,
      findings: r.findings.map((f) => f.code),
      issues: r.issues.map((i) => i.code),
      winner: r.winner?.name ?? null,
      recognition: r.recognition?.date ?? null,
      rerun: r.rerun?.date ?? null,
      newElection: r.newElection?.date ?? null,
      ...('followUpAs' in c.expect ? { followUpAs: r.followUpAs } : {}),
      ...('steps' in c.expect ? { steps: r.steps.map((s) => s.id) } : {}),
    }).toEqual(c.expect);
  });
});

describe('conformance: meetings.json covers the law of December 2026', () => {
  it('has a case for each outcome and for the new codes', () => {
    const outcomes = new Set(meetings.cases.map((c) => c.expect.outcome));
    for (const o of ['elected', 'no-winner', 'carried', 'not-carried', 'invalid-meeting', 'household-ballot-required', 'inconsistent', 'undetermined', 'invalid']) expect(outcomes, o).toContain(o);
    const codes = new Set(meetings.cases.flatMap((c) => c.expect.findings));
    for (const code of [
      'procedure.household-ballot.required', 'procedure.household-ballot.counted', 'procedure.household-ballot.not-encoded', 'procedure.count.no-winner-on-any-reading',
      'procedure.cho-thoi-lam.recognition', 'procedure.cho-thoi-lam.commune-decides', 'procedure.interim.after-cho-thoi-lam', 'procedure.decision-sent.late', 'law.not-reviewed', 'tally.issued-exceeds-total',
    ]) expect(codes, code).toContain(code);
  });
});

describe('conformance: reports.json', () => {
  it('has cases with unique ids', () => {
    expect(new Set(reports.cases.map((c) => c.id)).size).toBe(reports.cases.length);
  });
  it.each(reports.cases.map((c) => [c.id, c] as const))('%s', (_id, c) => {
    const r = secretaryAlsoLeaderReport(c.units, c.options);
    const nodes: unknown[] = [];
    const walk = (n: ReportNode) => {
      const t = n.counts.total;
      nodes.push([n.level, n.code, t.units, t.leaders, t.secretaryLeaders, t.partyMemberLeaders]);
      n.children.forEach(walk);
    };
    r.provinces.forEach(walk);
    expect({
      ok: r.ok,
      records: r.records,
      counted: r.counted,
      rejected: r.rejected,
      total: r.total.total,
      thon: r.total.thon,
      to_dan_pho: r.total.to_dan_pho,
      nodes,
      nonPartyLeaders: r.units.nonPartyLeaders.map((x) => `${x.commune}/${x.code}`),
      withoutPartyCell: r.units.withoutPartyCell.map((x) => `${x.commune}/${x.code}`),
      issues: r.issues.map((i) => [i.index, i.code]),
      findings: r.findings.map((f) => f.code),
      deadlines: r.deadlines.map((d) => [d.id, d.due, d.passed]),
    }).toEqual(c.expect);
  });
});
