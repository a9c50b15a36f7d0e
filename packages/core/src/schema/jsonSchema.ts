import * as z from 'zod/mini';
import { candidateSchema } from './candidate';
import { electionContextSchema } from './context';
import { meetingRecordSchema } from './meeting';
import { unitRecordSchema } from './unitRecord';

/** Input schemas that have a JSON Schema, by name. Areas add theirs here. */
export const INPUT_SCHEMAS = {
  candidate: candidateSchema,
  /** A thôn / tổ dân phố with its leader, as the secretary-also-leader report reads it. */
  unit: unitRecordSchema,
  context: electionContextSchema,
  meeting: meetingRecordSchema,
} as const;

export type InputSchemaName = keyof typeof INPUT_SCHEMAS;

/**
 * The JSON Schema (draft 2020-12) of an input, generated from the zod schema
 * that is the single source of truth, for back ends in other languages and
 * for form builders. Describes the input side (what you may send).
 *
 * @example
 * toJsonSchema('candidate').required // ['fullName', 'dateOfBirth']
 */
export function toJsonSchema(name: InputSchemaName): Record<string, unknown> {
  const schema = INPUT_SCHEMAS[name];
  return { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title: `truongthon ${name}` } as Record<string, unknown>;
}
