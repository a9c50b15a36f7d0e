import * as z from 'zod/mini';
import { parseInput, type ParseResult } from './parse';
import { flagSchema, textSchema, unitCodeSchema } from './primitives';
import { isBlankText, normalizeText } from '../text/normalizeText';

const adminRef = z.strictObject({
  /** Mã đơn vị hành chính (digits). */
  code: unitCodeSchema,
  name: z.optional(z.nullable(textSchema(200))),
});

/**
 * One thôn / tổ dân phố in a statistical report on its leader (the
 * secretary-also-leader report of UBND tỉnh Kon Tum 2881/UBND-KTTH, footnote
 * 3): where it is (province, district where one existed — none after
 * 01/07/2025 — and commune, each by code and name), what it is, and its
 * leader: elected and in office, interim (lâm thời), or vacant; whether the
 * leader is a Party member and the Party-cell secretary; whether the unit has
 * a Party cell. Unknown answers are `null` or absent.
 *
 * @example
 * parseInput(unitRecordSchema, {
 *   province: { code: '62', name: 'Kon Tum' }, district: { code: '608' }, commune: { code: '23284' },
 *   unit: { code: '1', name: 'Thôn 1', kind: 'thon' },
 *   leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: true, hasPartyCell: true,
 * }).ok // true
 */
export const unitRecordSchema = z.strictObject({
  province: adminRef,
  /** Huyện / quận / thị xã / thành phố thuộc tỉnh; none after 01/07/2025. */
  district: z.optional(z.nullable(adminRef)),
  /** Xã / phường / thị trấn (đặc khu after 2025). */
  commune: adminRef,
  unit: z.strictObject({
    /** Your code for the unit (thôn have no national code); used to order and to detect duplicates. */
    code: z.optional(z.nullable(textSchema(50))),
    name: textSchema(200),
    /**
     * `thon` (thôn, xóm, làng, ấp, bản, buôn…) or `to_dan_pho` (tổ dân phố,
     * khu phố, khối phố, khóm…) as the commune organised it (Nghị định
     * 185/2026/NĐ-CP Điều 2). Absent or `null` when not stated: the report
     * then reads the kind from the name and, when the name does not tell,
     * counts the unit under neither kind and says so (never leaves it out).
     */
    kind: z.optional(z.nullable(z.enum(['thon', 'to_dan_pho']))),
  }),
  /** `elected` (in office after election and recognition), `interim` (lâm thời, appointed) or `vacant`. */
  leaderStatus: z.enum(['elected', 'interim', 'vacant']),
  /** The leader is a Party member (đảng viên). */
  leaderPartyMember: flagSchema,
  /** The leader is the secretary of the unit's Party cell (bí thư chi bộ). */
  leaderIsPartyCellSecretary: flagSchema,
  /** The unit has its own Party cell (chi bộ). */
  hasPartyCell: flagSchema,
});

export type UnitRecordInput = z.input<typeof unitRecordSchema>;
export type UnitRecord = z.output<typeof unitRecordSchema>;


const FAIL = Symbol('fail');
type Fail = typeof FAIL;
type AdminRef = UnitRecord['province'];
const hasOwn = Object.prototype.hasOwnProperty;

function plain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** A blank string: `dropBlanks` removes it, so the field counts as not given. */
const isBlank = (v: unknown): boolean => typeof v === 'string' && isBlankText(v);

/** A required text field, or FAIL. */
function text(v: unknown, max: number): string | Fail {
  if (typeof v !== 'string') return FAIL;
  const out = normalizeText(v);
  return out.length >= 1 && out.length <= max ? out : FAIL;
}

function adminCode(v: unknown): string | Fail {
  if (typeof v !== 'string') return FAIL;
  const code = v.trim();
  if (code.length < 1 || code.length > 8) return FAIL;
  for (let i = 0; i < code.length; i++) {
    const c = code.charCodeAt(i);
    if (c < 48 || c > 57) return FAIL;
  }
  return code;
}

/**
 * The last admin ref read in one position (province, district or commune)
 * and the code and name it was read from, so that the next record giving the
 * same ones gets the same (frozen) object. Used by {@link unitRecordReader}.
 */
interface RefMemo {
  code: unknown;
  name: unknown;
  hasName: boolean;
  ref: AdminRef | undefined;
}

/**
 * `{ code, name? }` as the schema reads it, or FAIL when not sure. Every
 * member is read once, in the order `for…in` gives (own enumerable keys, as
 * `dropBlanks` copies them; an inherited one means "not sure").
 */
function readAdminRef(v: unknown, memo: RefMemo | undefined): AdminRef | Fail {
  if (!plain(v)) return FAIL;
  let code: unknown;
  let name: unknown;
  let hasName = false;
  for (const key in v) {
    if (!hasOwn.call(v, key)) return FAIL;
    const value = v[key];
    if (value === undefined) return FAIL;
    if (key === 'code') code = value;
    else if (key === 'name') {
      name = value;
      hasName = true;
    } else return FAIL;
  }
  if (memo !== undefined && memo.ref !== undefined && memo.code === code && memo.hasName === hasName && memo.name === name) return memo.ref;
  const c = adminCode(code);
  if (c === FAIL) return FAIL;
  let ref: { code: string; name?: string | null };
  if (!hasName || isBlank(name)) ref = { code: c };
  else if (name === null) ref = { code: c, name: null };
  else {
    const n = text(name, 200);
    if (n === FAIL) return FAIL;
    ref = { code: c, name: n };
  }
  if (memo === undefined) return ref;
  memo.code = code;
  memo.name = name;
  memo.hasName = hasName;
  return (memo.ref = Object.freeze(ref));
}

/** The unit `{ code?, name, kind? }`, or FAIL when not sure. */
function unitOf(v: unknown): UnitRecord['unit'] | Fail {
  if (!plain(v)) return FAIL;
  let code: unknown;
  let hasCode = false;
  let name: unknown;
  let kind: unknown;
  let hasKind = false;
  for (const key in v) {
    if (!hasOwn.call(v, key)) return FAIL;
    const value = v[key];
    if (value === undefined) return FAIL;
    if (key === 'code') {
      code = value;
      hasCode = true;
    } else if (key === 'name') name = value;
    else if (key === 'kind') {
      kind = value;
      hasKind = true;
    } else return FAIL;
  }
  const n = text(name, 200);
  if (n === FAIL) return FAIL;
  // A blank kind is not given (dropBlanks), like a blank code.
  if (hasKind && isBlank(kind)) hasKind = false;
  if (hasKind && kind !== 'thon' && kind !== 'to_dan_pho' && kind !== null) return FAIL;
  let out: { -readonly [K in keyof UnitRecord['unit']]: UnitRecord['unit'][K] };
  if (!hasCode || isBlank(code)) out = { name: n };
  else if (code === null) out = { code: null, name: n };
  else {
    const c = text(code, 50);
    if (c === FAIL) return FAIL;
    out = { code: c, name: n };
  }
  if (hasKind) out.kind = kind as UnitRecord['unit']['kind'];
  return out;
}

/** A yes/no/unknown flag: `true`, `false`, `null`, or `undefined` when not given; FAIL otherwise. */
function flagOf(v: unknown): boolean | null | undefined | Fail {
  return v === true || v === false || v === null ? v : isBlank(v) ? undefined : FAIL;
}

/**
 * A well-formed unit record without zod: `undefined` unless the input is
 * certainly valid, in which case the result equals what `parseInput`
 * returns, with the same keys in the same order (a property test checks it).
 * With memos, consecutive records giving the same province, district or
 * commune share one frozen object for it.
 */
function fastUnitRecord(input: unknown, memos: readonly [RefMemo, RefMemo, RefMemo] | undefined): UnitRecord | undefined {
  if (!plain(input)) return undefined;
  let province: unknown;
  let district: unknown;
  let hasDistrict = false;
  let commune: unknown;
  let unit: unknown;
  let status: unknown;
  let member: unknown;
  let secretary: unknown;
  let cell: unknown;
  for (const key in input) {
    if (!hasOwn.call(input, key)) return undefined;
    const value = input[key];
    if (value === undefined) return undefined;
    switch (key) {
      case 'province':
        province = value;
        break;
      case 'district':
        district = value;
        hasDistrict = true;
        break;
      case 'commune':
        commune = value;
        break;
      case 'unit':
        unit = value;
        break;
      case 'leaderStatus':
        status = value;
        break;
      case 'leaderPartyMember':
        member = value;
        break;
      case 'leaderIsPartyCellSecretary':
        secretary = value;
        break;
      case 'hasPartyCell':
        cell = value;
        break;
      default:
        return undefined;
    }
  }
  if (status !== 'elected' && status !== 'interim' && status !== 'vacant') return undefined;
  const p = readAdminRef(province, memos?.[0]);
  if (p === FAIL) return undefined;
  let d: AdminRef | null | undefined;
  if (hasDistrict && !isBlank(district)) {
    if (district === null) d = null;
    else {
      const ref = readAdminRef(district, memos?.[1]);
      if (ref === FAIL) return undefined;
      d = ref;
    }
  }
  const c = readAdminRef(commune, memos?.[2]);
  if (c === FAIL) return undefined;
  const u = unitOf(unit);
  if (u === FAIL) return undefined;
  const m = flagOf(member);
  const s = flagOf(secretary);
  const h = flagOf(cell);
  if (m === FAIL || s === FAIL || h === FAIL) return undefined;
  const out: { -readonly [K in keyof UnitRecord]: UnitRecord[K] } = d === undefined ? { province: p, commune: c, unit: u, leaderStatus: status } : { province: p, district: d, commune: c, unit: u, leaderStatus: status };
  if (m !== undefined) out.leaderPartyMember = m;
  if (s !== undefined) out.leaderIsPartyCellSecretary = s;
  if (h !== undefined) out.hasPartyCell = h;
  return out;
}

/**
 * Parses one unit record: the same result as
 * `parseInput(unitRecordSchema, input)`, several times faster on well-formed
 * records (reports read 100 000 of them at a time); anything unusual goes
 * through the zod schema, which stays the single source of truth for what is
 * valid and for the coded issues.
 *
 * @example
 * parseUnitRecord({ province: { code: '62' }, commune: { code: '23284' }, unit: { name: 'Thôn 1', kind: 'thon' }, leaderStatus: 'vacant' }).ok // true
 */
export function parseUnitRecord(input: unknown): ParseResult<UnitRecord> {
  return readUnitRecord(input, undefined);
}

/**
 * The fast path when it is sure, else zod. Never throws: an input the fast
 * path cannot read (a throwing getter, a revoked proxy) goes to
 * `parseInput`, which reports it as `input.unreadable`.
 */
function readUnitRecord(input: unknown, memos: readonly [RefMemo, RefMemo, RefMemo] | undefined): ParseResult<UnitRecord> {
  let fast: UnitRecord | undefined;
  try {
    fast = fastUnitRecord(input, memos);
  } catch {
    fast = undefined;
  }
  return fast !== undefined ? { ok: true, value: fast } : parseInput(unitRecordSchema, input);
}

/**
 * A {@link parseUnitRecord} for a batch: the same results (equal values, same
 * keys in the same order), except that consecutive records giving the same
 * province, district or commune (same code and name, as given) share one
 * frozen object for it, which is read and checked once. Records of one
 * commune usually come together, so a report over 100 000 units reads a few
 * thousand admin refs instead of 300 000. Treat the values as read-only.
 *
 * @example
 * const read = unitRecordReader();
 * const parsed = rows.map((row) => read(row)); // ParseResult<UnitRecord>[]
 */
export function unitRecordReader(): (input: unknown) => ParseResult<UnitRecord> {
  const memo = (): RefMemo => ({ code: undefined, name: undefined, hasName: false, ref: undefined });
  const memos = [memo(), memo(), memo()] as const;
  return (input) => readUnitRecord(input, memos);
}
