import { displayCount, displayDate, fieldLabel, findProvince } from '@truongthon/rules';
import { rowChecker } from '../check';
import { FieldResolver } from '../io/candidateRow';
import { acceptedHeaders, CANDIDATE_FIELDS, type CandidateField, fieldForHeader, isSilentlyIgnored, REQUIRED_FIELDS } from '../io/headers';
import { type OpenedFile, sheetNotes } from '../io/open';
import type { SourceRow } from '../io/types';
import { CliError, cliMessage, type Lang, sanitize } from '../messages';
import { overlaysOption } from '../overlays';
import { colorsFor } from '../render/color';
import { isSettled } from '../render/sink';
import { type CheckRecord, type Verdict, VERDICTS, verdictLabel } from '../render/record';
import { checkLayout, OUTPUT_FORMATS, tableWriter } from '../render/writers';
import { writeCheckRecordJson } from '../render/recordJson';
import { openRecordWriter, outputFormat } from './output';
import { afterLawReview, checkHeader, choiceOption, dateOption, EXIT, type FileOptions, inputOptions, type Io, lawNotReviewedText, note, openInput } from './common';

/** Raw options of `truongthon check`, as commander gives them. */
export interface CheckCommandOptions extends FileOptions {
  readonly electionDate?: string;
  readonly province?: string;
  readonly today?: string;
  /** `false` with `--no-policy`: the Party-policy advice is left out. */
  readonly policy?: boolean;
  /** `--overlays PATH` (repeatable): province data files or folders of them. */
  readonly overlays?: readonly string[];
}

/**
 * `truongthon check FILE`: one record per input row, streamed to the
 * chosen format; summary and notices on stderr; progress bar on stderr when
 * it is a terminal and the records go elsewhere. Returns the exit code.
 */
export async function runCheck(file: string, raw: CheckCommandOptions, lang: Lang, io: Io): Promise<number> {
  const electionDate = dateOption(raw.electionDate, '--election-date');
  const today = dateOption(raw.today, '--today') ?? io.today();
  const requested = choiceOption(raw.format, '--format', OUTPUT_FORMATS);
  const input = inputOptions(raw);
  const province = raw.province?.trim() || undefined;
  if (province !== undefined && electionDate !== undefined && !findProvince(province, electionDate)) {
    throw new CliError('cli.unknown-province', { province, date: electionDate });
  }
  const overlays = await overlaysOption(raw.overlays, lang);
  const format = outputFormat(file, requested, raw.out, io);
  const quiet = raw.quiet === true;
  const errColors = colorsFor(io.stderr, io.env);

  const [source, resolver] = await openInput(file, input, (opened) => prepareResolver(opened, electionDate, lang, quiet ? undefined : (text) => note(io, errColors.yellow(text))));

  const writer = await openRecordWriter(format, raw.out, checkLayout(lang), (sink, stream) => tableWriter(sink, lang, colorsFor(stream, io.env)), io, raw.bom !== false, writeCheckRecordJson);
  const counts: Record<Verdict, number> = { eligible: 0, ineligible: 0, undetermined: 0, invalid: 0 };
  const contexts: Contexts = { lines: new Map() };
  const bar = !quiet && io.stderr.isTTY === true && (raw.out !== undefined || io.stdout.isTTY !== true) ? await progressBar(io, lang, source) : undefined;
  let total = 0;
  let idLimit: number | undefined;
  // What the summary says besides the counts: inputs some row lacked, and whether a row's election lies after the law was last reviewed.
  const missing = new Set<string>();
  let notReviewed = afterLawReview(electionDate);
  const check = rowChecker(resolver, {
    lang,
    today,
    date1904: source.date1904,
    onIdLimit: (limit) => {
      idLimit = limit;
    },
    ...(electionDate ? { electionDate } : {}),
    ...(province ? { province } : {}),
    ...(raw.policy === false ? { policy: false } : {}),
    ...(raw.details === true ? { details: true } : {}),
    overlays,
  });
  try {
    // Rows a batch at a time when the reader can (CSV), else one at a time; one record per row, in order.
    const batches: AsyncIterable<readonly SourceRow[]> = source.batches ?? oneByOne(source.rows);
    for await (const batch of batches) {
      for (const row of batch) {
        const record = check(row);
        const written = writer.write(record);
        // Wait only when the output is full (backpressure) or the writer works asynchronously.
        if (!isSettled(written)) await written;
        counts[record.verdict] += 1;
        total += 1;
        for (const path of record.missing) missing.add(path);
        if (!notReviewed) notReviewed = record.findings.some((f) => f.code === 'law.not-reviewed');
        rememberContext(contexts, record, lang);
        bar?.row(total);
      }
    }
    bar?.done(total);
  } finally {
    bar?.stop();
    await source.close();
  }
  await writer.end();

  if (!quiet) {
    const unknown = [...resolver.unknown].filter((h) => !isSilentlyIgnored(h));
    if (unknown.length > 0) note(io, errColors.yellow(cliMessage('cli.columns-ignored', { columns: unknown.map(sanitize).join(', ') }, lang)));
    const absent = absentColumns(resolver, missing);
    // The labels are the rules' own (no control characters); placed after rendering so that a long list is not cut at 200 characters like a cell value.
    if (absent.length > 0) note(io, errColors.yellow(cliMessage('cli.columns-absent', { fields: '@@' }, lang).replace('@@', absent.map((f) => fieldLabel(f, lang)).join('; '))));
    if (idLimit !== undefined) note(io, errColors.yellow(cliMessage('cli.duplicate-check-limited', { limit: idLimit }, lang)));
    for (const line of contexts.lines.values()) note(io, errColors.dim(line));
    if (notReviewed) note(io, errColors.yellow(lawNotReviewedText(lang)));
    for (const line of sheetNotes(source, lang)) note(io, errColors.dim(line));
    note(io, summaryLine(counts, total, lang, errColors));
  }
  return total === counts.eligible ? EXIT.ok : EXIT.notAllEligible;
}

async function* oneByOne(rows: AsyncIterable<SourceRow>): AsyncGenerator<readonly SourceRow[]> {
  for await (const row of rows) yield [row];
}

/** Checks the header of a tabular file (required, duplicate and unknown columns) and builds the field resolver. */
function prepareResolver(source: OpenedFile, electionDate: string | undefined, lang: Lang, notice: ((text: string) => void) | undefined): FieldResolver {
  const mapping = checkHeader(source, fieldForHeader, REQUIRED_FIELDS, lang, acceptedHeaders);
  if (mapping === undefined) return new FieldResolver();
  if (electionDate === undefined && !mapping.fields.has('electionDate')) throw new CliError('cli.election-date-missing');
  if (notice) {
    const ignored = mapping.ignored.filter((c) => !isSilentlyIgnored(c.header));
    if (ignored.length > 0) notice(cliMessage('cli.columns-ignored', { columns: ignored.map((c) => c.header).join(', ') }, lang));
  }
  return new FieldResolver(mapping);
}

/**
 * The inputs some row lacked (its `missing`, as the rules in force on its
 * election date listed them) that the file has no column for, in field
 * order: what the rules ask is theirs to say, so a file for a 2021 election
 * is not asked for the 2026 fields, nor the other way round. Files read
 * without a header mapping (JSON) have no columns to name.
 */
function absentColumns(resolver: FieldResolver, missing: ReadonlySet<string>): CandidateField[] {
  const mapping = resolver.mapping;
  if (mapping === undefined) return [];
  return CANDIDATE_FIELDS.filter((field) => missing.has(field) && !mapping.fields.has(field));
}

/**
 * What the progress bar shows of an input, only what is known to be true:
 * - `bytes`: the share of a text file (CSV, JSON, NDJSON) read, which the
 *   parser reads a buffer ahead of the rows, so it stays under 100 % until
 *   the last row is checked ({@link progressValue});
 * - `rows`: for a workbook, the rows read and the time taken, no share: its
 *   sheet is a compressed part inflated a chunk ahead of the rows, so the
 *   bytes of the file read run ahead of the rows by as much as a chunk
 *   inflates to (a whole well-compressed sheet by its first rows), and how
 *   many rows it has is not known before they are read; the same for
 *   standard input, whose size is not known.
 */
export function progressKind(source: { readonly format: string; readonly size: number | null }): 'bytes' | 'rows' {
  return source.format !== 'xlsx' && source.size !== null && source.size > 0 ? 'bytes' : 'rows';
}

/** The bar's value for `read` bytes of a `size`-byte text file, before the last row is checked: under 100 %. */
export function progressValue(read: number, size: number): number {
  return Math.max(0, Math.min(read, size - 1));
}

/** The progress bar on stderr: {@link progressKind}. `row` after each row checked, `done` once all are. */
interface Progress {
  row(rows: number): void;
  done(rows: number): void;
  stop(): void;
}

/** The progress bar on stderr (cli-progress is loaded only then: it costs start-up time for nothing otherwise). */
async function progressBar(io: Io, lang: Lang, source: OpenedFile): Promise<Progress> {
  const { default: cliProgress } = await import('cli-progress');
  const kind = progressKind(source);
  const size = source.size ?? 0;
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr,
      format: cliMessage(kind === 'bytes' ? 'out.progress' : 'out.progress-rows', {}, lang),
      hideCursor: true,
      clearOnComplete: true,
      fps: 10,
      noTTYOutput: false,
    },
    cliProgress.Presets.shades_classic,
  );
  // A count of rows has no end to reach: its "total" is never shown.
  bar.start(kind === 'bytes' ? size : 1, 0, { rows: 0 });
  return {
    row: kind === 'bytes' ? (rows) => bar.update(progressValue(source.bytesRead(), size), { rows }) : (rows) => bar.update(0, { rows }),
    done: (rows) => bar.update(kind === 'bytes' ? size : 0, { rows }),
    stop: () => bar.stop(),
  };
}

/** The summary lines of the contexts met (at most 5), and the regime, term and province of the last record remembered. */
interface Contexts {
  readonly lines: Map<string, string>;
  last?: { readonly regime: object; readonly term: object | null; readonly province: object | null };
}

function rememberContext(contexts: Contexts, record: CheckRecord, lang: Lang): void {
  if (!record.regime || record.verdict === 'invalid' || contexts.lines.size >= 5) return;
  // The same (shared, frozen) objects as the last record: already remembered.
  const last = contexts.last;
  if (last && last.regime === record.regime && last.term === record.term && last.province === record.province && Object.isFrozen(record.regime)) return;
  contexts.last = { regime: record.regime, term: record.term, province: record.province };
  const key = `${record.regime.id}|${record.term?.label ?? ''}|${record.province?.code ?? ''}`;
  if (contexts.lines.has(key)) return;
  const term = record.term ? `${record.term.label} (${displayDate(record.term.start, lang)} → ${displayDate(record.term.end, lang)})` : cliMessage('out.no-term', {}, lang);
  const regime = `${record.regime.id}: ${record.regime.name}${record.province ? ` · ${record.province.name}` : ''}`;
  contexts.lines.set(key, cliMessage('out.summary-context', { regime, term }, lang));
}

/** The per-verdict summary line printed on stderr. */
export function summaryLine(counts: Readonly<Record<Verdict, number>>, total: number, lang: Lang, colors = colorsFor({ isTTY: false })): string {
  const paint: Readonly<Record<Verdict, (s: string) => string>> = { eligible: colors.green, ineligible: colors.red, undetermined: colors.yellow, invalid: colors.magenta };
  const parts = VERDICTS.map((v) => paint[v](`${verdictLabel(v, lang)}: ${displayCount(counts[v], lang)}`));
  return colors.bold(cliMessage('out.summary', { total: displayCount(total, lang), counts: '@@' }, lang)).replace('@@', parts.join(', '));
}
