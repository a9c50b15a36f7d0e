import { candidateSchema, fieldShapes, flagSchema, jsonSchemaOf } from '@truongthon/core';
import { CONTEXT_FIELDS, createFormatter, describeCandidate, labelsOf } from '@truongthon/rules';
import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { candidateCoercers, candidateLookup } from '../src/io/headers';

/*
 * Issue 14: a new optional candidate field, added to the schema in one place,
 * reaches the CLI's headers and cell readers, the messages' labels and the
 * JSON Schema with no other list to edit. (The widget's side is the browser
 * test "a field added to the schema is asked" in packages/web-widget.)
 */
describe('a field added to the candidate schema', () => {
  // The one edit: a yes/no question a province might add.
  const schema = z.safeExtend(candidateSchema, { throwAwayQuestion: flagSchema });
  const fields = [...describeCandidate(schema), ...CONTEXT_FIELDS];

  it('is read from the schema with its kind', () => {
    expect(fieldShapes(schema).at(-1)).toEqual({ path: 'throwAwayQuestion', kind: 'flag', required: false, nullable: true });
    expect(fields.find((field) => field.path === 'throwAwayQuestion')).toMatchObject({ kind: 'flag', group: 'other', label: { vi: 'throwAwayQuestion', en: 'throwAwayQuestion' } });
  });

  it('is a column of a candidate spreadsheet, by its name in either case style, and its cells are read as yes/no', () => {
    const lookup = candidateLookup(fields);
    for (const header of ['throwAwayQuestion', 'throw_away_question', 'THROW AWAY QUESTION']) expect(lookup(header), header).toBe('throwAwayQuestion');
    expect(lookup('Họ và tên')).toBe('fullName');
    const read = candidateCoercers(fields).get('throwAwayQuestion')!;
    expect([read('Có', {}), read('không', {}), read('', {}), read('có lẽ', {})]).toEqual([
      { ok: true, value: true },
      { ok: true, value: false },
      { ok: true, value: null },
      { ok: false, code: 'cli.bad-boolean' },
    ]);
  });

  it('has a label messages can name (its path until it is worded)', () => {
    const { fieldLabel } = createFormatter({ vi: {}, en: {} }, { vi: labelsOf(fields, 'vi'), en: labelsOf(fields, 'en') });
    expect(fieldLabel('throwAwayQuestion', 'vi')).toBe('throwAwayQuestion');
    expect(fieldLabel('fullName', 'en')).toBe('Full name');
  });

  it('is in the JSON Schema, optional', () => {
    const json = jsonSchemaOf(schema, 'extended candidate') as { properties: Record<string, unknown>; required: string[] };
    expect(json.properties['throwAwayQuestion']).toEqual({ type: ['boolean', 'null'] });
    expect(json.required).toEqual(['fullName', 'dateOfBirth']);
  });
});
