import {
  type Citation,
  compareCodes,
  type Finding,
  type FindingDraft,
  type FindingParam,
  type IsoDate,
  isIsoDate,
  parseUnitRecord,
  percentOf,
  rollUp,
  type RollupNode,
  type UnitRecord,
} from '@truongthon/core';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from '../provinces/index';
import { findProvince } from '../units/index';
import { RULESET_VERSION } from '../version';
import { type UnitCategory, unitCategory, unitProblem } from './classifyUnit';
import { secretaryReportRule } from './rule';

/** Counts of one row of the report (all units, thôn only, or tổ dân phố only). */
export interface LeaderCounts {
  /** Thôn / tổ dân phố counted. The denominator of every percentage of the row. */
  readonly units: number;
  /** Leaders elected and in office (Kon Tum count a). */
  readonly leaders: number;
  /** Party-cell secretaries who are also the leader (Kon Tum count b). */
  readonly secretaryLeaders: number;
  /** Leaders who are Party members, secretaries included (Kon Tum count c). */
  readonly partyMemberLeaders: number;
  /** Leaders who are not Party members. */
  readonly nonPartyLeaders: number;
  /** Leaders whose Party membership is not known (`leaders = partyMemberLeaders + nonPartyLeaders + membershipUnknown`). */
  readonly membershipUnknown: number;
  /** Posts held by an interim (lâm thời) leader. */
  readonly interim: number;
  /** Vacant posts. */
  readonly vacant: number;
  /** Units stated to have no Party cell. */
  readonly withoutPartyCell: number;
  /** Units for which the existence of a Party cell is not known. */
  readonly partyCellUnknown: number;
}

/** A row's percentages: each count divided by the row's `units`, × 100, rounded half up to 2 decimals; `null` when the row has no unit. */
export type LeaderPercentages = { readonly [K in Exclude<keyof LeaderCounts, 'units'>]: number | null };

/** One row of the report. */
export interface CountRow extends LeaderCounts {
  readonly percent: LeaderPercentages;
}

/** The rows of a report node: all units, then thôn and tổ dân phố separately (as Kon Tum's 2023 report shows them). */
export interface ReportCounts {
  readonly total: CountRow;
  readonly thon: CountRow;
  readonly to_dan_pho: CountRow;
}

/** A unit named in a list of the report. */
export interface UnitRef {
  /** Position of the record in the input. */
  readonly index: number;
  readonly province: string;
  readonly district: string | null;
  readonly commune: string;
  readonly code: string | null;
  readonly name: string;
  readonly kind: 'thon' | 'to_dan_pho';
  readonly leaderStatus: 'elected' | 'interim' | 'vacant';
}

/** A province, district or commune of the report. */
export interface ReportNode {
  readonly level: 'province' | 'district' | 'commune';
  readonly code: string;
  readonly name: string | null;
  readonly counts: ReportCounts;
  /** Districts and communes (provinces), communes (districts), none (communes); ordered by code. */
  readonly children: readonly ReportNode[];
  /** Communes only: units whose leader is not a Party member, and units without a Party cell, ordered by unit code. */
  readonly units?: { readonly nonPartyLeaders: readonly UnitRef[]; readonly withoutPartyCell: readonly UnitRef[] };
}

/** A record the report could not use. */
export interface ReportIssue {
  /** Position of the record in the input (`-1`: the input as a whole). */
  readonly index: number;
  readonly path: string;
  readonly code: string;
  readonly params: Readonly<Record<string, FindingParam>>;
}

/** A reporting deadline a province set, as data (e.g. Kon Tum 2881/UBND-KTTH). */
export interface ReportingDeadline {
  readonly province: string;
  readonly id: string;
  /** The last allowed day ("trước ngày 01/12/2021" → 2021-11-30). */
  readonly due: IsoDate;
  readonly who: string;
  readonly citations: readonly Citation[];
  /** Whether `asOf` is after `due`. */
  readonly passed: boolean;
}

/** Options of {@link secretaryAlsoLeaderReport}. */
export interface SecretaryReportOptions {
  /** The date the report is made on: reads province codes, drops districts from 01/07/2025, finds reporting deadlines. */
  readonly asOf?: IsoDate | null;
  readonly overlays?: OverlayRegistry;
  /** List the units with a non-member leader or no Party cell (default `true`). */
  readonly listUnits?: boolean;
}

/** The secretary-also-leader report. Never thrown. */
export interface SecretaryReport {
  /** `false` only when the input is not a list. */
  readonly ok: boolean;
  readonly asOf: IsoDate | null;
  /** Records received, counted, and left out (see `issues`). */
  readonly records: number;
  readonly counted: number;
  readonly rejected: number;
  readonly total: ReportCounts;
  /** Provinces ordered by code, each with its districts (or, after 01/07/2025, its communes) and communes. */
  readonly provinces: readonly ReportNode[];
  /** All listed units, in administrative order. */
  readonly units: { readonly nonPartyLeaders: readonly UnitRef[]; readonly withoutPartyCell: readonly UnitRef[] };
  readonly deadlines: readonly ReportingDeadline[];
  /** Records left out, with the reason. */
  readonly issues: readonly ReportIssue[];
  readonly findings: readonly Finding[];
  readonly ruleIds: readonly string[];
  readonly ruleSetVersion: string;
}

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
export function secretaryAlsoLeaderReport(input: unknown, options: SecretaryReportOptions = {}): SecretaryReport {
  const asOf = options.asOf ?? null;
  if (!Array.isArray(input) || (asOf !== null && !isIsoDate(asOf))) {
    const issue: ReportIssue = Array.isArray(input)
      ? { index: -1, path: 'asOf', code: 'input.invalid-date', params: {} }
      : { index: -1, path: '', code: 'input.wrong-type', params: { expected: 'array' } };
    return buildSecretaryReport([], { ...options, asOf: null }, { ok: false, records: Array.isArray(input) ? input.length : 0, issues: [issue] });
  }
  const units: { unit: UnitRecord; index: number }[] = [];
  const issues: ReportIssue[] = [];
  for (let index = 0; index < input.length; index++) {
    const parsed = parseUnitRecord(input[index]);
    if (parsed.ok) units.push({ unit: parsed.value, index });
    else for (const i of parsed.issues) issues.push({ index, path: i.path, code: i.code, params: i.params });
  }
  return buildSecretaryReport(units, options, { ok: true, records: input.length, issues });
}

/**
 * The hot path of {@link secretaryAlsoLeaderReport} for records already
 * parsed with `unitRecordSchema` (each with its position in the input).
 */
export function buildSecretaryReport(
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
