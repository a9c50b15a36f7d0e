import {
  type Citation,
  compareCodes,
  decisionOf,
  evaluate,
  type Finding,
  type FindingDraft,
  type FindingParam,
  type IsoDate,
  unitRecordReader,
  percentOf,
  stampFinding,
  type UnitRecord,
} from '@truongthon/core';
import { givenDate, readOptions, registryOf, usingRegistry, valueIssue } from '../callerInput';
import { DEFAULT_OVERLAYS, type OverlayRegistry } from '../provinces/index';
import { findProvince, type Province, provinceNameMatches, type UnitKind } from '../units/index';
import { RULESET_VERSION } from '../version';
import type { UnitCategory } from './classifyUnit';
import { secretaryReportRule } from './rule';

/** Counts of one row of the report (all units, thôn only, tổ dân phố only, or units of unknown kind). */
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

/**
 * The rows of a report node: all units, then thôn and tổ dân phố separately
 * (as Kon Tum's 2023 report shows them), then the units whose kind is not
 * known, so that `total = thon + to_dan_pho + kind_unknown`.
 */
export interface ReportCounts {
  readonly total: CountRow;
  readonly thon: CountRow;
  readonly to_dan_pho: CountRow;
  /** Units whose record states no kind and whose name does not tell it (each also named by a `report.unit-kind-unknown` finding). */
  readonly kind_unknown: CountRow;
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
  /** As stated, or as the name tells (NĐ 185/2026/NĐ-CP Điều 2); `null` when neither says. */
  readonly kind: UnitKind | null;
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
  /** `false` when the input is not a list, the options cannot be used, or a registry of the caller's fails (see `issues`, index -1). */
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
  kind_unknown: MutableCounts;
}

/** A unit to list by name (kept at its commune): what the lists show of it, not the record. */
interface Entry {
  readonly ref: UnitRef;
  readonly category: UnitCategory;
  readonly hasPartyCell: boolean | null | undefined;
}

/** A counted unit the report names in a finding (kept at its commune, reported in administrative order). */
interface Flag {
  readonly ref: UnitRef;
  readonly finding: Finding;
}

/** The rule the report runs on each unit, and how (no trace: the report lists its one rule). */
const UNIT_RULES = [secretaryReportRule];
const UNIT_EVALUATION = { ruleSetVersion: RULESET_VERSION, trace: false } as const;

type AdminRef = UnitRecord['province'];

const TWO_TIER_FROM = '2025-07-01';
const LEVELS = ['province', 'district', 'commune'] as const;

const zero = (): MutableCounts => ({ units: 0, leaders: 0, secretaryLeaders: 0, partyMemberLeaders: 0, nonPartyLeaders: 0, membershipUnknown: 0, interim: 0, vacant: 0, withoutPartyCell: 0, partyCellUnknown: 0 });

function addTo(c: MutableCounts, category: UnitCategory, cell: boolean | null | undefined): void {
  c.units += 1;
  switch (category) {
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
  if (cell === false) c.withoutPartyCell += 1;
  else if (cell == null) c.partyCellUnknown += 1;
}

function addCounts(to: MutableCounts, from: MutableCounts): void {
  to.units += from.units;
  to.leaders += from.leaders;
  to.secretaryLeaders += from.secretaryLeaders;
  to.partyMemberLeaders += from.partyMemberLeaders;
  to.nonPartyLeaders += from.nonPartyLeaders;
  to.membershipUnknown += from.membershipUnknown;
  to.interim += from.interim;
  to.vacant += from.vacant;
  to.withoutPartyCell += from.withoutPartyCell;
  to.partyCellUnknown += from.partyCellUnknown;
}

function addRows(to: MutableRows, from: MutableRows): void {
  addCounts(to.total, from.total);
  addCounts(to.thon, from.thon);
  addCounts(to.to_dan_pho, from.to_dan_pho);
  addCounts(to.kind_unknown, from.kind_unknown);
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

const rows = (r: MutableRows): ReportCounts => ({ total: row(r.total), thon: row(r.thon), to_dan_pho: row(r.to_dan_pho), kind_unknown: row(r.kind_unknown) });

const zeroRows = (): MutableRows => ({ total: zero(), thon: zero(), to_dan_pho: zero(), kind_unknown: zero() });

function unitRef(u: UnitRecord, index: number, district: UnitRecord['district'], kind: UnitKind | null): UnitRef {
  return { index, province: u.province.code, district: district?.code ?? null, commune: u.commune.code, code: u.unit.code ?? null, name: u.unit.name, kind, leaderStatus: u.leaderStatus };
}

function compareEntries(a: { readonly ref: UnitRef }, b: { readonly ref: UnitRef }): number {
  return compareCodes(a.ref.code ?? '', b.ref.code ?? '') || (a.ref.name < b.ref.name ? -1 : a.ref.name > b.ref.name ? 1 : 0) || a.ref.index - b.ref.index;
}

/** A finding of the report, stamped by core's engine as the rule's (a warning unless the draft says otherwise). */
function stamp(draft: FindingDraft): Finding {
  return stampFinding(secretaryReportRule, { ...draft, severity: draft.severity ?? 'warning' }, 'advice');
}

/**
 * A province, district or commune while counting. Nodes are keyed by code
 * among their parent's children, whatever their level (as core's `rollUp`
 * does). Records are counted at their deepest node only; `total` adds the
 * children in when the report is made.
 */
class CountNode {
  readonly children = new Map<string, CountNode>();
  readonly counts: MutableRows = zeroRows();
  readonly kept: Entry[] = [];
  readonly flagged: Flag[] = [];

  constructor(
    readonly level: (typeof LEVELS)[number],
    readonly code: string,
    public name: string | null,
  ) {}
}

/** The node of `ref` among `siblings`, made if new; its name becomes the first non-null name in code-point order. */
function nodeOf(siblings: Map<string, CountNode>, ref: AdminRef, level: (typeof LEVELS)[number]): CountNode {
  let node = siblings.get(ref.code);
  if (node === undefined) {
    node = new CountNode(level, ref.code, ref.name ?? null);
    siblings.set(ref.code, node);
  } else if (ref.name != null && ref.name !== node.name && (node.name === null || ref.name < node.name)) {
    node.name = ref.name;
  }
  return node;
}

/** Adds the counts of every node's children to its own, deepest first. */
function sumUp(node: CountNode): void {
  for (const child of node.children.values()) {
    sumUp(child);
    addRows(node.counts, child.counts);
  }
}

const byCode = (a: CountNode, b: CountNode): number => compareCodes(a.code, b.code);

/**
 * Counts unit records one at a time, in one pass with `Map` look-ups (and
 * none when a record is in the same commune as the one before), keeping
 * nothing of a record but its counts, unless it is listed by name.
 */
class ReportBuilder {
  readonly issues: ReportIssue[] = [];
  readonly rejectedIndices = new Set<number>();
  readonly roots = new Map<string, CountNode>();
  counted = 0;
  droppedDistricts = 0;
  /** A commune code names one commune nationally on a date: its parent and its units, to find duplicates and conflicts. */
  private readonly communes = new Map<string, { province: string; district: string | null; units: Set<string> }>();
  readonly conflicted = new Set<string>();
  private readonly twoTier: boolean;
  private readonly listUnits: boolean;
  private readonly asOf: IsoDate | null;
  // The last province checked against its code, and the province its code names when the name is not one of its names.
  private checkedCode: string | undefined;
  private checkedName: string | null | undefined;
  private mismatch: Province | null = null;
  // The last record's path and deepest node: the next record is usually in the same commune.
  private lastProvince: AdminRef | undefined;
  private lastDistrict: AdminRef | null | undefined;
  private lastCommune: AdminRef | undefined;
  private lastNode: CountNode | undefined;

  constructor(asOf: IsoDate | null, listUnits: boolean) {
    this.asOf = asOf;
    this.twoTier = asOf !== null && asOf >= TWO_TIER_FROM;
    this.listUnits = listUnits;
  }

  /**
   * The province the record's province code names on the report date, when
   * the record gives that code another province's name ("15, Yên Bái" on a
   * date when 15 is Lào Cai); `null` when the name is one of its names, when
   * no name or no date is given, or when the code names no province that day
   * (`report.unknown-province` says so).
   */
  private provinceMismatch(ref: AdminRef): Province | null {
    const asOf = this.asOf;
    if (asOf === null || ref.name == null) return null;
    if (ref.code === this.checkedCode && ref.name === this.checkedName) return this.mismatch;
    const expected = findProvince(ref.code, asOf);
    this.checkedCode = ref.code;
    this.checkedName = ref.name;
    this.mismatch = expected !== undefined && !provinceNameMatches(expected, ref.name) ? expected : null;
    return this.mismatch;
  }

  add(unit: UnitRecord, index: number): void {
    // Where the unit stands is what the rule decides on it, run by core's engine; a record that contradicts itself gets no decision and is left out.
    const evaluation = evaluate(UNIT_RULES, unit, { index }, UNIT_EVALUATION);
    const classified = decisionOf(evaluation, secretaryReportRule);
    if (classified === undefined) {
      for (const f of evaluation.findings) this.issues.push({ index, path: '', code: f.code, params: f.params });
      this.rejectedIndices.add(index);
      return;
    }
    let district = unit.district ?? null;
    if (district && this.twoTier) {
      this.droppedDistricts += 1;
      district = null;
    }
    const districtCode = district?.code ?? null;
    const province = unit.province;
    const communeRef = unit.commune;
    let commune = this.communes.get(communeRef.code);
    if (commune === undefined) {
      commune = { province: province.code, district: districtCode, units: new Set() };
      this.communes.set(communeRef.code, commune);
    } else if (commune.province !== province.code || commune.district !== districtCode) this.conflicted.add(communeRef.code);
    const unitKey = unit.unit.code ?? `\u0000${unit.unit.name}`;
    if (commune.units.has(unitKey)) {
      this.issues.push({ index, path: 'unit', code: 'report.duplicate-unit', params: { unit: unit.unit.code ?? unit.unit.name, commune: communeRef.code } });
      this.rejectedIndices.add(index);
      return;
    }
    commune.units.add(unitKey);

    this.counted += 1;
    let node = this.lastNode;
    if (node === undefined || province !== this.lastProvince || district !== this.lastDistrict || communeRef !== this.lastCommune) {
      node = nodeOf(this.roots, province, 'province');
      if (district !== null) node = nodeOf(node.children, district, 'district');
      node = nodeOf(node.children, communeRef, 'commune');
      this.lastProvince = province;
      this.lastDistrict = district;
      this.lastCommune = communeRef;
      this.lastNode = node;
    }
    const { category, kind } = classified;
    const cell = unit.hasPartyCell;
    addTo(node.counts.total, category, cell);
    addTo(node.counts[kind ?? 'kind_unknown'], category, cell);
    if (this.listUnits && (category === 'non-member-leader' || cell === false)) node.kept.push({ ref: unitRef(unit, index, district, kind), category, hasPartyCell: cell });
    const expected = this.provinceMismatch(province);
    if (expected !== null || kind === null) {
      const ref = unitRef(unit, index, district, kind);
      const named = { unit: unit.unit.name, code: unit.unit.code ?? null, commune: communeRef.code, index };
      if (expected !== null) {
        const params = { ...named, province: province.code, given: province.name ?? '', expected: expected.name, date: this.asOf };
        node.flagged.push({ ref, finding: stamp({ code: 'report.province-name-mismatch', severity: 'warning', params }) });
      }
      // The rule's finding on a unit whose kind is not known.
      for (const finding of evaluation.findings) node.flagged.push({ ref, finding });
    }
  }
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
 * The kind of each unit is the one its record states, else the one its name
 * tells ("Xóm 3", "Khối 5": NĐ 185/2026/NĐ-CP Điều 2 khoản 1 and 4); a unit
 * whose kind neither says is counted in the total and in the `kind_unknown`
 * row and named by a `report.unit-kind-unknown` finding, never left out. With
 * `asOf`, a unit whose province name is not a name of the province its code
 * names that day ("15, Yên Bái" after 01/07/2025, when 15 is Lào Cai) is
 * counted under the code and named by a `report.province-name-mismatch`
 * finding; a code that names no province that day gives
 * `report.unknown-province`.
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
  return countRecords(input, options, (record, index) => ({ record, index }));
}

/**
 * The report from records already parsed with `unitRecordSchema` (each with
 * its position in the input), e.g. by `parseUnitRecord` or
 * `unitRecordReader`: the same report as {@link secretaryAlsoLeaderReport}
 * on the records as given. Each record is read again on the way in (a cheap
 * check on parsed records): one that is not a unit record, or an entry whose
 * `index` is not a whole number, is left out with a coded issue, never thrown.
 */
export function buildSecretaryReport(units: readonly { readonly unit: UnitRecord; readonly index: number }[], options: SecretaryReportOptions = {}): SecretaryReport {
  return countRecords(units, options, parsedEntry);
}

/** A record to count and its position in the input; or the issue that leaves it out. */
type RecordEntry = { readonly record: unknown; readonly index: number } | ReportIssue;

/**
 * Counts the records of a list, one at a time: each element is read once,
 * guarded (a getter that throws, a proxy: `input.unreadable` at its
 * position), turned into the record and its index by `entry`, and parsed;
 * those that cannot be used come in `issues`, in input order. Never throws.
 */
function countRecords(input: unknown, options: unknown, entry: (element: unknown, position: number) => RecordEntry): SecretaryReport {
  const settings = readReportOptions(options);
  const list = readList(input);
  if (!('length' in list) || !('asOf' in settings)) {
    const issues = [...('length' in list ? [] : [list]), ...('asOf' in settings ? [] : settings)];
    return finishReport(new ReportBuilder(null, true), { asOf: null, listUnits: true, registry: DEFAULT_OVERLAYS, custom: false }, { ok: false, records: 'length' in list ? list.length : 0, issues });
  }
  const issues: ReportIssue[] = [];
  const builder = new ReportBuilder(settings.asOf, settings.listUnits);
  const read = unitRecordReader();
  for (let position = 0; position < list.length; position++) {
    let e: RecordEntry;
    try {
      e = entry(list.items[position], position);
    } catch {
      e = { index: position, path: '', code: 'input.unreadable', params: {} };
    }
    if ('code' in e) {
      issues.push(e);
      continue;
    }
    const parsed = read(e.record);
    if (parsed.ok) builder.add(parsed.value, e.index);
    else for (const i of parsed.issues) issues.push({ index: e.index, path: i.path, code: i.code, params: i.params });
  }
  return finishReport(builder, settings, { ok: true, records: list.length, issues });
}

/** The record and index of an entry of {@link buildSecretaryReport} (read once; a throw is caught by the caller). */
function parsedEntry(element: unknown, position: number): RecordEntry {
  const { unit, index } = element as { readonly unit: unknown; readonly index: unknown };
  return Number.isSafeInteger(index) && (index as number) >= 0
    ? { record: unit, index: index as number }
    : { index: position, path: 'index', code: 'input.wrong-type', params: { expected: 'integer' } };
}

/** {@link SecretaryReportOptions} as read and checked at the boundary. */
interface ReportSettings {
  readonly asOf: IsoDate | null;
  readonly listUnits: boolean;
  readonly registry: OverlayRegistry;
  /** Whether `registry` is the caller's `overlays` (its failures are reported, not thrown). */
  readonly custom: boolean;
}

/** Reads the options once: their values, or the issues (index -1) that say why they cannot be used. */
function readReportOptions(options: unknown): ReportSettings | ReportIssue[] {
  const opts = readOptions(options, ['asOf', 'overlays', 'listUnits']);
  if (!opts.ok) return [{ index: -1, ...opts.issue }];
  const problem = valueIssue(opts.value.asOf, 'asOf', true, true);
  if (problem) return [{ index: -1, ...problem }];
  return { asOf: givenDate(opts.value.asOf), listUnits: opts.value.listUnits !== false, ...registryOf(opts.value.overlays) };
}

/** The input as a list whose length can be read, or the issue (index -1) saying it is not one. */
function readList(input: unknown): { readonly items: readonly unknown[]; readonly length: number } | ReportIssue {
  try {
    if (Array.isArray(input)) return { items: input, length: input.length };
    return { index: -1, path: '', code: 'input.wrong-type', params: { expected: 'array' } };
  } catch {
    // A revoked proxy, a proxy whose `length` throws.
    return { index: -1, path: '', code: 'input.unreadable', params: {} };
  }
}

/** The report from the counts: nodes ordered by code, rows with percentages, lists, findings, deadlines. */
function finishReport(
  builder: ReportBuilder,
  settings: ReportSettings,
  prior: { readonly ok: boolean; readonly records: number; readonly issues: readonly ReportIssue[] },
): SecretaryReport {
  const asOf = settings.asOf;
  const issues: ReportIssue[] = [...prior.issues, ...builder.issues];
  const rejectedIndices = new Set<number>(prior.issues.map((i) => i.index));
  for (const index of builder.rejectedIndices) rejectedIndices.add(index);
  const findings: Finding[] = [];

  const total: MutableRows = zeroRows();
  for (const root of builder.roots.values()) {
    sumUp(root);
    addRows(total, root.counts);
  }
  const nonPartyLeaders: UnitRef[] = [];
  const withoutPartyCell: UnitRef[] = [];
  const unitFindings: Finding[] = [];
  const toNode = (node: CountNode): ReportNode => {
    const level = node.level;
    // Units are counted at their commune: the findings that name them come in administrative order.
    if (node.flagged.length > 1) node.flagged.sort(compareEntries);
    for (const f of node.flagged) unitFindings.push(f.finding);
    const out: ReportNode = { level, code: node.code, name: node.name, counts: rows(node.counts), children: [...node.children.values()].sort(byCode).map(toNode) };
    if (level !== 'commune') return out;
    const np: UnitRef[] = [];
    const nc: UnitRef[] = [];
    if (node.kept.length > 1) node.kept.sort(compareEntries);
    for (const e of node.kept) {
      if (e.category === 'non-member-leader') np.push(e.ref);
      if (e.hasPartyCell === false) nc.push(e.ref);
    }
    for (const ref of np) nonPartyLeaders.push(ref);
    for (const ref of nc) withoutPartyCell.push(ref);
    return { ...out, units: { nonPartyLeaders: np, withoutPartyCell: nc } };
  };
  const provinces = [...builder.roots.values()].sort(byCode).map(toNode);

  for (const commune of [...builder.conflicted].sort(compareCodes)) findings.push(stamp({ code: 'report.commune-in-two-parents', params: { commune } }));
  if (builder.droppedDistricts > 0) findings.push(stamp({ code: 'report.district-after-2025', params: { count: builder.droppedDistricts, asOf } }));
  let deadlines: ReportingDeadline[] = [];
  let ok = prior.ok;
  if (asOf !== null) {
    for (const p of provinces) if (!findProvince(p.code, asOf)) findings.push(stamp({ code: 'report.unknown-province', params: { province: p.code, date: asOf } }));
    // A registry of the caller's runs the caller's code: its failure is reported on `overlays` and the report is not `ok`.
    deadlines = usingRegistry(settings.custom, 'overlays', () => reportingDeadlines(provinces, asOf, settings.registry), (issue) => {
      issues.push({ index: -1, ...issue });
      ok = false;
      return [];
    });
  }
  for (const f of unitFindings) findings.push(f);
  const rejected = rejectedIndices.size - (rejectedIndices.has(-1) ? 1 : 0);
  if (rejected > 0) findings.push(stamp({ code: 'report.records-rejected', params: { count: rejected } }));

  return {
    ok,
    asOf,
    records: prior.records,
    counted: builder.counted,
    rejected,
    total: rows(total),
    provinces,
    units: { nonPartyLeaders, withoutPartyCell },
    deadlines,
    issues,
    findings,
    ruleIds: [secretaryReportRule.id],
    ruleSetVersion: RULESET_VERSION,
  };
}

/** The reporting deadlines the overlays set for the provinces of the report, on `asOf`. */
function reportingDeadlines(provinces: readonly ReportNode[], asOf: IsoDate, overlays: OverlayRegistry): ReportingDeadline[] {
  const deadlines: ReportingDeadline[] = [];
  for (const p of provinces) {
    for (const overlay of overlays.forProvince(p.code, asOf)) {
      for (const d of overlay.reportingDeadlines ?? []) deadlines.push({ province: p.code, id: d.id, due: d.due, who: d.who, citations: d.citations, passed: asOf > d.due });
    }
  }
  return deadlines;
}
