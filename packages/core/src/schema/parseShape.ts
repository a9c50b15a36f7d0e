import { isIsoDate } from '../calendar/isoDate';
import { checkCitizenId, compactCitizenId } from '../text/citizenId';
import { normalizeText } from '../text/normalizeText';
import type { MemberShape, ObjectShape } from './fields';
import type { FindingParam } from '../engine/finding';
import type { InputIssue } from './inputIssue';
import { dropBlanks, type ParseResult, UNREADABLE } from './parse';

/**
 * Parses untrusted input by the shape of an object schema (`objectShape`,
 * kept as data in `shapes.generated.ts`), with no zod at run time. It gives
 * exactly what `parseInput(schema, input)` gives (the test compares them on
 * generated input): blanks dropped (`dropBlanks`), text normalised to NFC and
 * bounded in characters, dates that name a real day, choices, flags, a nested
 * object that may be left out or `null`; members the schema does not declare
 * reported as `input.unknown-field`; a citizen id compacted, then checked with
 * the record it belongs to once the record reads without a wrong type, a
 * missing field or a value outside a choice. Never throws: input that cannot
 * be read is `input.unreadable`.
 *
 * @example
 * parseShape(CONTEXT_SHAPE, { electionDate: '2026-02-30' })
 * // { ok: false, issues: [{ path: 'electionDate', code: 'input.invalid-date', params: {} }] }
 */
export function parseShape<T>(shape: ObjectShape, input: unknown): ParseResult<T> {
  const out: Issues = { issues: [], stopping: 0 };
  let value: unknown;
  try {
    value = readObject(shape, dropBlanks(input), '', out);
  } catch {
    // Reading the input itself failed: a getter threw, a proxy was revoked, …
    return UNREADABLE;
  }
  return out.issues.length === 0 ? { ok: true, value: value as T } : { ok: false, issues: out.issues };
}

/**
 * The issues found so far, and how many of them stop the record's own checks
 * (a wrong type or a missing value does; a bound, a bad date or an unknown
 * member does not, as in zod).
 */
interface Issues {
  readonly issues: InputIssue[];
  stopping: number;
}

function add(out: Issues, path: string, code: string, params: Record<string, FindingParam>, stops: boolean): void {
  out.issues.push({ path, code, params });
  if (stops) out.stopping++;
}

/** A value of the wrong type: `input.required` when there is none. */
function wrongType(out: Issues, path: string, value: unknown, expected: string): unknown {
  if (value === undefined) add(out, path, 'input.required', {}, true);
  else add(out, path, 'input.wrong-type', { expected }, true);
  return value;
}

function readObject(shape: ObjectShape, value: unknown, path: string, out: Issues): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrongType(out, path, value, 'object');
  const source = value as Record<string, unknown>;
  const stopping = out.stopping;
  const record: Record<string, unknown> = {};
  for (const member of shape.members) {
    const item = source[member.key];
    const read = readMember(member, item, join(path, member.key), out);
    if (item !== undefined || member.key in source) record[member.key] = read;
  }
  if (shape.strict) {
    for (const key in source) {
      if (!isMember(shape, key)) add(out, join(path, key), 'input.unknown-field', {}, false);
    }
  }
  if (out.stopping > stopping) return record;
  // A citizen id is checked against the record it belongs to (date of birth, gender).
  for (const member of shape.members) {
    const id = record[member.key];
    if (member.kind !== 'citizenId' || typeof id !== 'string' || id === '') continue;
    for (const code of checkCitizenId(id, record)) add(out, join(path, member.key), code, {}, true);
  }
  return record;
}

function isMember(shape: ObjectShape, key: string): boolean {
  for (const member of shape.members) if (member.key === key) return true;
  return false;
}

function join(path: string, key: string): string {
  return path === '' ? key : `${path}.${key}`;
}

function readMember(member: MemberShape, value: unknown, path: string, out: Issues): unknown {
  if (value === undefined && !member.required) return value;
  if (value === null && member.nullable) return value;
  switch (member.kind) {
    case 'object':
      return readObject(member.shape!, value, path, out);
    case 'text':
      return readText(member, value, path, out);
    case 'date':
      if (typeof value !== 'string') return wrongType(out, path, value, 'string');
      if (!isIsoDate(value)) add(out, path, 'input.invalid-date', {}, false);
      return value;
    case 'citizenId':
      return typeof value === 'string' ? compactCitizenId(value) : wrongType(out, path, value, 'string');
    case 'flag':
      return typeof value === 'boolean' ? value : wrongType(out, path, value, 'boolean');
    case 'choice':
      if (!member.values!.includes(value as string)) add(out, path, 'input.invalid-value', { allowed: member.values!.join(', ') }, true);
      return value;
    default:
      // A shape the generator never writes for these schemas (`count`, `list`, `other`).
      throw new TypeError(`no reader for ${member.kind}`);
  }
}

/**
 * Text: normalised, then bounded in characters (a surrogate pair is one). A
 * value of another type is a wrong type; if it has a `length` (an array), the
 * bounds are checked on that too, as zod does.
 */
function readText(member: MemberShape, value: unknown, path: string, out: Issues): unknown {
  let length: unknown;
  if (typeof value === 'string') {
    value = normalizeText(value);
    length = characters(value as string);
  } else {
    wrongType(out, path, value, 'string');
    if (value === null || value === undefined) return value;
    length = (value as { length?: unknown }).length;
    if (length === undefined) return value;
  }
  if (member.min !== undefined && !((length as number) >= member.min)) add(out, path, member.min === 1 ? 'input.required' : 'input.too-short', { minimum: member.min }, false);
  if (member.max !== undefined && !((length as number) <= member.max)) add(out, path, 'input.too-long', { maximum: member.max }, false);
  return value;
}

/** The number of characters (code points) in a text: a surrogate pair counts once. */
function characters(text: string): number {
  let count = text.length;
  for (let i = 0; i < text.length - 1; i++) {
    if ((text.charCodeAt(i) & 0xfc00) === 0xd800 && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      count--;
      i++;
    }
  }
  return count;
}
