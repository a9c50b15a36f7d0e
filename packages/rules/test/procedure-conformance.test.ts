import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluateMeeting, type ReportNode, secretaryAlsoLeaderReport } from '../src/index';

interface MeetingCase {
  id: string;
  source: string;
  meeting: unknown;
  options: { province?: string };
  expect: { outcome: string; regime: string | null; findings: string[]; issues: string[]; winner: string | null; recognition: string | null; rerun: string | null; newElection: string | null };
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
    expect(meetings.cases.length).toBeGreaterThan(20);
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
    }).toEqual(c.expect);
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
