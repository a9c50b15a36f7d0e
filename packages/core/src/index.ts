/**
 * @packageDocumentation
 * The pure domain of truongthon: zod schemas for the inputs, a small
 * synchronous rule engine (verdict, findings with citations, trace), and
 * legal-date arithmetic on `YYYY-MM-DD` strings. No I/O, no DOM, no clock.
 *
 * @module @truongthon/core
 */
export * from './calendar/index';
export * from './term/index';
export * from './engine/index';
export * from './schema/index';
export * from './text/index';
export * from './audit/index';
export * from './tally/index';
export * from './report/index';
