import { fieldShapes, foldKey, meetingCandidateSchema, meetingRecordSchema, unitRecordSchema } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { FIELD_LABELS, formatMessage, MEETING_FIELDS, MEETING_HEADERS, MEETING_VALUE_SPELLINGS, UNIT_FIELDS, UNIT_HEADERS, UNIT_VALUE_SPELLINGS } from '../src';

const FILES = [
  ['meeting', MEETING_FIELDS, MEETING_HEADERS, MEETING_VALUE_SPELLINGS],
  ['unit', UNIT_FIELDS, UNIT_HEADERS, UNIT_VALUE_SPELLINGS],
] as const;

describe('the meeting and unit records\' field descriptions', () => {
  it('describe every field of the schema, in its order; the list of candidates by the fields of one line', () => {
    const candidateLine = fieldShapes(meetingCandidateSchema).map((shape) => `candidates.${shape.path}`);
    expect(MEETING_FIELDS.map((field) => field.path)).toEqual(fieldShapes(meetingRecordSchema).flatMap((shape) => (shape.path === 'candidates' ? candidateLine : [shape.path])));
    expect(UNIT_FIELDS.map((field) => field.path)).toEqual(fieldShapes(unitRecordSchema).map((shape) => shape.path));
  });

  it('take kinds and accepted values from the schema', () => {
    const byPath = new Map(MEETING_FIELDS.map((field) => [field.path, field]));
    expect(byPath.get('votingMode')).toMatchObject({ kind: 'choice', values: ['show_of_hands', 'secret_ballot', 'household_ballot'] });
    expect(byPath.get('candidates.votes')).toMatchObject({ kind: 'count' });
    expect(byPath.get('electionGroup')).toMatchObject({ kind: 'list' });
    expect(UNIT_FIELDS.find((field) => field.path === 'hasPartyCell')).toMatchObject({ kind: 'flag' });
  });

  it('require what the record requires: not a member of an optional part (motion, district, a candidate line)', () => {
    expect(MEETING_FIELDS.filter((field) => field.required).map((field) => field.path)).toEqual(['electionDate', 'unit.name', 'electorateBase', 'totalElectorate', 'present', 'votingMode']);
    expect(UNIT_FIELDS.filter((field) => field.required).map((field) => field.path)).toEqual(['province.code', 'commune.code', 'unit.name', 'leaderStatus']);
  });

  it.each(FILES)('%s: every field has its label from the catalogues, in both languages (a field added to the schema needs one there)', (_, fields) => {
    for (const field of fields) {
      for (const lang of ['vi', 'en'] as const) {
        expect(field.label[lang], `${field.path} ${lang}`).not.toBe(field.path);
        expect(FIELD_LABELS[lang][field.path], `${field.path} ${lang}`).toBe(field.label[lang]);
      }
    }
  });

  it.each(FILES)('%s: header spellings are folded keys of described fields, and choice spellings name accepted values', (_, fields, headers, values) => {
    const byPath = new Map(fields.map((field) => [field.path, field]));
    for (const [path, spellings] of Object.entries(headers)) {
      expect(byPath.has(path), path).toBe(true);
      for (const spelling of spellings) expect(foldKey(spelling), `${path}: ${spelling}`).toBe(spelling);
    }
    for (const [path, byValue] of Object.entries(values)) {
      expect(byPath.get(path)?.kind, path).toBe('choice');
      for (const value of Object.keys(byValue)) expect(byPath.get(path)?.values, `${path}: ${value}`).toContain(value);
    }
  });
});

describe('the values of a meeting record’s choices are named once, in the catalogues', () => {
  it('every choice of the meeting record has a name for each value, in both languages', () => {
    for (const field of MEETING_FIELDS.filter((f) => f.kind === 'choice' && f.path !== 'unit.kind')) {
      for (const value of field.values ?? []) {
        expect(field.valueLabels?.[value]?.vi, `${field.path}=${value}`).toBeTruthy();
        expect(field.valueLabels?.[value]?.en, `${field.path}=${value}`).toBeTruthy();
      }
    }
    expect(MEETING_FIELDS.find((f) => f.path === 'purpose')?.valueLabels?.['cho-thoi-lam']).toEqual({ vi: 'Cho thôi làm', en: 'Release from office (cho thôi làm)' });
    expect(formatMessage('value.votingMode.household_ballot')).toBe('Phát phiếu lấy ý kiến tới từng hộ gia đình');
  });
});
