/** The form of `<truongthon-election>`: its fields, what it holds as typed (the draft), and the meeting record a draft stands for. */
import type { MeetingRecordInput } from '@truongthon/core';
import { displayDate } from '@truongthon/rules';
import { at, pick, readRecord, readText, typedDate } from './draft';

/** Fields with one control each, by dotted path of the meeting record. */
const FIELDS = [
  'electionDate',
  'unit.name',
  'unit.kind',
  'purpose',
  'round',
  'firstRoundDate',
  'receivedOn',
  'recognizedOn',
  'electorateBase',
  'totalElectorate',
  'present',
  'votingMode',
  'ballots.issued',
  'ballots.returned',
  'ballots.valid',
  'ballots.invalid',
  'motion.subject',
  'motion.votesFor',
  'motion.votesAgainst',
] as const;
export type FieldPath = (typeof FIELDS)[number];
const FIELD_SET: ReadonlySet<string> = new Set(FIELDS);
export const BALLOTS = ['ballots.issued', 'ballots.returned', 'ballots.valid', 'ballots.invalid'] as const;
export const PURPOSES = ['election', 'dismissal', 'removal', 'cho-thoi-lam'] as const;
export const NOMINATED = ['front_committee', 'self', 'meeting'] as const;
/** What the form starts with: an election, first round, counted on households (the only base from 2023-07-01). */
const DEFAULTS: Partial<Record<FieldPath, string>> = { purpose: 'election', round: 'first', electorateBase: 'households' };
/** The date fields: typed `dd/MM/yyyy` (or ISO), held as typed, recorded as `YYYY-MM-DD`. */
const DATES: ReadonlySet<string> = new Set(['electionDate', 'firstRoundDate', 'receivedOn', 'recognizedOn']);
/** Record members with no control in the form, kept as given. */
const PASSTHROUGH = ['id', 'province', 'electionGroup', 'preparation'] as const;
/** Whole-record paths that have no control of their own: the control that stands for them. */
export const ALIASES: Readonly<Record<string, string>> = { unit: 'unit.name', ballots: 'ballots.valid', motion: 'motion.votesFor' };
export const ROW_PATH = /^candidates\.(\d+)\.(name|votes|nominatedBy)$/u;

/** One candidate line as typed. */
export interface Row {
  readonly name: string;
  readonly votes: string;
  readonly nominatedBy: string;
}

/** What the form holds: text as typed, choices as chosen. Turned into a meeting record by {@link toRecord}. */
export interface Draft {
  readonly fields: Readonly<Record<FieldPath, string>>;
  readonly rows: readonly Row[];
  readonly passthrough: Readonly<Record<string, unknown>>;
  /** `unit.code`, kept as given (no control). */
  readonly unitCode: unknown;
}

export const EMPTY_ROW: Row = { name: '', votes: '', nominatedBy: '' };

/** Reads anything a host may assign to `value` (a meeting record or its JSON) into a draft; unknown members are dropped. */
export function toDraft(value: unknown): Draft {
  const record = readRecord(value);
  const fields = {} as Record<FieldPath, string>;
  for (const path of FIELDS) {
    const text = readText(at(record, path));
    fields[path] = (DATES.has(path) ? displayDate(text) : text) || (DEFAULTS[path] ?? '');
  }
  const candidates = record['candidates'];
  const rows = Array.isArray(candidates)
    ? candidates.map((line: unknown) => ({ name: readText(at(line, 'name')), votes: readText(at(line, 'votes')), nominatedBy: readText(at(line, 'nominatedBy')) }))
    : [EMPTY_ROW];
  return { fields, rows, passthrough: pick(record, PASSTHROUGH), unitCode: at(record, 'unit.code') };
}

/** Whether nothing was typed or chosen in a draft (every field as the form starts, every candidate line empty). */
export function isBlank(draft: Draft): boolean {
  return FIELDS.every((path) => draft.fields[path] === (DEFAULTS[path] ?? '')) && draft.rows.every((row) => !row.name && !row.votes && !row.nominatedBy);
}

/** Blank text is not given. */
function given(text: string): string | undefined {
  return text.trim() === '' ? undefined : text;
}

/**
 * A typed count as a number: `361`, `1.200` / `1,200` / `1 200` (thousands
 * grouped), or a decimal or negative number (which the library reports as not
 * a count). Anything else is passed on as typed, for the library to report.
 */
function toCount(text: string): number | string | undefined {
  const compact = text.replace(/[\s\u00a0\u202f]/gu, '');
  if (compact === '') return undefined;
  if (/^\d{1,3}([.,]\d{3})+$/u.test(compact)) return Number(compact.replace(/[.,]/gu, ''));
  if (/^[+-]?\d+([.,]\d+)?$/u.test(compact)) return Number(compact.replace(',', '.'));
  return text;
}

/** The meeting record for a draft: the library input that is evaluated and submitted. */
export function toRecord(draft: Draft, meetingDate: string | null, province: string | null): MeetingRecordInput {
  const out: Record<string, unknown> = {};
  const set = (path: string, value: unknown): void => {
    if (value === undefined) return;
    const keys = path.split('.');
    let node = out;
    for (const key of keys.slice(0, -1)) node = (node[key] ??= {}) as Record<string, unknown>;
    node[keys[keys.length - 1]!] = value;
  };
  const f = draft.fields;
  const text = (path: FieldPath) => set(path, given(f[path]));
  const date = (path: FieldPath) => set(path, given(f[path]) && typedDate(f[path]));
  const count = (path: FieldPath) => set(path, toCount(f[path]));
  set('id', draft.passthrough['id']);
  const electionDate = given(meetingDate ?? '') ?? given(f.electionDate);
  set('electionDate', electionDate && typedDate(electionDate));
  set('province', given(province ?? '') ?? draft.passthrough['province']);
  set('unit', {});
  set('unit.code', draft.unitCode);
  text('unit.name');
  text('unit.kind');
  text('purpose');
  text('round');
  if (f.round === 'rerun') date('firstRoundDate');
  text('electorateBase');
  count('totalElectorate');
  count('present');
  text('votingMode');
  if (f.votingMode === 'secret_ballot' || f.votingMode === 'household_ballot') for (const path of BALLOTS) count(path);
  if (f.purpose === 'election') {
    out['candidates'] = draft.rows.map((row) => {
      const line: Record<string, unknown> = {};
      if (given(row.name) !== undefined) line['name'] = row.name;
      const votes = toCount(row.votes);
      if (votes !== undefined) line['votes'] = votes;
      if (row.nominatedBy) line['nominatedBy'] = row.nominatedBy;
      return line;
    });
  } else {
    text('motion.subject');
    count('motion.votesFor');
    count('motion.votesAgainst');
    date('recognizedOn');
  }
  date('receivedOn');
  set('electionGroup', draft.passthrough['electionGroup']);
  set('preparation', draft.passthrough['preparation']);
  return out as MeetingRecordInput;
}

/** The draft after the user set the control of `path` to `value` (the same draft when nothing changes). */
export function editDraft(draft: Draft, path: string, value: string): Draft {
  const row = ROW_PATH.exec(path);
  if (row) {
    const index = Number(row[1]);
    const key = row[2] as keyof Row;
    const line = draft.rows[index];
    return line && line[key] !== value ? { ...draft, rows: draft.rows.map((r, i) => (i === index ? { ...r, [key]: value } : r)) } : draft;
  }
  return FIELD_SET.has(path) && draft.fields[path as FieldPath] !== value ? { ...draft, fields: { ...draft.fields, [path]: value } } : draft;
}

/** The text a control shows for a path of the draft. */
export function draftText(draft: Draft, path: string): string {
  const row = ROW_PATH.exec(path);
  if (row) return draft.rows[Number(row[1])]?.[row[2] as keyof Row] ?? '';
  return draft.fields[path as FieldPath] ?? '';
}
