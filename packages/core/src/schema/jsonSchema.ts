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
 * `name` is one of the keys of {@link INPUT_SCHEMAS} (a constant of your
 * code, not data): any other value, `toString` and the other names
 * `Object.prototype` has included, is a programming error and throws a
 * `RangeError` naming the schemas there are.
 *
 * @example
 * toJsonSchema('candidate').required // ['fullName', 'dateOfBirth']
 */
export function toJsonSchema(name: InputSchemaName): Record<string, unknown> {
  if (typeof name !== 'string' || !Object.hasOwn(INPUT_SCHEMAS, name)) throw new RangeError(`no input schema of that name; the schemas are ${Object.keys(INPUT_SCHEMAS).join(', ')}`);
  return jsonSchemaOf(INPUT_SCHEMAS[name], `truongthon ${name}`);
}

/**
 * The JSON Schema (draft 2020-12, input side) of any zod schema, as
 * {@link toJsonSchema} writes the library's own: for a schema a caller
 * extends with fields of its own.
 *
 * @example
 * jsonSchemaOf(candidateSchema, 'truongthon candidate').title // 'truongthon candidate'
 */
export function jsonSchemaOf(schema: z.ZodMiniType, title: string): Record<string, unknown> {
  return { ...z.toJSONSchema(schema, { io: 'input', unrepresentable: 'any' }), title } as Record<string, unknown>;
}
