import type { Writable } from 'node:stream';
import { isIsoDate } from '@truongthon/core';
import { coerceDate } from '../io/coerce';
import { suggest } from '../suggest';
import { fieldLabel, formatMessage, LAW_REVIEWED_THROUGH, lawNotReviewed, ruleAppliesOn } from '@truongthon/rules';
import { type FieldLookup, type HeaderMapping, mapColumns } from '../io/fields';
import { INPUT_FORMATS, openFile, type OpenedFile, type OpenOptions } from '../io/open';
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
export const RUN: {
  input: string | undefined;
  /** A command that handles SIGINT/SIGTERM/SIGHUP itself (`serve`: a graceful stop); returns `true` when it took the signal. */
  onSignal?: ((signal: NodeJS.Signals) => boolean) | undefined;
} = { input: undefined };

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

/**
 * Reads a date option as a date cell is read (`coerceDate`): `dd/MM/yyyy`
 * as people write it, or `YYYY-MM-DD`, naming a real day; never a two-digit
 * year, a time, or a bare number (an Excel serial means nothing on a
 * command line). Returns the ISO date.
 *
 * @example
 * dateOption('10/01/2021', '--election-date') // '2021-01-10'
 * dateOption('2021-01-10', '--election-date') // '2021-01-10'
 */
export function dateOption(value: string | undefined, option: string): string | undefined {
  if (value === undefined) return undefined;
  const read = /^\s*\d+(\.\d+)?\s*$/u.test(value) ? undefined : coerceDate(value);
  if (read === undefined || !read.ok || read.value === null) throw new CliError('cli.option-date', { option });
  return read.value;
}

/** Validates an option against allowed values. */
export function choiceOption<T extends string>(value: string | undefined, option: string, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (!(allowed as readonly string[]).includes(v)) {
    const close = suggest(v, allowed);
    throw close.length > 0
      ? new CliError('cli.option-value-suggest', { option, allowed: allowed.join(', '), suggestion: close.join(', ') })
      : new CliError('cli.option-value', { option, allowed: allowed.join(', ') });
  }
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

/** `--format table|json` of the commands that print one answer: table on a terminal, JSON otherwise. */
export function tableOrJson(value: string | undefined, io: Io): 'table' | 'json' {
  return choiceOption(value, '--format', ['table', 'json'] as const) ?? (io.stdout.isTTY ? 'table' : 'json');
}

/** Raw options of the commands that read a file (`check`, `tally`, `report`), as commander gives them. */
export interface FileOptions {
  readonly lang?: string;
  readonly format?: string;
  readonly out?: string;
  readonly encoding?: string;
  readonly sheet?: string;
  readonly headerRow?: string;
  readonly inputFormat?: string;
  readonly quiet?: boolean;
  readonly bom?: boolean;
  /** `--details`: citations with their confidence and maintainers' notes (left out of text for officials otherwise). */
  readonly details?: boolean;
}

/** How to open the input file: `--input-format`, `--encoding`, `--sheet` and `--header-row`, validated. */
export function inputOptions(raw: FileOptions): OpenOptions {
  const format = choiceOption(raw.inputFormat, '--input-format', INPUT_FORMATS);
  const headerRow = raw.headerRow === undefined ? 1 : Number(raw.headerRow);
  if (!Number.isInteger(headerRow) || headerRow < 1 || headerRow > 1_048_576) throw new CliError('cli.option-integer', { option: '--header-row', min: 1, max: 1_048_576 });
  return {
    ...(format ? { format } : {}),
    ...(raw.encoding !== undefined ? { encoding: raw.encoding } : {}),
    ...(raw.sheet !== undefined ? { sheet: raw.sheet } : {}),
    headerRow,
  };
}

/** Opens the input file and checks its header with `prepare`; the file is closed when the header is refused. */
export async function openInput<T>(file: string, options: OpenOptions, prepare: (source: OpenedFile) => T): Promise<[OpenedFile, T]> {
  const source = await openFile(file, options);
  try {
    return [source, prepare(source)];
  } catch (error) {
    await source.close();
    throw error;
  }
}

/**
 * Maps the header of a tabular file (none for JSON: `undefined`), refusing
 * two columns for one field and a required field without a column.
 */
export function checkHeader<F extends string>(source: OpenedFile, lookup: FieldLookup<F>, required: readonly F[], lang: Lang, accepted: (field: F) => string = (f) => `"${f}"`): HeaderMapping<F> | undefined {
  if (source.columns === null) return undefined;
  const mapping = mapColumns(source.columns, lookup);
  const conflict = mapping.conflicts[0];
  if (conflict) throw new CliError('cli.header-duplicate-field', { field: fieldName(conflict.field, lang), first: conflict.first.header, second: conflict.second.header });
  for (const field of required) if (!mapping.fields.has(field)) throw new CliError('cli.header-missing', { column: fieldName(field, lang), accepted: accepted(field) });
  return mapping;
}

/** A field's label from the rules (a meeting's `candidate.*` columns are the rules' `candidates.*`). */
function fieldName(field: string, lang: Lang): string {
  return fieldLabel(field.replace(/^candidate\./u, 'candidates.'), lang);
}

/** The text and number parameters of a rules issue (what a message can show). */
export function textParams(params: Readonly<Record<string, unknown>>): Record<string, string | number> {
  return Object.fromEntries(Object.entries(params).filter(([, v]) => typeof v === 'string' || typeof v === 'number')) as Record<string, string | number>;
}
