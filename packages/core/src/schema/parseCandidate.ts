import { isIsoDate } from '../calendar/isoDate';
import { checkCitizenId, compactCitizenId } from '../text/citizenId';
import { isBlankText, normalizeText } from '../text/normalizeText';
import { type AttestationKey, attestationsSchema, type Candidate, candidateSchema } from './candidate';
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

/** The schema's keys, in its order (the order zod writes them out), read from the schema itself. */
const CANDIDATE_KEYS = Object.keys(candidateSchema.shape) as (keyof Candidate)[];
const ATTESTATION_FIELDS = Object.keys(attestationsSchema.shape) as AttestationKey[];
const CANDIDATE_BITS: ReadonlyMap<string, number> = new Map(CANDIDATE_KEYS.map((key, i) => [key, 1 << i]));
const ATTESTATION_BITS: ReadonlyMap<string, number> = new Map(ATTESTATION_FIELDS.map((key, i) => [key, 1 << i]));
const REQUIRED = (1 << CANDIDATE_KEYS.indexOf('fullName')) | (1 << CANDIDATE_KEYS.indexOf('dateOfBirth'));
/** Marks "not sure: let zod decide". */
const SLOW = Symbol('slow');

/** A plain object (what `dropBlanks` looks into and copies). */
function isPlain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
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

function text(value: unknown, max: number, nullable: boolean): unknown {
  if (value === undefined || (nullable && value === null)) return value;
  if (typeof value !== 'string') return SLOW;
  const out = normalizeText(value);
  return out.length >= 1 && out.length <= max ? out : SLOW;
}

function flag(value: unknown): unknown {
  return value === undefined || value === null || value === true || value === false ? value : SLOW;
}

function field(key: keyof Candidate, value: unknown): unknown {
  switch (key) {
    case 'id':
      return text(value, 100, false);
    case 'fullName':
      return value === undefined ? SLOW : text(value, 200, false);
    case 'dateOfBirth':
      return isIsoDate(value) ? value : SLOW;
    case 'gender':
      return value === undefined || value === null || value === 'male' || value === 'female' ? value : SLOW;
    case 'citizenId':
      if (value === undefined || value === null) return value;
      return typeof value === 'string' ? compactCitizenId(value) : SLOW;
    case 'role':
      return value === undefined || value === 'leader' || value === 'deputy' ? value : SLOW;
    case 'unitCode':
      return text(value, 50, true);
    case 'unitName':
      return text(value, 200, true);
    case 'attestations':
      return attestations(value);
    default:
      return flag(value);
  }
}

function attestations(value: unknown): unknown {
  if (value === undefined || value === null) return value;
  if (!isPlain(value)) return SLOW;
  const given = givenKeys(value, ATTESTATION_BITS);
  if (given < 0) return SLOW;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < ATTESTATION_FIELDS.length; i++) {
    if ((given & (1 << i)) === 0) continue;
    const key = ATTESTATION_FIELDS[i]!;
    const v = flag(value[key]);
    if (v === SLOW) return SLOW;
    out[key] = v;
  }
  return out;
}

/** The candidate the schema would return, or `undefined` when only zod can say. */
function readCandidate(input: unknown): Candidate | undefined {
  if (!isPlain(input)) return undefined;
  const given = givenKeys(input, CANDIDATE_BITS);
  if (given < 0 || (given & REQUIRED) !== REQUIRED) return undefined;
  const out: Record<string, unknown> = {};
  for (let i = 0; i < CANDIDATE_KEYS.length; i++) {
    if ((given & (1 << i)) === 0) continue;
    const key = CANDIDATE_KEYS[i]!;
    const value = field(key, input[key]);
    if (value === SLOW) return undefined;
    out[key] = value;
  }
  const candidate = out as Candidate;
  if (candidate.citizenId != null && candidate.citizenId !== '' && checkCitizenId(candidate.citizenId, candidate).length > 0) return undefined;
  return candidate;
}
