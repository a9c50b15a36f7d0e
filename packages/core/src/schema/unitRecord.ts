import * as z from 'zod/mini';
import { parseInput, type ParseResult } from './parse';
import { flagSchema, textSchema, unitCodeSchema } from './primitives';
import { isNormalText, normalizeText } from '../text/normalizeText';

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
    /** `thon` (thôn, làng, ấp, bản, buôn…) or `to_dan_pho` (tổ dân phố, khu phố…). */
    kind: z.enum(['thon', 'to_dan_pho']),
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

/** Exposed for tests only. */
export const __alreadyNormal = isNormalText;

const FAIL = Symbol('fail');
type Fail = typeof FAIL;

function plain(value: unknown): value is Record<string, unknown> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/** Only `allowed` keys, none of them explicitly `undefined`. */
function onlyKeys(value: Record<string, unknown>, allowed: readonly string[]): boolean {
  for (const key in value) {
    if (!allowed.includes(key) || value[key] === undefined) return false;
  }
  return true;
}

const isBlank = (v: unknown): boolean => typeof v === 'string' && v.trim() === '';

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

const ADMIN_KEYS = ['code', 'name'] as const;
const UNIT_KEYS = ['code', 'name', 'kind'] as const;
const RECORD_KEYS = ['province', 'district', 'commune', 'unit', 'leaderStatus', 'leaderPartyMember', 'leaderIsPartyCellSecretary', 'hasPartyCell'] as const;

function adminRefFast(v: unknown): { code: string; name?: string | null } | Fail {
  if (!plain(v) || !onlyKeys(v, ADMIN_KEYS)) return FAIL;
  const code = adminCode(v['code']);
  if (code === FAIL) return FAIL;
  const out: { code: string; name?: string | null } = { code };
  if ('name' in v && !isBlank(v['name'])) {
    if (v['name'] === null) out.name = null;
    else {
      const name = text(v['name'], 200);
      if (name === FAIL) return FAIL;
      out.name = name;
    }
  }
  return out;
}

function flag(record: Record<string, unknown>, key: string, out: Record<string, unknown>): boolean {
  if (!(key in record)) return true;
  const v = record[key];
  if (isBlank(v)) return true;
  if (v === null || v === true || v === false) {
    out[key] = v;
    return true;
  }
  return false;
}

/**
 * A well-formed unit record without zod: `undefined` unless the input is
 * certainly valid, in which case the result equals what `parseInput`
 * returns (a property test checks it). Used by {@link parseUnitRecord}.
 */
function fastUnitRecord(input: unknown): UnitRecord | undefined {
  if (!plain(input) || !onlyKeys(input, RECORD_KEYS)) return undefined;
  const province = adminRefFast(input['province']);
  const commune = adminRefFast(input['commune']);
  if (province === FAIL || commune === FAIL) return undefined;
  const out: Record<string, unknown> = { province };
  if ('district' in input && !isBlank(input['district'])) {
    if (input['district'] === null) out['district'] = null;
    else {
      const district = adminRefFast(input['district']);
      if (district === FAIL) return undefined;
      out['district'] = district;
    }
  }
  out['commune'] = commune;
  const u = input['unit'];
  if (!plain(u) || !onlyKeys(u, UNIT_KEYS)) return undefined;
  const unit: Record<string, unknown> = {};
  if ('code' in u && !isBlank(u['code'])) {
    if (u['code'] === null) unit['code'] = null;
    else {
      const code = text(u['code'], 50);
      if (code === FAIL) return undefined;
      unit['code'] = code;
    }
  }
  const name = text(u['name'], 200);
  if (name === FAIL) return undefined;
  unit['name'] = name;
  if (u['kind'] !== 'thon' && u['kind'] !== 'to_dan_pho') return undefined;
  unit['kind'] = u['kind'];
  out['unit'] = unit;
  const status = input['leaderStatus'];
  if (status !== 'elected' && status !== 'interim' && status !== 'vacant') return undefined;
  out['leaderStatus'] = status;
  if (!flag(input, 'leaderPartyMember', out) || !flag(input, 'leaderIsPartyCellSecretary', out) || !flag(input, 'hasPartyCell', out)) return undefined;
  return out as UnitRecord;
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
  const fast = fastUnitRecord(input);
  return fast !== undefined ? { ok: true, value: fast } : parseInput(unitRecordSchema, input);
}
