import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { candidateSchema } from './candidate';
import { fieldShapes } from './fields';
import { meetingRecordSchema } from './meeting';
import { flagSchema, isoDateSchema, textSchema } from './primitives';

describe('fieldShapes', () => {
  it('reads the candidate schema: kinds, bounds, required and nullable fields, in the schema order', () => {
    const shapes = fieldShapes(candidateSchema);
    expect(shapes.map((shape) => shape.path)).toEqual([
      'id', 'fullName', 'dateOfBirth', 'gender', 'citizenId', 'role', 'unitCode', 'unitName', 'permanentResident', 'livesInUnit', 'residesInCommune',
      'underSanction', 'partyMember', 'partyCellSecretary', 'attestations.health', 'attestations.dedication', 'attestations.moralQuality',
      'attestations.exemplaryFamily', 'attestations.capacity', 'attestations.digitalSkills',
    ]);
    const by = Object.fromEntries(shapes.map((shape) => [shape.path, shape]));
    expect(by['fullName']).toEqual({ path: 'fullName', kind: 'text', required: true, nullable: false, max: 200 });
    expect(by['dateOfBirth']).toEqual({ path: 'dateOfBirth', kind: 'date', required: true, nullable: false });
    expect(by['gender']).toEqual({ path: 'gender', kind: 'choice', required: false, nullable: true, values: ['male', 'female'] });
    expect(by['citizenId']).toEqual({ path: 'citizenId', kind: 'citizenId', required: false, nullable: true });
    expect(by['attestations.health']).toEqual({ path: 'attestations.health', kind: 'flag', required: false, nullable: true });
    expect(shapes.filter((shape) => shape.required).map((shape) => shape.path)).toEqual(['fullName', 'dateOfBirth']);
  });

  it('a field of an optional object is not required of the record; of a required object it is', () => {
    const schema = z.strictObject({
      when: isoDateSchema,
      motion: z.optional(z.strictObject({ votes: z.number(), note: z.optional(textSchema(10)) })),
      counts: z.strictObject({ issued: z.number(), spoiled: flagSchema }),
      names: z.array(z.string()),
    });
    expect(fieldShapes(schema)).toEqual([
      { path: 'when', kind: 'date', required: true, nullable: false },
      { path: 'motion.votes', kind: 'count', required: false, nullable: false },
      { path: 'motion.note', kind: 'text', required: false, nullable: false, max: 10 },
      { path: 'counts.issued', kind: 'count', required: true, nullable: false },
      { path: 'counts.spoiled', kind: 'flag', required: false, nullable: true },
      { path: 'names', kind: 'list', required: true, nullable: false },
    ]);
  });

  it('reads the meeting record schema without throwing, every path once', () => {
    const paths = fieldShapes(meetingRecordSchema).map((shape) => shape.path);
    expect(new Set(paths).size).toBe(paths.length);
    expect(paths).toContain('candidates');
  });
});
