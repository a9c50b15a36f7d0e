import { choice, coerceCount, coerceDate, coerceText, type Coerced } from './coerce';
import { buildLookup, type FieldLookup, FieldResolver, rawRecordIssues, readFields, type RowIssue, setPath } from './fields';
import type { Cell, ColumnRef, SourceRow } from './types';
import { coerceUnitKind } from './unitRows';

/**
 * Columns of a meeting file (biên bản họp bầu), long format: one row per
 * candidate, the meeting's own columns repeated (or left empty) on its
 * following rows. A motion (dismissal, removal, cho thôi làm) is one row.
 */
export const MEETING_FIELDS = [
  'id',
  'electionDate',
  'province',
  'unit.code',
  'unit.name',
  'unit.kind',
  'round',
  'purpose',
  'electorateBase',
  'totalElectorate',
  'present',
  'votingMode',
  'ballots.issued',
  'ballots.returned',
  'ballots.valid',
  'ballots.invalid',
  'candidate.name',
  'candidate.votes',
  'candidate.nominatedBy',
  'motion.subject',
  'motion.votesFor',
  'motion.votesAgainst',
  'electionGroup',
  'firstRoundDate',
  'receivedOn',
  'recognizedOn',
  'preparation.planOn',
  'preparation.candidateListOn',
  'preparation.electionGroupOn',
  'preparation.publicNoticeOn',
] as const;

export type MeetingField = (typeof MEETING_FIELDS)[number];

const CANDIDATE_LEVEL: ReadonlySet<MeetingField> = new Set(['candidate.name', 'candidate.votes', 'candidate.nominatedBy']);

const ALIASES: Readonly<Record<MeetingField, readonly string[]>> = {
  id: ['id', 'ma', 'ma_bien_ban', 'so_bien_ban', 'bien_ban', 'meeting_id', 'record_id'],
  electionDate: ['ngay_bau', 'ngay_bau_cu', 'ngay_hop', 'ngay_hoi_nghi', 'ngay_hop_bau', 'ngay_hop_bau_cu', 'meeting_date', 'election_date'],
  province: ['tinh', 'ma_tinh', 'tinh_thanh_pho', 'province', 'province_code'],
  'unit.code': ['ma_thon', 'ma_to_dan_pho', 'ma_tdp', 'ma_thon_to_dan_pho', 'ma_don_vi', 'unit_code'],
  'unit.name': ['thon', 'to_dan_pho', 'tdp', 'ten_thon', 'ten_to_dan_pho', 'thon_to_dan_pho', 'ten_thon_to_dan_pho', 'thon_tdp', 'don_vi', 'ten_don_vi', 'unit', 'unit_name'],
  'unit.kind': ['loai', 'loai_don_vi', 'unit_kind'],
  round: ['lan_bau', 'vong_bau', 'round'],
  purpose: ['noi_dung', 'noi_dung_hoi_nghi', 'muc_dich', 'purpose'],
  electorateBase: ['cach_tinh', 'cach_tinh_cu_tri', 'tinh_theo', 'co_so_tinh', 'electorate_base'],
  totalElectorate: ['tong_so_cu_tri', 'tong_so_ho', 'tong_so_cu_tri_ho', 'tong_cu_tri', 'tong_so', 'total_electorate'],
  present: ['so_tham_du', 'so_co_mat', 'tham_du', 'co_mat', 'so_nguoi_tham_du', 'so_cu_tri_tham_du', 'present'],
  votingMode: ['hinh_thuc', 'hinh_thuc_bieu_quyet', 'hinh_thuc_bau', 'cach_bau', 'voting_mode'],
  'ballots.issued': ['phieu_phat_ra', 'so_phieu_phat_ra', 'ballots_issued'],
  'ballots.returned': ['phieu_thu_vao', 'so_phieu_thu_vao', 'ballots_returned'],
  'ballots.valid': ['phieu_hop_le', 'so_phieu_hop_le', 'ballots_valid'],
  'ballots.invalid': ['phieu_khong_hop_le', 'so_phieu_khong_hop_le', 'ballots_invalid'],
  'candidate.name': ['nguoi_ung_cu', 'ung_cu_vien', 'ho_va_ten', 'ho_ten', 'ho_va_ten_nguoi_ung_cu', 'candidate', 'candidate_name'],
  'candidate.votes': ['so_phieu', 'so_phieu_bau', 'phieu_bau', 'so_phieu_dat_duoc', 'votes', 'candidate_votes'],
  'candidate.nominatedBy': ['nguoi_gioi_thieu', 'gioi_thieu', 'hinh_thuc_ung_cu', 'nominated_by'],
  'motion.subject': ['nguoi_bi_de_nghi', 'motion_subject'],
  'motion.votesFor': ['phieu_tan_thanh', 'so_phieu_tan_thanh', 'tan_thanh', 'dong_y', 'so_phieu_dong_y', 'votes_for'],
  'motion.votesAgainst': ['phieu_khong_tan_thanh', 'so_phieu_khong_tan_thanh', 'khong_tan_thanh', 'khong_dong_y', 'votes_against'],
  electionGroup: ['to_bau_cu', 'thanh_vien_to_bau_cu', 'election_group'],
  firstRoundDate: ['ngay_bau_lan_dau', 'first_round_date'],
  receivedOn: ['ngay_nhan', 'ngay_nhan_ket_qua', 'ngay_xa_nhan', 'ngay_ubnd_xa_nhan', 'received_on'],
  recognizedOn: ['ngay_cong_nhan', 'recognized_on'],
  'preparation.planOn': ['ngay_ke_hoach', 'ngay_ban_hanh_ke_hoach', 'plan_on'],
  'preparation.candidateListOn': ['ngay_thong_nhat_danh_sach', 'ngay_danh_sach', 'candidate_list_on'],
  'preparation.electionGroupOn': ['ngay_thanh_lap_to_bau_cu', 'ngay_to_bau_cu', 'election_group_on'],
  'preparation.publicNoticeOn': ['ngay_niem_yet', 'ngay_thong_bao', 'public_notice_on'],
};

/** Header → meeting field. */
export const meetingFieldForHeader: FieldLookup<MeetingField> = buildLookup(MEETING_FIELDS, ALIASES, { leafNames: false });

/** The meeting fields a tabular meeting file must have a column for. */
export const REQUIRED_MEETING_FIELDS: readonly MeetingField[] = ['electionDate', 'unit.name', 'electorateBase', 'totalElectorate', 'present', 'votingMode'];

const round = choice({ first: ['lan_dau', 'lan_1', '1', 'bau_lan_dau', 'lan_thu_nhat'], rerun: ['bau_lai', 'lan_2', '2', 'lan_thu_hai'] });
const purpose = choice({
  election: ['bau', 'bau_cu', 'bau_truong_thon', 'bau_to_truong'],
  dismissal: ['mien_nhiem'],
  removal: ['bai_nhiem'],
  'cho-thoi-lam': ['cho_thoi_lam'],
});
const electorateBase = choice({ voters: ['cu_tri', 'theo_cu_tri'], households: ['ho', 'ho_gia_dinh', 'dai_dien_ho', 'dai_dien_ho_gia_dinh', 'cu_tri_dai_dien_ho', 'cu_tri_dai_dien_ho_gia_dinh', 'theo_ho'] });
const votingMode = choice({
  show_of_hands: ['gio_tay', 'bieu_quyet_gio_tay', 'show_of_hands'],
  secret_ballot: ['bo_phieu_kin', 'phieu_kin', 'bo_phieu', 'secret_ballot'],
  // From 01/07/2023: ballots taken to each household after a meeting too few attended (Luật 10/2022 Điều 19 khoản 1 điểm b).
  household_ballot: ['phat_phieu', 'phat_phieu_lay_y_kien', 'phieu_lay_y_kien', 'lay_y_kien_ho_gia_dinh', 'phat_phieu_toi_ho', 'phat_phieu_toi_tung_ho_gia_dinh', 'household_ballot'],
});
const nominatedBy = choice({
  front_committee: ['mat_tran', 'ban_cong_tac_mat_tran', 'ban_cong_tac_mttq', 'mttq', 'front_committee'],
  self: ['tu_ung_cu', 'tu_de_cu', 'self'],
  meeting: ['hoi_nghi', 'hoi_nghi_gioi_thieu', 'cu_tri_gioi_thieu', 'meeting'],
});

/** Coerces a cell of a meeting file by its field. */
export function coerceMeetingField(field: MeetingField, cell: Cell, options: { readonly date1904?: boolean } = {}): Coerced<unknown> {
  switch (field) {
    case 'electionDate':
    case 'firstRoundDate':
    case 'receivedOn':
    case 'recognizedOn':
    case 'preparation.planOn':
    case 'preparation.candidateListOn':
    case 'preparation.electionGroupOn':
    case 'preparation.publicNoticeOn':
      return coerceDate(cell, { date1904: options.date1904 ?? false });
    case 'totalElectorate':
    case 'present':
    case 'ballots.issued':
    case 'ballots.returned':
    case 'ballots.valid':
    case 'ballots.invalid':
    case 'candidate.votes':
    case 'motion.votesFor':
    case 'motion.votesAgainst':
      return coerceCount(cell);
    case 'unit.kind':
      return coerceUnitKind(cell);
    case 'round':
      return round(cell);
    case 'purpose':
      return purpose(cell);
    case 'electorateBase':
      return electorateBase(cell);
    case 'votingMode':
      return votingMode(cell);
    case 'candidate.nominatedBy':
      return nominatedBy(cell);
    case 'electionGroup': {
      const text = coerceText(cell);
      if (!text.ok || text.value === null) return text;
      return { ok: true, value: text.value.split(/[;\n]/u).map((s) => s.trim()).filter((s) => s !== '') };
    }
    default:
      return coerceText(cell);
  }
}

/** One meeting as read from its rows, ready for the library's `evaluateMeeting`. */
export interface MeetingGroup {
  /** Row of its first line, and of its last. */
  readonly row: number;
  readonly lastRow: number;
  /** The meeting record in the library's shape (fields that failed to read are left out). */
  readonly record: Record<string, unknown>;
  readonly issues: RowIssue[];
  /** The column each field came from (for naming the library's issues). */
  readonly columns: ReadonlyMap<string, ColumnRef>;
}

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** How many distinct meeting ids {@link groupMeetings} remembers to report duplicates (bounded memory). */
const MAX_TRACKED_MEETING_IDS = 250_000;

/**
 * Groups the rows of a tabular meeting file into meetings, lazily: rows
 * follow each other with the same meeting id (or, without an id column, the
 * same date and unit); the meeting's own cells are read from its first row,
 * and any later row that repeats one must agree (`cli.meeting-conflict`).
 * JSON / NDJSON elements are meetings already, in the library's shape.
 * A meeting id that comes back after another meeting (rows not kept
 * together, or the same record twice) makes that later meeting invalid
 * (`cli.duplicate-id`, naming the first row), so one meeting never gets two
 * outcomes silently. Holds one meeting at a time (and the ids seen, up to
 * {@link MAX_TRACKED_MEETING_IDS}).
 */
export async function* groupMeetings(rows: AsyncIterable<SourceRow>, resolver: FieldResolver<MeetingField>, options: { readonly date1904?: boolean } = {}): AsyncGenerator<MeetingGroup> {
  let current: { group: MeetingGroup; key: string; meeting: Map<MeetingField, unknown>; candidates: Record<string, unknown>[] } | undefined;
  const seenIds = new Map<string, number>();
  /** The duplicate-id issue of a meeting starting at `row`, or none (and the id is remembered). */
  const duplicateOf = (id: unknown, row: number, column: ColumnRef): RowIssue[] => {
    if (typeof id !== 'string' && typeof id !== 'number') return [];
    const key = String(id);
    const first = seenIds.get(key);
    if (first !== undefined) return [{ code: 'cli.duplicate-id', column, field: 'id', params: { column: column.header, firstRow: first } }];
    if (seenIds.size < MAX_TRACKED_MEETING_IDS) seenIds.set(key, row);
    return [];
  };
  const finish = (): MeetingGroup | undefined => {
    if (!current) return undefined;
    const { group, candidates } = current;
    if (candidates.length > 0) group.record['candidates'] = candidates;
    else if ((group.record['purpose'] ?? 'election') === 'election' && group.record['candidates'] === undefined) group.record['candidates'] = [];
    current = undefined;
    return group;
  };
  for await (const source of rows) {
    if (source.error || source.raw !== undefined) {
      const done = finish();
      if (done) yield done;
      if (source.error) {
        yield { row: source.row, lastRow: source.row, record: {}, issues: [{ code: source.error.code, column: null, field: null, params: source.error.params ?? {} }], columns: new Map() };
      } else {
        const raw = source.raw as Record<string, unknown> | null;
        const issues = [...rawRecordIssues(source), ...(raw !== null && typeof raw === 'object' && !Array.isArray(raw) ? duplicateOf(raw['id'], source.row, { header: 'id' }) : [])];
        yield { row: source.row, lastRow: source.row, record: source.raw as Record<string, unknown>, issues, columns: new Map() };
      }
      continue;
    }
    const read = readFields(source.record, resolver, (field, cell) => coerceMeetingField(field, cell, options));
    const readIssues: RowIssue[] = [];
    for (const issue of source.readIssues ?? []) {
      const header = issue.params?.['column'];
      const field = header === undefined ? null : (resolver.field(String(header)) ?? null);
      if (header !== undefined && field === null) continue;
      readIssues.push({ code: issue.code, column: header === undefined ? null : resolver.column(String(header)), field, params: issue.params ?? {} });
    }
    const id = read.values.get('id');
    const key = id !== undefined ? `id:${String(id)}` : `du:${String(read.values.get('electionDate') ?? '')}|${String(read.values.get('unit.code') ?? '')}|${String(read.values.get('unit.name') ?? '')}`;
    const continues = current !== undefined && (key === current.key || (id === undefined && read.values.get('electionDate') === undefined && read.values.get('unit.name') === undefined && read.values.get('unit.code') === undefined));
    if (!continues) {
      const done = finish();
      if (done) yield done;
      const record: Record<string, unknown> = {};
      const meeting = new Map<MeetingField, unknown>();
      for (const [field, value] of read.values) {
        if (CANDIDATE_LEVEL.has(field)) continue;
        meeting.set(field, value);
        setPath(record, field, value);
      }
      const duplicate = id === undefined ? [] : duplicateOf(id, source.row, read.columns.get('id') ?? { header: 'id' });
      current = { key, meeting, candidates: [], group: { row: source.row, lastRow: source.row, record, issues: [...readIssues, ...read.issues, ...duplicate], columns: new Map([...read.columns].map(([f, c]) => [f === 'candidate.name' ? 'candidates.name' : f === 'candidate.votes' ? 'candidates.votes' : f === 'candidate.nominatedBy' ? 'candidates.nominatedBy' : f, c])) } };
    } else {
      const group = current!.group;
      current = { ...current!, group: { ...group, lastRow: source.row } };
      current.group.issues.push(...readIssues, ...read.issues);
      for (const [field, value] of read.values) {
        if (CANDIDATE_LEVEL.has(field)) continue;
        const first = current.meeting.get(field);
        if (first === undefined) {
          current.meeting.set(field, value);
          setPath(current.group.record, field, value);
        } else if (!sameValue(first, value)) {
          const column = read.columns.get(field) ?? { header: field };
          current.group.issues.push({ code: 'cli.meeting-conflict', column, field, params: { column: column.header, firstRow: group.row } });
        }
      }
    }
    const name = read.values.get('candidate.name');
    const votes = read.values.get('candidate.votes');
    if (name !== undefined || votes !== undefined) {
      const candidate: Record<string, unknown> = {};
      if (name !== undefined) candidate['name'] = name;
      if (votes !== undefined) candidate['votes'] = votes;
      const by = read.values.get('candidate.nominatedBy');
      if (by !== undefined) candidate['nominatedBy'] = by;
      current!.candidates.push(candidate);
    }
  }
  const done = finish();
  if (done) yield done;
}

/** A resolver for meeting files. */
export function meetingResolver(mapping?: import('./fields').HeaderMapping<MeetingField>): FieldResolver<MeetingField> {
  return new FieldResolver(meetingFieldForHeader, mapping);
}
