import { type Citation, type Confidence, INPUT_SCHEMAS, type InputSchemaName } from '@truongthon/core';
import { citationText, displayDate, findProvince, formatMessage, lawChanges, listParameters, listRules, type ParameterChange, ruleSummary, type ParameterDescriptor, type RuleDescriptor, termLengthOn, termOn } from '@truongthon/rules';
import { CliError, type CliMessageCode, cliMessage, type Lang } from '../messages';
import { type Colors, colorsFor } from '../render/color';
import { citationsText } from '../render/record';
import { confidenceText, num } from '../render/step';
import { safeJson } from '../render/writers';
import { describedSchema } from '../serve/schemas';
import { overlaysOption } from '../overlays';
import { dateOption, EXIT, type Io, tableOrJson } from './common';

/**
 * `truongthon term --province X --date D`: the term running in a province
 * on a date, with how it was found and its legal basis. Exit 0 when found,
 * 1 when the data cannot tell (term length or calendar unknown), 2 for a
 * bad date, an unknown province or province data (`--overlays`) that cannot
 * be used.
 */
export async function runTerm(raw: { province?: string; date?: string; format?: string; overlays?: string[] }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.date, '--date')!;
  const province = (raw.province ?? '').trim();
  const format = tableOrJson(raw.format, io);
  const found = findProvince(province, date);
  if (!found) throw new CliError('cli.unknown-province', { province, date });
  const registry = await overlaysOption(raw.overlays, lang);
  const lookup = termOn(found.code, date, registry);
  if (!lookup.ok) {
    const message = formatMessage(lookup.error.code, lookup.error.params, lang);
    // The term is not known, but the province's term length on that day may be (a length without a calendar): shown with its sources.
    const length = termLengthOn(found.code, date, registry);
    const termLength = length ? { years: length.years, citations: length.citations.map((c) => citationText(c, lang, registry.documents)) } : null;
    if (format === 'json') io.stdout.write(`${safeJson({ province: found, date, term: null, termLength, error: { code: lookup.error.code, message } }, 2)}\n`);
    else {
      io.stderr.write(`${message}\n`);
      if (termLength) io.stderr.write(`${cliMessage('rules.province', { province: found.name, years: num(termLength.years, lang), citations: termLength.citations.join('; ') }, lang)}\n`);
    }
    return EXIT.notAllEligible;
  }
  const term = lookup.term;
  const citations = term.citations.map((c) => citationText(c, lang, registry.documents));
  if (format === 'json') {
    io.stdout.write(
      `${safeJson(
        {
          province: { code: found.code, name: found.name },
          date,
          term: {
            label: term.label,
            start: term.start,
            end: term.end,
            lengthYears: Number.isFinite(term.lengthYears) ? term.lengthYears : null,
            basis: term.basis,
            extendedUntil: term.extendedUntil === undefined ? undefined : term.extendedUntil,
            citations,
          },
        },
        2,
      )}\n`,
    );
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines = [
    c.bold(cliMessage('term.title', { label: term.label, province: found.name }, lang)),
    cliMessage('term.period', { start: term.start, end: term.end, years: Number.isFinite(term.lengthYears) ? num(term.lengthYears, lang) : '?' }, lang),
    cliMessage(`term.basis.${term.basis}` as CliMessageCode, {}, lang),
  ];
  if (term.extendedUntil !== undefined) lines.push(term.extendedUntil === null ? cliMessage('term.extended-open', {}, lang) : cliMessage('term.extended', { until: term.extendedUntil }, lang));
  if (citations.length > 0) lines.push(c.dim(cliMessage('term.citations', { citations: citations.join('; ') }, lang)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/** Raw options of `truongthon rules`, as commander gives them. */
export interface RulesCommandOptions {
  readonly date?: string;
  readonly province?: string;
  readonly format?: string;
  /** `--changes FROM TO` (a variadic option: commander gives every value that follows). */
  readonly changes?: readonly string[];
  /** `--details`: each rule's and value's confidence and its citations' notes in the table (JSON always has them as data). */
  readonly details?: boolean;
  /** `--overlays PATH` (repeatable): province data files or folders of them. */
  readonly overlays?: readonly string[];
}

/**
 * `truongthon rules [--date D] [--province X]`: the rules (all, or those in
 * force on a date) with kind, validity, confidence, parameters and legal
 * basis, then the law parameters (all their values, or those in force on
 * the date); with a province and a date, the province's term length too.
 * `truongthon rules --changes FROM TO`: what changed between two days (see
 * {@link runChanges}).
 */
export async function runRules(raw: RulesCommandOptions, lang: Lang, io: Io): Promise<number> {
  if (raw.changes !== undefined) return runChanges(raw, lang, io);
  const details = raw.details === true;
  const date = dateOption(raw.date, '--date');
  const format = tableOrJson(raw.format, io);
  let provinceInfo: { code: string; name: string; termLengthYears: number | null; citations: string[] } | undefined;
  if (raw.province !== undefined) {
    if (date === undefined) throw new CliError('cli.usage.missing-option', { option: '--date' });
    const found = findProvince(raw.province, date);
    if (!found) throw new CliError('cli.unknown-province', { province: raw.province, date });
    const registry = await overlaysOption(raw.overlays, lang);
    const length = termLengthOn(found.code, date, registry);
    provinceInfo = { code: found.code, name: found.name, termLengthYears: length?.years ?? null, citations: (length?.citations ?? []).map((c) => citationsText([c], lang, details, registry.documents)) };
  }
  const rules = listRules(date === undefined ? {} : { date });
  const parameters = listParameters(date === undefined ? {} : { date });
  if (format === 'json') {
    const out = {
      date: date ?? null,
      province: provinceInfo ?? null,
      rules: rules.map((r) => withCitation(r, lang, details)),
      parameters: parameters.map((p) => withCitation(p, lang, details)),
    };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const when = date ? cliMessage('rules.on', { date }, lang) : '';
  const lines: string[] = [c.bold(cliMessage('rules.title', { when, count: rules.length }, lang)), ''];
  for (const rule of rules) lines.push(...ruleLines(rule, lang, c, details), '');
  if (provinceInfo) {
    lines.push(
      provinceInfo.termLengthYears === null
        ? cliMessage('rules.province-unknown-length', { province: provinceInfo.name, date: date ?? '' }, lang)
        : cliMessage('rules.province', { province: provinceInfo.name, years: num(provinceInfo.termLengthYears, lang), citations: provinceInfo.citations.join('; ') }, lang),
      '',
    );
  }
  lines.push(c.bold(cliMessage('rules.parameters-title', { when, count: parameters.length }, lang)), '');
  for (const parameter of parameters) lines.push(...parameterLines(parameter, lang, c, details), '');
  io.stdout.write(`${lines.join('\n').replace(/\n+$/u, '')}\n`);
  return EXIT.ok;
}

/**
 * `truongthon rules --changes FROM TO`: the rules that ended and started and
 * the law parameters that started, ended or changed value between two days
 * (the library's `lawChanges`), each with its legal basis and confidence:
 * what an official needs on the day a new text takes effect. Two real
 * `YYYY-MM-DD` days are required, the second not before the first
 * (otherwise exit 2 with a coded message).
 */
export async function runChanges(raw: RulesCommandOptions, lang: Lang, io: Io): Promise<number> {
  const values = raw.changes ?? [];
  if (values.length !== 2) throw new CliError('cli.option-two-dates', { option: '--changes' });
  for (const [option, value] of [['--date', raw.date], ['--province', raw.province]] as const) {
    if (value !== undefined) throw new CliError('cli.option-conflict', { option: '--changes', other: option });
  }
  const from = dateOption(values[0], '--changes')!;
  const to = dateOption(values[1], '--changes')!;
  const format = tableOrJson(raw.format, io);
  const details = raw.details === true;
  const changes = lawChanges(from, to);
  if (changes.issues.length > 0) {
    for (const issue of changes.issues) io.stderr.write(`${formatMessage(issue.code, { ...issue.params, field: '--changes' }, lang)}\n`);
    return EXIT.usage;
  }
  const parameters = changes.parameters.map((p) => ({
    id: p.id,
    area: p.area,
    summary: p.summary,
    change: changeKind(p),
    before: p.before === null ? null : withCitation(p.before, lang, details),
    after: p.after === null ? null : withCitation(p.after, lang, details),
  }));
  if (format === 'json') {
    const out = {
      from,
      to,
      rulesEnded: changes.rulesEnded.map((r) => withCitation(r, lang, details)),
      rulesStarted: changes.rulesStarted.map((r) => withCitation(r, lang, details)),
      parameters,
    };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines: string[] = [c.bold(cliMessage('rules.changes-title', { from, to }, lang)), ''];
  if (changes.rulesEnded.length + changes.rulesStarted.length + parameters.length === 0) lines.push(cliMessage('rules.changes-none', {}, lang));
  for (const [title, rules] of [['rules.ended', changes.rulesEnded], ['rules.started', changes.rulesStarted]] as const) {
    if (rules.length === 0) continue;
    lines.push(c.bold(cliMessage(title, { count: rules.length }, lang)), '');
    for (const rule of rules) lines.push(...ruleLines(rule, lang, c, details), '');
  }
  if (parameters.length > 0) {
    lines.push(c.bold(cliMessage('rules.parameters-changed', { count: parameters.length }, lang)), '');
    for (const p of parameters) {
      lines.push(`${c.bold(p.id)}  [${p.area}]  ${cliMessage(`rules.change.${p.change}`, {}, lang)}`, `  ${ruleSummary(p, lang)}`);
      for (const [label, date, value] of [['rules.before', from, p.before], ['rules.after', to, p.after]] as const) {
        lines.push(`  ${cliMessage(label, { date }, lang)}: ${value === null ? cliMessage('rules.none', {}, lang) : valueText(value.value, lang)}`);
        if (value !== null) lines.push(c.dim(`    ${validity(value, lang, details)}`), ...basisLines(value.citations, lang, c, '    ', details));
      }
      lines.push('');
    }
  }
  io.stdout.write(`${lines.join('\n').replace(/\n+$/u, '')}\n`);
  return EXIT.ok;
}

/** Whether a parameter started, ended or changed value between the two days. */
function changeKind(change: ParameterChange): 'started' | 'ended' | 'changed' {
  return change.before === null ? 'started' : change.after === null ? 'ended' : 'changed';
}

/**
 * A rule or parameter value as output in JSON: as the library lists it
 * (citations as data, with confidence and notes), plus its citations as
 * text (with confidence and notes only with `--details`).
 */
function withCitation<T extends { readonly citations: readonly Citation[] }>(item: T, lang: Lang, details: boolean): T & { readonly citation: string } {
  return { ...item, citation: citationsText(item.citations, lang, details) };
}

/** The validity line of a rule or parameter value: `in force FROM → TO`, then `· confidence` with `--details`. */
function validity(item: { readonly from: string; readonly to: string | null; readonly confidence: Confidence }, lang: Lang, details: boolean): string {
  const valid = cliMessage('rules.valid', { from: item.from, to: item.to ?? cliMessage('rules.open', {}, lang) }, lang);
  return details ? `${valid} · ${confidenceText(item.confidence, lang)}` : valid;
}

/** A rule in the table: id, kind, validity (and confidence with `--details`); summary; legal basis; parameters. */
function ruleLines(rule: RuleDescriptor, lang: Lang, c: Colors, details: boolean): string[] {
  const kind = cliMessage(rule.kind === 'legal' ? 'out.kind.legal' : 'out.kind.policy', {}, lang);
  const lines = [`${c.bold(rule.id)}  [${kind}]  ${c.dim(validity(rule, lang, details))}`, `  ${ruleSummary(rule, lang)}`, ...basisLines(rule.citations, lang, c, '  ', details)];
  if (rule.params !== undefined && rule.params !== null) lines.push(c.dim(`  ${valueText(rule.params, lang)}`));
  return lines;
}

/** A law parameter's value in the table: id, area, validity (and confidence with `--details`); summary; value; legal basis. */
function parameterLines(parameter: ParameterDescriptor, lang: Lang, c: Colors, details: boolean): string[] {
  return [
    `${c.bold(parameter.id)}  [${parameter.area}]  ${c.dim(validity(parameter, lang, details))}`,
    `  ${ruleSummary(parameter, lang)}`,
    `  ${cliMessage('rules.value', {}, lang)}: ${valueText(parameter.value, lang)}`,
    ...basisLines(parameter.citations, lang, c, '  ', details),
  ];
}

/**
 * A rule's parameters or a parameter's value in the table: its JSON, each
 * `YYYY-MM-DD` text in it shown as its readers write dates (`dd/MM/yyyy` in
 * Vietnamese: the rules' `displayDate`). `--format json` keeps ISO.
 */
function valueText(value: unknown, lang: Lang): string {
  return JSON.stringify(value, (_key, v: unknown) => (typeof v === 'string' ? displayDate(v, lang) : v));
}

/** The "Legal basis: …" line, dimmed and indented (none without citations). */
function basisLines(citations: readonly Citation[], lang: Lang, c: Colors, indent: string, details: boolean): string[] {
  const basis = citationsText(citations, lang, details);
  return basis ? [c.dim(`${indent}${cliMessage('term.citations', { citations: basis }, lang)}`)] : [];
}

/** Schemas the library is expected to add; asked for before they exist, they are "not yet available". */
const PLANNED_SCHEMAS = ['meeting'];

/**
 * `truongthon schema NAME`: the JSON Schema (draft 2020-12) of an input, from
 * the library's zod schemas, with the descriptions (vi and en), date formats
 * and patterns derived from the field descriptions: the same schema as
 * `GET /v1/schemas/NAME` and the OpenAPI document of `truongthon serve`.
 */
export async function runSchema(name: string, io: Io): Promise<number> {
  const available = Object.keys(INPUT_SCHEMAS);
  const key = name.trim().toLowerCase();
  if (!available.includes(key)) {
    throw new CliError(PLANNED_SCHEMAS.includes(key) ? 'cli.schema-not-yet-available' : 'cli.unknown-schema', { name, available: available.join(', ') });
  }
  io.stdout.write(`${JSON.stringify(describedSchema(key as InputSchemaName), null, 2)}\n`);
  return EXIT.ok;
}
