import { candidateSchema, electionContextSchema, fieldShapes } from '@truongthon/core';
import { describe, expect, it } from 'vitest';
import { CANDIDATE_FIELDS, CONTEXT_FIELDS, describeCandidate } from '../src/fields/index';

describe('CANDIDATE_FIELDS and CONTEXT_FIELDS (built from the generated shapes)', () => {
  it('are what the zod schemas describe, key order included', () => {
    expect(JSON.stringify(CANDIDATE_FIELDS)).toBe(JSON.stringify(describeCandidate(candidateSchema)));
    expect(CONTEXT_FIELDS.map(({ label, group, ...shape }) => shape)).toEqual(fieldShapes(electionContextSchema));
    expect(CONTEXT_FIELDS.map((field) => field.label.vi)).toEqual(['Ngày bầu cử', 'Tỉnh, thành phố']);
  });
});
