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

/** One member of an object schema, as {@link objectShape} reads it: what a parse by shape needs. */
export interface MemberShape {
  /** The member's name in its object. */
  readonly key: string;
  /** `object` for a nested object, with its own {@link ObjectShape}. */
  readonly kind: FieldKind | 'object';
  /** The object is invalid without it. */
  readonly required: boolean;
  /** `null` is accepted. */
  readonly nullable: boolean;
  /** Shortest text accepted, in characters (`text` only). */
  readonly min?: number;
  /** Longest text accepted, in characters (`text` only). */
  readonly max?: number;
  /** The accepted values, in the schema's order (`choice` only). */
  readonly values?: readonly string[];
  /** The nested object's members (`object` only). */
  readonly shape?: ObjectShape;
}

/** An object schema as plain data: its members in the schema's order, and whether a member it does not declare is reported (`z.strictObject`). */
export interface ObjectShape {
  readonly strict: boolean;
  readonly members: readonly MemberShape[];
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodMiniType;
  readonly catchall?: z.ZodMiniType;
  readonly entries?: Readonly<Record<string, string>>;
  readonly shape?: Readonly<Record<string, z.ZodMiniType>>;
  readonly checks?: readonly { readonly _zod: { readonly def: { readonly check: string; readonly minimum?: number; readonly maximum?: number } } }[];
}

function defOf(schema: z.ZodMiniType): Def {
  return schema._zod.def as unknown as Def;
}

function memberOf(key: string, schema: z.ZodMiniType, required: boolean, nullable: boolean): MemberShape {
  const def = defOf(schema);
  if (def.type === 'optional') return memberOf(key, def.innerType!, false, nullable);
  if (def.type === 'nullable') return memberOf(key, def.innerType!, required, true);
  const base = { key, required, nullable };
  if (def.type === 'object') return { ...base, kind: 'object', shape: objectShape(schema as z.ZodMiniObject) };
  if (schema === isoDateSchema) return { ...base, kind: 'date' };
  if (schema === citizenIdSchema) return { ...base, kind: 'citizenId' };
  switch (def.type) {
    case 'string': {
      const bound = (check: string) => def.checks?.find((c) => c._zod.def.check === check)?._zod.def;
      const min = bound('min_length')?.minimum;
      const max = bound('max_length')?.maximum;
      return { ...base, kind: 'text', ...(min === undefined ? {} : { min }), ...(max === undefined ? {} : { max }) };
    }
    case 'boolean':
      return { ...base, kind: 'flag' };
    case 'enum':
      return { ...base, kind: 'choice', values: Object.values(def.entries!) };
    case 'number':
      return { ...base, kind: 'count' };
    case 'array':
      return { ...base, kind: 'list' };
    default:
      return { ...base, kind: 'other' };
  }
}

/**
 * An object schema's members, read from the schema itself, in its order, as
 * plain data: each member's kind, whether it is required or may be `null`,
 * its bounds; a nested object with its own members. `shapes.generated.ts`
 * holds this for the candidate and the election context, for the parse by
 * shape (`parseShape`), which needs no zod at run time.
 *
 * @example
 * objectShape(electionContextSchema)
 * // { strict: true, members: [{ key: 'electionDate', required: true, nullable: false, kind: 'date' },
 * //   { key: 'province', required: false, nullable: true, kind: 'text', min: 1, max: 100 }] }
 */
export function objectShape(schema: z.ZodMiniObject): ObjectShape {
  const def = defOf(schema);
  const strict = def.catchall !== undefined && defOf(def.catchall).type === 'never';
  return { strict, members: Object.entries(def.shape!).map(([key, inner]) => memberOf(key, inner, true, false)) };
}

/**
 * The fields of an object shape as dotted paths: a nested object's members
 * become `attestations.health`; a field of an object that may be left out is
 * not required of the record either.
 */
export function shapeFields(shape: ObjectShape, prefix = '', required = true): FieldShape[] {
  return shape.members.flatMap((member): FieldShape[] => {
    const path = prefix + member.key;
    if (member.kind === 'object') return shapeFields(member.shape!, `${path}.`, required && member.required);
    const field = { path, required: required && member.required, nullable: member.nullable, kind: member.kind };
    if (member.max !== undefined) return [{ ...field, max: member.max }];
    if (member.values !== undefined) return [{ ...field, values: member.values }];
    return [field];
  });
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
  return shapeFields(objectShape(schema));
}
