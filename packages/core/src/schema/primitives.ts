import * as z from 'zod/mini';
import { isIsoDate } from '../calendar/isoDate';
import { compactCitizenId } from '../text/citizenId';
import { normalizeText } from '../text/normalizeText';

/** A legal date `YYYY-MM-DD` naming a real day; anything else gets `input.invalid-date`. */
export const isoDateSchema = z.string().check(
  z.refine((value) => isIsoDate(value), { params: { code: 'input.invalid-date' } }),
);

/** Free text: normalised to NFC and trimmed, then bounded (1..max characters). */
export function textSchema(max: number) {
  return z.string().check(
    z.overwrite(normalizeText),
    z.minLength(1),
    z.maxLength(max),
  );
}

/** A yes/no answer that may be unknown (`null` or absent: not known yet). */
export const flagSchema = z.optional(z.nullable(z.boolean()));

/** An administrative-unit code (mã đơn vị hành chính): digits only, as issued. */
export const unitCodeSchema = z.string().check(
  z.overwrite((value) => value.trim()),
  z.refine((value) => /^\d{1,8}$/u.test(value), { params: { code: 'input.invalid-unit-code' } }),
);

/** A personal identification number (số định danh cá nhân / CCCD) as typed: spaces and separators are taken out; its structure is checked with the record it belongs to. */
export const citizenIdSchema = z.string().check(z.overwrite(compactCitizenId));
