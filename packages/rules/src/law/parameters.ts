import type { IsoDate } from '@truongthon/core';
import { listingDate } from '../callerInput';
import { PROCEDURE_PARAMETERS } from '../procedure/parameters';
import { TERM_PARAMETERS } from '../term/parameters';
import { UNIT_PARAMETERS } from '../units/parameters';
import { type LawParameter, type ParameterValue, parameterOn } from './parameter';

/** Every national law parameter of the package. Areas add theirs in their own `parameters.ts`. */
export const LAW_PARAMETERS: readonly LawParameter[] = [...TERM_PARAMETERS, ...UNIT_PARAMETERS, ...PROCEDURE_PARAMETERS];

/** A parameter as listed on a date: its id, area, summary and the value in force. */
export interface ParameterDescriptor<T = unknown> extends ParameterValue<T> {
  readonly id: string;
  readonly area: string;
  readonly summary: string;
}

/**
 * The law parameters with the value in force on `date` (those with no value
 * that day are left out), or, without a date, every value of every parameter.
 * Never throws: options that cannot be read, or a date that is not a real
 * `YYYY-MM-DD` day, give an empty list (nothing is in force on a day that
 * does not exist).
 *
 * @example
 * listParameters({ date: '2026-10-18' }).find((p) => p.id === 'TERM.LENGTH_YEARS')?.value // 5
 */
export function listParameters(options: { readonly date?: IsoDate } = {}): ParameterDescriptor[] {
  const date = listingDate(options);
  if (date === null) return [];
  const out: ParameterDescriptor[] = [];
  for (const parameter of LAW_PARAMETERS) {
    const values = date === undefined ? parameter.values : [parameterOn(parameter, date)].filter((v) => v !== undefined);
    for (const value of values) out.push({ id: parameter.id, area: parameter.area, summary: parameter.summary, ...value });
  }
  return out;
}
