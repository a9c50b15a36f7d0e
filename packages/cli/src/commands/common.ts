import type { Writable } from 'node:stream';
import { isIsoDate } from '@truongthon/core';
import { formatMessage, LAW_REVIEWED_THROUGH, lawNotReviewed, ruleAppliesOn } from '@truongthon/rules';
import { CliError, type Lang } from '../messages';

/** The process surroundings a command runs in (injected for tests). */
export interface Io {
  readonly stdout: Writable & { readonly isTTY?: boolean };
  readonly stderr: Writable & { readonly isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
  /** Today's date (`YYYY-MM-DD`), read from the clock only here. */
  readonly today: () => string;
}

/**
 * Exit codes, documented in `--help` and the README. `usage` (2) is also
 * the code of every run that did not complete (an unreadable or incomplete
 * file, an output not written, a closed pipe): the process starts with it
 * (bin.ts) and only a completed run lowers it.
 */
export const EXIT = { ok: 0, notAllEligible: 1, usage: 2 } as const;

/** The input file of the run in progress: what bin.ts names if the process ends before the run completed. */
export const RUN: { input: string | undefined } = { input: undefined };

/**
 * Today's date in Vietnam (Asia/Ho_Chi_Minh), whatever the machine's time
 * zone: the CLI is the one place a clock is read. Vietnam keeps UTC+7 all
 * year (no daylight saving since 1975, as the tz database records), so this
 * is the UTC date seven hours on: no Intl time-zone data to load (~25 ms at
 * start-up).
 *
 * @example
 * todayInVietnam(new Date('2026-12-03T17:30:00Z')) // '2026-12-04'
 */
export function todayInVietnam(now: Date = new Date()): string {
  return new Date(now.getTime() + VIETNAM_OFFSET_MS).toISOString().slice(0, 10);
}

const VIETNAM_OFFSET_MS = 7 * 3_600_000;

/** The real process surroundings. */
export function processIo(): Io {
  return { stdout: process.stdout, stderr: process.stderr, env: process.env, today: () => todayInVietnam() };
}

/** Validates a `YYYY-MM-DD` option value naming a real day. */
export function dateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const trimmed = value.trim();
  if (!isIsoDate(trimmed)) throw new CliError('cli.option-date', { option });
  return trimmed;
}

/** Validates an option against allowed values. */
export function choiceOption<T extends string>(value: string | undefined, option: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) throw new CliError('cli.option-value', { option, allowed: allowed.join(', ') });
  return v as T;
}

/** Writes one line of text (a notice, a summary) to stderr. */
export function note(io: Io, text: string): void {
  io.stderr.write(`${text}\n`);
}

/** The language option, validated. */
export function langOption(value: string | undefined): Lang {
  return choiceOption(value, '--lang', ['vi', 'en'] as const) ?? 'vi';
}

/**
 * Whether an election or meeting date (as read: maybe not a date at all)
 * lies after the day the rules were last checked against the law: the
 * validity window of the rules' own `LAW.NOT_REVIEWED`.
 */
export function afterLawReview(date: unknown): boolean {
  return typeof date === 'string' && isIsoDate(date) && ruleAppliesOn(lawNotReviewed, date);
}

/**
 * The rules' warning `law.not-reviewed` (the rules were reviewed up to
 * `LAW_REVIEWED_THROUGH` and may have changed since), from their catalogue:
 * what the summary of `check` and `tally` says once when a record is dated
 * after that day.
 */
export function lawNotReviewedText(lang: Lang): string {
  return formatMessage('law.not-reviewed', { reviewedThrough: LAW_REVIEWED_THROUGH }, lang);
}
