import type { Confidence, IsoDate } from '@truongthon/core';
import type { SourceCitation } from '../sources';

/** One value of a law parameter for a period, with the text that sets it. */
export interface ParameterValue<T> {
  readonly from: IsoDate;
  /** Last day (inclusive); `null`: open-ended. */
  readonly to: IsoDate | null;
  readonly value: T;
  /** The texts that set this value, each a document of `SOURCES`. */
  readonly citations: readonly SourceCitation[];
  readonly confidence: Confidence;
}

/**
 * A national law parameter as one dated series (OpenFisca style): one id,
 * several values, each with the text that sets it. Periods must not overlap;
 * a day outside every period has no value.
 */
export interface LawParameter<T = unknown> {
  /** Stable id, e.g. `TERM.LENGTH_YEARS`. */
  readonly id: string;
  /** What the parameter is about: `term`, `units`, `procedure`, … */
  readonly area: string;
  /** English one-line summary, for listings. */
  readonly summary: string;
  readonly values: readonly ParameterValue<T>[];
}

/** Defines a law parameter, keeping its value type. Identity at run time. */
export function defineParameter<T>(parameter: LawParameter<T>): LawParameter<T> {
  return parameter;
}

/**
 * The value of a parameter in force on a date, or `undefined` when no period
 * covers it.
 *
 * @example
 * parameterOn(TERM_LENGTH, '2026-10-18')?.value // 5
 */
export function parameterOn<T>(parameter: LawParameter<T>, date: IsoDate): ParameterValue<T> | undefined {
  return parameter.values.find((v) => date >= v.from && (v.to === null || date <= v.to));
}
