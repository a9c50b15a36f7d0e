import { isIsoDate } from '../calendar/isoDate';
import { checkCitizenId, compactCitizenId } from '../text/citizenId';
import { isBlankText, normalizeText } from '../text/normalizeText';
import { type Candidate, candidateSchema } from './candidate';
import { type FieldShape, fieldShapes } from './fields';
import { parseInput, type ParseResult } from './parse';

/**
 * Parses a candidate: {@link parseInput} with {@link candidateSchema}, with a
 * fast path for the common case of clean input. The fast path accepts only
 * what the schema accepts and returns exactly what it returns (same values,
 * same keys in the same order); anything it is not sure of (an unknown key, a
 * wrong type, a bad date, text out of bounds, a citizen id with a problem, a
 * non-plain object) goes through zod, which also produces the coded issues.
 *
 * @example
 * parseCandidate({ fullName: ' Nguyễn  Văn An ', dateOfBirth: '2000-01-10' })
 * // { ok: true, value: { fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-10' } }
 */
export function parseCandidate(input: unknown): ParseResult<Candidate> {
  let fast: Candidate | undefined;
  try {
    fast = readCandidate(input);
  } catch {
    // A getter that throws or a revoked proxy: zod's path reports it (parseInput never throws).
    fast = undefined;
  }
  return fast === undefined ? parseInput(candidateSchema, input) : { ok: true, value: fast };
}

/** Marks "not sure: let zod decide". */
const SLOW = Symbol('slow');

/** A plain object (what `dropBlanks` looks into and copies). */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Reads one value as the schema would, or {@link SLOW}. */
type Reader = (value: unknown) => unknown;

/** An object's readers by key, in the schema's order, and the keys it requires. */
interface ObjectReader {
  readonly keys: readonly string[];
  readonly readers: readonly Reader[];
  readonly bits: ReadonlyMap<string, number>;
  readonly required: number;
}

/** The reader of one field, from its shape as the schema declares it (see `fieldShapes`). */
function readerOf(shape: FieldShape): Reader {
  const read = valueReader(shape);
  return (value) => {
    if (value === undefined) return shape.required ? SLOW : value;
    if (value === null) return shape.nullable ? value : SLOW;
    return read(value);
  };
}

function valueReader(shape: FieldShape): Reader {
  switch (shape.kind) {
    case 'text':
      return (value) => {
        if (typeof value !== 'string') return SLOW;
        const out = normalizeText(value);
        return out.length >= 1 && out.length <= (shape.max ?? Infinity) ? out : SLOW;
      };
    case 'date':
      return (value) => (isIsoDate(value) ? value : SLOW);
    case 'flag':
      return (value) => (value === true || value === false ? value : SLOW);
    case 'choice':
      return (value) => (shape.values!.includes(value as string) ? value : SLOW);
    case 'citizenId':
      return (value) => (typeof value === 'string' ? compactCitizenId(value) : SLOW);
    default:
      return () => SLOW;
  }
}

/**
 * The readers of an object's fields, generated from the shapes of its
 * schema: top-level fields read by kind, a nested object (`attestations`) by
 * the readers of its own fields.
 */
function objectReader(shapes: readonly FieldShape[], required: ReadonlySet<string>): ObjectReader {
  const keys: string[] = [];
  const readers: Reader[] = [];
  for (const shape of shapes) {
    const dot = shape.path.indexOf('.');
    const key = dot < 0 ? shape.path : shape.path.slice(0, dot);
    if (keys.includes(key)) continue;
    keys.push(key);
    if (dot < 0) {
      readers.push(readerOf(shape));
      continue;
    }
    const inner = shapes.filter((other) => other.path.startsWith(`${key}.`)).map((other) => ({ ...other, path: other.path.slice(key.length + 1) }));
    const nested = objectReader(inner, new Set());
    readers.push((value) => (value === undefined || value === null ? value : readObject(value, nested)));
  }
  const bits = new Map(keys.map((key, i) => [key, 1 << i]));
  let mask = 0;
  for (const key of required) mask |= bits.get(key) ?? 0;
  return { keys, readers, bits, required: mask };
}

/**
 * Which of `bits`' keys the object gives, as a bit set: its own enumerable
 * keys (what `dropBlanks` copies) minus blank strings (which it drops); -1
 * when it has another key (zod reports it).
 */
function givenKeys(source: Record<string, unknown>, bits: ReadonlyMap<string, number>): number {
  let given = 0;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (typeof value === 'string' && isBlankText(value)) continue;
    const bit = bits.get(key);
    if (bit === undefined) return -1;
    given |= bit;
  }
  return given;
}

/** The object the schema would return (keys in the schema's order), or {@link SLOW}. */
function readObject(value: unknown, reader: ObjectReader): unknown {
  if (!isPlain(value)) return SLOW;
  const given = givenKeys(value, reader.bits);
  if (given < 0 || (given & reader.required) !== reader.required) return SLOW;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < reader.keys.length; i++) {
    if ((given & (1 << i)) === 0) continue;
    const key = reader.keys[i]!;
    const read = reader.readers[i]!(value[key]);
    if (read === SLOW) return SLOW;
    out[key] = read;
  }
  return out;
}

const SHAPES = fieldShapes(candidateSchema);
const CANDIDATE: ObjectReader = objectReader(SHAPES, new Set(SHAPES.filter((shape) => shape.required && !shape.path.includes('.')).map((shape) => shape.path)));

/** The candidate the schema would return, or `undefined` when only zod can say. */
function readCandidate(input: unknown): Candidate | undefined {
  const out = readObject(input, CANDIDATE);
  if (out === SLOW) return undefined;
  const candidate = out as Candidate;
  if (candidate.citizenId != null && candidate.citizenId !== '' && checkCitizenId(candidate.citizenId, candidate).length > 0) return undefined;
  return candidate;
}
