import * as z from 'zod/mini';
import { isoDateSchema, textSchema, unitCodeSchema } from './primitives';

const codeAndName = z.strictObject({ code: unitCodeSchema, name: z.optional(textSchema(200)) });

/**
 * A community unit: thôn (village, rural) or tổ dân phố (residential group,
 * urban), with the commune, optional district and province it belongs to.
 * Administrative codes were reused after 01/07/2025, so a unit carries the
 * date its codes are read on (`validOn`).
 */
export const unitSchema = z.strictObject({
  code: z.optional(textSchema(50)),
  name: textSchema(200),
  /** `thon` (thôn, làng, ấp, bản, buôn…) or `to_dan_pho` (tổ dân phố, khu phố…). */
  kind: z.enum(['thon', 'to_dan_pho']),
  commune: codeAndName,
  /** Huyện / quận / thị xã; none after 01/07/2025. */
  district: z.optional(z.nullable(codeAndName)),
  province: codeAndName,
  /** The date the codes above are valid on. */
  validOn: isoDateSchema,
});

export type UnitInput = z.input<typeof unitSchema>;
export type Unit = z.output<typeof unitSchema>;
