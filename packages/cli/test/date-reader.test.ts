import { TZDate } from '@date-fns/tz';
import { format, isValid, parse } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coerceDate } from '../src/io/coerce';

/*
 * Issue 15, item 1: dates people type are read by one reader (`coerceDate`,
 * for cells and date options alike). date-fns is its independent reference:
 * on every day people can write as d/M/yyyy (any of / . - between the
 * parts, with or without leading zeros) or yyyy-MM-dd, the reader says what
 * date-fns's parse says: the same day, or no such day. (date-fns is not the
 * reader itself: its parse costs about 7 µs a cell, see docs/ARCHITECTURE.md.)
 */
const REFERENCE = new TZDate(2000, 0, 1, 'UTC');

/**
 * Whether the machine's zone skipped this (real) day: date-fns's parse then
 * moves it to the next day whatever the reference's zone (Kiritimati skipped
 * 31/12/1994; measured with date-fns 4.4 and @date-fns/tz 1.5). The reader
 * counts days and has no zone: such a day is compared with the calendar only.
 */
function zoneSkipped(year: number, month: number, day: number): boolean {
  const utc = new Date(Date.UTC(year, month - 1, day));
  const real = utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day;
  const local = new Date(year, month - 1, day);
  return real && (local.getFullYear() !== year || local.getMonth() !== month - 1 || local.getDate() !== day);
}

/** What date-fns reads from `text` with `pattern`: the ISO day, or `null` for no such day. */
function dateFns(text: string, pattern: string): string | null {
  const date = parse(text, pattern, REFERENCE);
  return isValid(date) ? format(date, 'yyyy-MM-dd') : null;
}

function reader(text: string): string | null {
  const read = coerceDate(text);
  return read.ok ? read.value : null;
}

const RUNS = Number(process.env['FUZZ_RUNS'] ?? 2000);
const parts = fc.record({ year: fc.integer({ min: 1900, max: 2100 }), month: fc.integer({ min: 1, max: 12 }), day: fc.integer({ min: 1, max: 31 }), pad: fc.boolean(), separator: fc.constantFrom('/', '.', '-') });
const two = (n: number, pad: boolean) => (pad ? String(n).padStart(2, '0') : String(n));

describe('the date reader agrees with date-fns', () => {
  it('day first, as people write it: the same day, or no such day for both', () => {
    fc.assert(
      fc.property(parts, ({ year, month, day, pad, separator }) => {
        fc.pre(!zoneSkipped(year, month, day));
        const text = `${two(day, pad)}${separator}${two(month, pad)}${separator}${year}`;
        expect(reader(text), text).toBe(dateFns(text, `d${separator}M${separator}yyyy`));
      }),
      { numRuns: RUNS },
    );
  });

  it('ISO: the same day, or no such day for both', () => {
    fc.assert(
      fc.property(parts, ({ year, month, day }) => {
        fc.pre(!zoneSkipped(year, month, day));
        const text = `${year}-${two(month, true)}-${two(day, true)}`;
        expect(reader(text), text).toBe(dateFns(text, 'yyyy-MM-dd'));
      }),
      { numRuns: RUNS },
    );
  });

  it('the days the law turns on, and a day one zone skipped (Kiritimati, 31/12/1994), both ways', () => {
    for (const [text, iso] of [['29/02/2000', '2000-02-29'], ['29/02/1900', null], ['29/02/2024', '2024-02-29'], ['31/04/2021', null], ['26/05/2026', '2026-05-26'], ['1/7/2023', '2023-07-01'], ['31/12/1994', '1994-12-31']] as const) {
      expect(reader(text), text).toBe(iso);
      const [day, month, year] = text.split('/').map(Number) as [number, number, number];
      if (!zoneSkipped(year, month, day)) expect(dateFns(text, 'd/M/yyyy'), text).toBe(iso);
    }
  });
});
