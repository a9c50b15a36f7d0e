import type * as z from 'zod/mini';
import { citizenIdSchema, isoDateSchema } from './primitives';

/**
 * How a field's value is written: free `text`, a legal `date`
 * (`YYYY-MM-DD`), a yes/no `flag`, one of a closed list of values
 * (`choice`), a `citizenId`, a whole-number `count`, a `list` of records, or
 * `other` (a shape no reader handles field by field).
 */
export type FieldKind = 'text' | 'date' | 'flag' | 'choice' | 'citizenId' | 'count' | 'list' | 'other';

/** One field of an input schema, as {@link fieldShapes} reads it from the schema. */
export interface FieldShape {
  /** Dotted path: `fullName`, `attestations.health`. */
  readonly path: string;
  readonly kind: FieldKind;
  /** The record is invalid without it (a field of an optional object is not: the record may leave the whole object out). */
  readonly required: boolean;
  /** `null` is accepted (an answer not known yet). */
  readonly nullable: boolean;
  /** Longest text accepted, in characters (`text` only). */
  readonly max?: number;
  /** The accepted values, in the schema's order (`choice` only). */
  readonly values?: readonly string[];
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly entries?: Readonly<Record<string, string>>;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly maximum?: number } } }[];
}

function defOf(schema: z.ZodMiniType): Def {
  return schema._zod.def as unknown as Def;
}

function shapeOf(path: string, schema: z.ZodMiniType, required: boolean, nullable: boolean): FieldShape[] {
  const def = defOf(schema);
  if (def.type === 'optional') return shapeOf(path, def.innerType!, false, nullable);
  if (def.type === 'nullable') return shapeOf(path, def.innerType!, required, true);
  // A field of an object that may be left out is not required of the record either.
  if (def.type === 'object') return Object.entries(def.shape!).flatMap(([key, inner]) => shapeOf(`${path}.${key}`, inner, required, false));
  const base = { path, required, nullable };
  if (schema === isoDateSchema) return [{ ...base, kind: 'date' }];
  if (schema === citizenIdSchema) return [{ ...base, kind: 'citizenId' }];
  switch (def.type) {
    case 'string': {
      const max = def.checks?.find((check) => check._zod.def.check === 'max_length')?._zod.def.maximum;
      return [max === undefined ? { ...base, kind: 'text' } : { ...base, kind: 'text', max }];
    }
    case 'boolean':
      return [{ ...base, kind: 'flag' }];
    case 'enum':
      return [{ ...base, kind: 'choice', values: Object.values(def.entries!) }];
    case 'number':
      return [{ ...base, kind: 'count' }];
    case 'array':
      return [{ ...base, kind: 'list' }];
    default:
      return [{ ...base, kind: 'other' }];
  }
}

/**
 * The fields of an object schema, read from the schema itself, in its order:
 * nested objects become dotted paths (`attestations.health`), each with its
 * kind, whether it is required or may be `null`, and its bounds. Readers,
 * forms and header mappings are built from this list, so a field added to
 * the schema reaches them without another list of fields.
 *
 * @example
 * fieldShapes(candidateSchema).find((field) => field.path === 'fullName')
 * // { path: 'fullName', required: true, nullable: false, kind: 'text', max: 200 }
 * fieldShapes(candidateSchema).find((field) => field.path === 'attestations.health')
 * // { path: 'attestations.health', required: false, nullable: true, kind: 'flag' }
 */
export function fieldShapes(schema: z.ZodMiniObject): FieldShape[] {
  return Object.entries(schema.shape).flatMap(([key, inner]) => shapeOf(key, inner as z.ZodMiniType, true, false));
}
