import * as z from 'zod/mini';
import { isoDateSchema, textSchema } from './primitives';

/**
 * What an eligibility check is about: the election (meeting) date, which
 * chooses the legal regime and is the date age is counted on, and the
 * province (code or name), which chooses provincial overlays such as the term
 * length. "Today" is never read from a clock: pass it if you need it.
 */
export const electionContextSchema = z.strictObject({
  /** Ngày bầu cử (the community meeting), `YYYY-MM-DD`. */
  electionDate: isoDateSchema,
  /** Province code (e.g. `46`) or name (e.g. `Thừa Thiên Huế`), read on `electionDate`. */
  province: z.optional(z.nullable(textSchema(100))),
});

export type ElectionContextInput = z.input<typeof electionContextSchema>;
export type ElectionContext = z.output<typeof electionContextSchema>;
