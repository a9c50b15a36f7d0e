/**
 * The secretary-also-leader report and the candidate rules as they were
 * before the issue-6 speed-up (copied from git, then left alone): the
 * references the faster code is compared with, byte for byte, in
 * hot-path.test.ts. Records are parsed with zod itself here.
 */
import {
  ageOn,
  addMonths,
  type Citation,
  compareCodes,
  type Finding,
  type FindingDraft,
  type FindingParam,
  type IsoDate,
  isIsoDate,
  parseInput,
  percentOf,
  rollUp,
  type RollupNode,
  type Rule,
  type RuleOutcome,
  type TraceEntry,
  type UnitRecord,
  unitRecordSchema,
  type Verdict,
  type Evaluation,
} from '@truongthon/core';
import { DEFAULT_OVERLAYS } from '../../src/provinces/index';
import { findProvince } from '../../src/units/index';
import { RULESET_VERSION } from '../../src/version';
import { type UnitCategory, unitCategory, unitProblem } from '../../src/report/classifyUnit';
import { secretaryReportRule } from '../../src/report/rule';
import type { CountRow, ReportCounts, ReportIssue, ReportingDeadline, ReportNode, SecretaryReport, SecretaryReportOptions, UnitRef } from '../../src/report/secretaryReport';

interface MutableCounts {
  units: number;
  leaders: number;
  secretaryLeaders: number;
  partyMemberLeaders: number;
  nonPartyLeaders: number;
  membershipUnknown: number;
  interim: number;
  vacant: number;
  withoutPartyCell: number;
  partyCellUnknown: number;
}
interface MutableRows {
  total: MutableCounts;
  thon: MutableCounts;
  to_dan_pho: MutableCounts;
}

interface Entry {
  readonly unit: UnitRecord;
  readonly index: number;
  readonly category: UnitCategory;
  readonly district: UnitRecord['district'];
}

const TWO_TIER_FROM = '2025-07-01';
const scratchPath: (UnitRecord['province'] | UnitRecord['district'] | null)[] = [null, null, null];

const zero = (): MutableCounts => ({ units: 0, leaders: 0, secretaryLeaders: 0, partyMemberLeaders: 0, nonPartyLeaders: 0, membershipUnknown: 0, interim: 0, vacant: 0, withoutPartyCell: 0, partyCellUnknown: 0 });

function addTo(c: MutableCounts, e: Entry): void {
  c.units += 1;
  switch (e.category) {
    case 'secretary-leader':
      c.leaders += 1;
      c.secretaryLeaders += 1;
      c.partyMemberLeaders += 1;
      break;
    case 'member-leader':
      c.leaders += 1;
      c.partyMemberLeaders += 1;
      break;
    case 'non-member-leader':
      c.leaders += 1;
      c.nonPartyLeaders += 1;
      break;
    case 'unknown-leader':
      c.leaders += 1;
      c.membershipUnknown += 1;
      break;
    case 'interim':
      c.interim += 1;
      break;
    case 'vacant':
      c.vacant += 1;
      break;
  }
  const cell = e.unit.hasPartyCell;
  if (cell === false) c.withoutPartyCell += 1;
  else if (cell == null) c.partyCellUnknown += 1;
}

function row(c: MutableCounts): CountRow {
  const p = (n: number) => percentOf(n, c.units);
  return {
    ...c,
    percent: {
      leaders: p(c.leaders),
      secretaryLeaders: p(c.secretaryLeaders),
      partyMemberLeaders: p(c.partyMemberLeaders),
      nonPartyLeaders: p(c.nonPartyLeaders),
      membershipUnknown: p(c.membershipUnknown),
      interim: p(c.interim),
      vacant: p(c.vacant),
      withoutPartyCell: p(c.withoutPartyCell),
      partyCellUnknown: p(c.partyCellUnknown),
    },
  };
}

const rows = (r: MutableRows): ReportCounts => ({ total: row(r.total), thon: row(r.thon), to_dan_pho: row(r.to_dan_pho) });

function unitRef(e: Entry): UnitRef {
  const u = e.unit;
  return { index: e.index, province: u.province.code, district: e.district?.code ?? null, commune: u.commune.code, code: u.unit.code ?? null, name: u.unit.name, kind: u.unit.kind, leaderStatus: u.leaderStatus };
}

function compareEntries(a: Entry, b: Entry): number {
  return compareCodes(a.unit.unit.code ?? '', b.unit.unit.code ?? '') || (a.unit.unit.name < b.unit.unit.name ? -1 : a.unit.unit.name > b.unit.unit.name ? 1 : 0) || a.index - b.index;
}

function stamp(draft: FindingDraft): Finding {
  return { code: draft.code, ruleId: secretaryReportRule.id, kind: secretaryReportRule.kind, severity: draft.severity ?? 'warning', params: draft.params ?? {}, citations: secretaryReportRule.citations };
}

/**
 * The secretary-also-leader report (bí thư chi bộ kiêm trưởng thôn, tổ
 * trưởng tổ dân phố) from one record per thôn / tổ dân phố, per commune,
 * district (where one existed) and province, with totals: the three counts
 * of UBND tỉnh Kon Tum 2881/UBND-KTTH footnote 3 — leaders in office,
 * Party-cell secretaries who are also the leader, leaders who are Party
 * members — plus non-member leaders, interim and vacant posts and units
 * without a Party cell; each row split thôn / tổ dân phố; percentages of the
 * **number of units of the row's type**, rounded half up to 2 decimals; the
 * units with a non-member leader or no Party cell listed by name. Ordered by
 * administrative code, whatever the input order. Reporting deadlines a
 * province set (Kon Tum: districts before 01/12/2021, Sở Nội vụ before
 * 10/12/2021) are attached when `asOf` is given.
 *
 * Records that cannot be read, contradict themselves (a secretary who is not
 * a member, a vacant post with a leader) or repeat a unit are left out and
 * listed in `issues`; nothing is thrown. One pass with `Map` look-ups: linear
 * in the number of units (100 000 units in well under a second).
 * Party policy, not law.
 *
 * @example
 * const r = secretaryAlsoLeaderReport(units, { asOf: '2021-11-15' });
 * r.provinces[0].children[0].children[0].counts.total // { units, leaders, secretaryLeaders, partyMemberLeaders, …, percent }
 * r.deadlines.map((d) => d.due) // ['2021-11-30', '2021-12-09'] for Kon Tum (62)
 */
export function referenceSecretaryReport(input: unknown, options: SecretaryReportOptions = {}): SecretaryReport {
  const asOf = options.asOf ?? null;
  if (!Array.isArray(input) || (asOf !== null && !isIsoDate(asOf))) {
    const issue: ReportIssue = Array.isArray(input)
      ? { index: -1, path: 'asOf', code: 'input.invalid-date', params: {} }
      : { index: -1, path: '', code: 'input.wrong-type', params: { expected: 'array' } };
    return referenceBuild([], { ...options, asOf: null }, { ok: false, records: Array.isArray(input) ? input.length : 0, issues: [issue] });
  }
  const units: { unit: UnitRecord; index: number }[] = [];
  const issues: ReportIssue[] = [];
  for (let index = 0; index < input.length; index++) {
    const parsed = parseInput(unitRecordSchema, input[index]);
    if (parsed.ok) units.push({ unit: parsed.value, index });
    else for (const i of parsed.issues) issues.push({ index, path: i.path, code: i.code, params: i.params });
  }
  return referenceBuild(units, options, { ok: true, records: input.length, issues });
}

/**
 * The hot path of {@link secretaryAlsoLeaderReport} for records already
 * parsed with `unitRecordSchema` (each with its position in the input).
 */
export function referenceBuild(
  units: readonly { readonly unit: UnitRecord; readonly index: number }[],
  options: SecretaryReportOptions = {},
  prior: { readonly ok: boolean; readonly records: number; readonly issues: readonly ReportIssue[] } = { ok: true, records: units.length, issues: [] },
): SecretaryReport {
  const asOf = options.asOf ?? null;
  const twoTier = asOf !== null && asOf >= TWO_TIER_FROM;
  const issues: ReportIssue[] = [...prior.issues];
  const rejectedIndices = new Set<number>(prior.issues.map((i) => i.index));
  const findings: Finding[] = [];
  const entries: Entry[] = [];
  // A commune code names one commune nationally on a date: its parent and its units, to find duplicates and conflicts.
  const communes = new Map<string, { province: string; district: string | null; units: Set<string> }>();
  const conflicted = new Set<string>();
  let droppedDistricts = 0;

  for (const { unit, index } of units) {
    const problem = unitProblem(unit);
    if (problem) {
      issues.push({ index, path: '', code: problem, params: { unit: unit.unit.code ?? unit.unit.name } });
      rejectedIndices.add(index);
      continue;
    }
    let district = unit.district ?? null;
    if (district && twoTier) {
      droppedDistricts += 1;
      district = null;
    }
    const districtCode = district?.code ?? null;
    let commune = communes.get(unit.commune.code);
    if (commune === undefined) {
      commune = { province: unit.province.code, district: districtCode, units: new Set() };
      communes.set(unit.commune.code, commune);
    } else if (commune.province !== unit.province.code || commune.district !== districtCode) conflicted.add(unit.commune.code);
    const unitKey = unit.unit.code ?? `\u0000${unit.unit.name}`;
    if (commune.units.has(unitKey)) {
      issues.push({ index, path: 'unit', code: 'report.duplicate-unit', params: { unit: unit.unit.code ?? unit.unit.name, commune: unit.commune.code } });
      rejectedIndices.add(index);
      continue;
    }
    commune.units.add(unitKey);
    entries.push({ unit, index, category: unitCategory(unit), district });
  }

  const listUnits = options.listUnits !== false;
  const rolled = rollUp<Entry, MutableRows>(entries, {
    levels: ['province', 'district', 'commune'],
    path: (e) => {
      // One scratch array for every record: rollUp reads the path before asking for the next one.
      scratchPath[0] = e.unit.province;
      scratchPath[1] = e.district;
      scratchPath[2] = e.unit.commune;
      return scratchPath;
    },
    create: () => ({ total: zero(), thon: zero(), to_dan_pho: zero() }),
    add: (r, e) => {
      addTo(r.total, e);
      addTo(r[e.unit.unit.kind], e);
    },
    keep: listUnits ? (e) => e.category === 'non-member-leader' || e.unit.hasPartyCell === false : undefined,
    compareKept: compareEntries,
  });

  const nonPartyLeaders: UnitRef[] = [];
  const withoutPartyCell: UnitRef[] = [];
  const toNode = (node: RollupNode<MutableRows, Entry>): ReportNode => {
    const level = node.level as ReportNode['level'];
    const out: ReportNode = { level, code: node.code, name: node.name, counts: rows(node.counts), children: node.children.map(toNode) };
    if (level !== 'commune') return out;
    const np: UnitRef[] = [];
    const nc: UnitRef[] = [];
    for (const e of node.kept) {
      const ref = unitRef(e);
      if (e.category === 'non-member-leader') np.push(ref);
      if (e.unit.hasPartyCell === false) nc.push(ref);
    }
    nonPartyLeaders.push(...np);
    withoutPartyCell.push(...nc);
    return { ...out, units: { nonPartyLeaders: np, withoutPartyCell: nc } };
  };
  const provinces = rolled.roots.map(toNode);

  for (const commune of [...conflicted].sort(compareCodes)) findings.push(stamp({ code: 'report.commune-in-two-parents', params: { commune } }));
  if (droppedDistricts > 0) findings.push(stamp({ code: 'report.district-after-2025', params: { count: droppedDistricts, asOf } }));
  const deadlines: ReportingDeadline[] = [];
  if (asOf !== null) {
    const overlays = options.overlays ?? DEFAULT_OVERLAYS;
    for (const p of provinces) {
      if (!findProvince(p.code, asOf)) findings.push(stamp({ code: 'report.unknown-province', params: { province: p.code, date: asOf } }));
      for (const overlay of overlays.forProvince(p.code, asOf)) {
        for (const d of overlay.reportingDeadlines ?? []) deadlines.push({ province: p.code, id: d.id, due: d.due, who: d.who, citations: d.citations, passed: asOf > d.due });
      }
    }
  }
  const rejected = rejectedIndices.size - (rejectedIndices.has(-1) ? 1 : 0);
  if (rejected > 0) findings.push(stamp({ code: 'report.records-rejected', params: { count: rejected } }));

  return {
    ok: prior.ok,
    asOf,
    records: prior.records,
    counted: entries.length,
    rejected,
    total: rows(rolled.total),
    provinces,
    units: { nonPartyLeaders, withoutPartyCell },
    deadlines,
    issues,
    findings,
    ruleIds: [secretaryReportRule.id],
    ruleSetVersion: RULESET_VERSION,
  };
}

// ---------------------------------------------------------------------------
// The candidate rules' checks and the engine as they were (HEAD before the speed-up).

type Candidate = Parameters<typeof import('../../src/index').evaluateCandidate>[0];
type Ctx = { readonly electionDate: IsoDate };
const ATTESTATION_KEYS = ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity'] as const;

let lastCutoff: { readonly date: IsoDate; readonly years: number; readonly cutoff: string } | undefined;
function cutoff(electionDate: IsoDate, years: number): string {
  if (lastCutoff?.date !== electionDate || lastCutoff.years !== years) {
    const value = isIsoDate(electionDate) ? `${String(Number(electionDate.slice(0, 4)) - years).padStart(4, '0')}${electionDate.slice(4)}` : '';
    lastCutoff = { date: electionDate, years, cutoff: value };
  }
  return lastCutoff.cutoff;
}

/** The checks by rule id. */
export const REFERENCE_CHECKS: Record<string, (candidate: Candidate, params: any, context: Ctx) => RuleOutcome> = {
  'ELIG.CRITERIA.PRE2012': (_candidate, params) => ({
    status: 'unknown',
    findings: [{ code: 'elig.criteria-not-encoded', severity: 'warning', params: { until: params.until } }],
  }),
  'ELIG.RESIDENCE': (candidate, params) => {
    const registered = params.requirePermanentRegistration ? candidate.permanentResident : true;
    const living = params.requireRegularResidence ? candidate.livesInUnit : true;
    if (registered === true && living === true) return { status: 'pass' };
    const findings = [];
    const missing: string[] = [];
    if (registered === false) findings.push({ code: 'elig.residence.not-registered', path: 'permanentResident' });
    else if (registered == null) missing.push('permanentResident');
    if (living === false) findings.push({ code: 'elig.residence.not-living', path: 'livesInUnit' });
    else if (living == null) missing.push('livesInUnit');
    if (findings.length > 0) return { status: 'fail', findings };
    if (missing.length > 0) return { status: 'unknown', missing };
    return { status: 'pass' };
  },
  'ELIG.AGE.MIN': (candidate, params, context) => {
    const dob = candidate.dateOfBirth;
    if (isIsoDate(dob) && (params.leapDayAnniversary === '03-01' || !dob.endsWith('-02-29')) && dob <= cutoff(context.electionDate, params.minAgeYears)) return { status: 'pass' };
    const age = ageOn(dob, context.electionDate, params.leapDayAnniversary);
    if (age >= params.minAgeYears) return { status: 'pass' };
    let reachesOn = addMonths(candidate.dateOfBirth, params.minAgeYears * 12);
    if (candidate.dateOfBirth.endsWith('-02-29') && !reachesOn.endsWith('-02-29') && params.leapDayAnniversary === '03-01') {
      reachesOn = `${reachesOn.slice(0, 4)}-03-01`;
    }
    return { status: 'fail', findings: [{ code: 'elig.age.under-minimum', path: 'dateOfBirth', params: { age, minAge: params.minAgeYears, reachesOn } }] };
  },
  'ELIG.JUDGMENT': (candidate, params) => {
    const attestations = candidate.attestations as Record<string, unknown> | null | undefined;
    let findings: { code: string; path: string; params: { criterion: string } }[] | undefined;
    let missing: string[] | undefined;
    for (const key of params.criteria as readonly string[]) {
      const value = attestations?.[key];
      if (value === false) (findings ??= []).push({ code: 'elig.judgment.not-met', path: `attestations.${key}`, params: { criterion: key } });
      else if (value == null) (missing ??= []).push(`attestations.${key}`);
    }
    if (findings) return { status: 'fail', findings };
    if (missing) return { status: 'unknown', missing, findings: [{ code: 'elig.judgment.pending', severity: 'warning', params: { count: missing.length } }] };
    return { status: 'pass' };
  },
  'POLICY.PARTY_MEMBER': (candidate) => {
    if (candidate.partyMember === true) return { status: 'pass' };
    if (candidate.partyMember === false) return { status: 'advice', findings: [{ code: 'policy.not-party-member', severity: 'warning', path: 'partyMember' }] };
    return { status: 'advice', findings: [{ code: 'policy.party-membership-unknown', severity: 'info', path: 'partyMember' }] };
  },
  'POLICY.SECRETARY_HEAD': (candidate) => {
    if ((candidate.role ?? 'leader') !== 'leader') return { status: 'not-applicable' };
    if (candidate.partyCellSecretary === true) return { status: 'advice', findings: [{ code: 'policy.secretary-also-leader', severity: 'info', path: 'partyCellSecretary' }] };
    if (candidate.partyCellSecretary === false) return { status: 'advice', findings: [{ code: 'policy.not-party-cell-secretary', severity: 'info', path: 'partyCellSecretary' }] };
    return { status: 'not-applicable' };
  },
};

/** The engine's loop as it was. */
export function referenceEvaluate<I, C>(rules: readonly Rule<I, any, C>[], input: I, context: C, options: { trace?: boolean; ruleSetVersion: string }): Evaluation {
  const findings: Finding[] = [];
  const missing: string[] = [];
  const trace: TraceEntry[] = [];
  const recordTrace = options.trace !== false;
  let failed = false;
  let unknown = false;
  for (const rule of rules) {
    let outcome: RuleOutcome;
    try {
      outcome = rule.check(input, rule.params, context);
    } catch (error) {
      outcome = { status: 'unknown', findings: [{ code: 'engine.rule-error', severity: 'error', params: { rule: rule.id, reason: error instanceof Error ? error.message : String(error) } }] };
    }
    if (rule.kind === 'legal') {
      if (outcome.status === 'fail') failed = true;
      else if (outcome.status === 'unknown') unknown = true;
    }
    if (outcome.findings) {
      for (const draft of outcome.findings) {
        const finding: { -readonly [K in keyof Finding]: Finding[K] } = {
          code: draft.code,
          ruleId: rule.id,
          kind: rule.kind,
          severity: draft.severity ?? (rule.kind === 'policy' ? 'info' : outcome.status === 'fail' ? 'error' : 'warning'),
          params: draft.params ?? {},
          citations: rule.citations,
        };
        if (draft.path !== undefined) finding.path = draft.path;
        findings.push(finding);
      }
    }
    if (outcome.missing && rule.kind === 'legal') for (const path of outcome.missing) if (!missing.includes(path)) missing.push(path);
    if (recordTrace) trace.push({ ruleId: rule.id, kind: rule.kind, status: outcome.status, params: rule.params });
  }
  const verdict: Verdict = failed ? 'ineligible' : unknown ? 'undetermined' : 'eligible';
  return { verdict, findings, missing: verdict === 'undetermined' ? missing : [], trace, ruleSetVersion: options.ruleSetVersion };
}
