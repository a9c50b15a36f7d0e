import { type Citation, formatCitation, INPUT_SCHEMAS, type InputSchemaName, toJsonSchema } from '@truongthon/core';
import { findProvince, formatMessage, listRules, termLengthOn, termOn } from '@truongthon/rules';
import { CliError, type CliMessageCode, cliMessage, type Lang } from '../messages';
import { colorsFor } from '../render/color';
import { safeJson } from '../render/writers';
import { choiceOption, dateOption, EXIT, type Io } from './common';

type InfoFormat = 'table' | 'json';
const INFO_FORMATS: readonly InfoFormat[] = ['table', 'json'];

function infoFormat(value: string | undefined, io: Io): InfoFormat {
  return choiceOption(value, '--format', INFO_FORMATS) ?? (io.stdout.isTTY ? 'table' : 'json');
}

function years(value: number, lang: Lang): string {
  return lang === 'vi' ? String(value).replace('.', ',') : String(value);
}

/**
 * `truongthon term --province X --date D`: the term running in a province
 * on a date, with how it was found and its legal basis. Exit 0 when found,
 * 1 when the data cannot tell (term length or calendar unknown), 2 for a
 * bad date or an unknown province.
 */
export async function runTerm(raw: { province?: string; date?: string; format?: string }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.date, '--date')!;
  const province = (raw.province ?? '').trim();
  const format = infoFormat(raw.format, io);
  const found = findProvince(province, date);
  if (!found) throw new CliError('cli.unknown-province', { province, date });
  const lookup = termOn(found.code, date);
  if (!lookup.ok) {
    const message = formatMessage(lookup.error.code, lookup.error.params, lang);
    if (format === 'json') io.stdout.write(`${safeJson({ province: found, date, term: null, error: { code: lookup.error.code, message } }, 2)}\n`);
    else io.stderr.write(`${message}\n`);
    return EXIT.notAllEligible;
  }
  const term = lookup.term;
  const citations = term.citations.map((c) => formatCitation(c, lang));
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
    cliMessage('term.period', { start: term.start, end: term.end, years: Number.isFinite(term.lengthYears) ? years(term.lengthYears, lang) : '?' }, lang),
    cliMessage(`term.basis.${term.basis}` as CliMessageCode, {}, lang),
  ];
  if (term.extendedUntil !== undefined) lines.push(term.extendedUntil === null ? cliMessage('term.extended-open', {}, lang) : cliMessage('term.extended', { until: term.extendedUntil }, lang));
  if (citations.length > 0) lines.push(c.dim(cliMessage('term.citations', { citations: citations.join('; ') }, lang)));
  io.stdout.write(`${lines.join('\n')}\n`);
  return EXIT.ok;
}

/**
 * `truongthon rules [--date D] [--province X]`: the rules (all, or those in
 * force on a date) with kind, validity, confidence, parameters and legal
 * basis; with a province and a date, the province's term length too.
 */
export async function runRules(raw: { date?: string; province?: string; format?: string }, lang: Lang, io: Io): Promise<number> {
  const date = dateOption(raw.date, '--date');
  const format = infoFormat(raw.format, io);
  let provinceInfo: { code: string; name: string; termLengthYears: number | null; citations: string[] } | undefined;
  if (raw.province !== undefined) {
    if (date === undefined) throw new CliError('cli.usage.missing-option', { option: '--date' });
    const found = findProvince(raw.province, date);
    if (!found) throw new CliError('cli.unknown-province', { province: raw.province, date });
    const length = termLengthOn(found.code, date);
    provinceInfo = { code: found.code, name: found.name, termLengthYears: length?.years ?? null, citations: (length?.citations ?? []).map((c) => formatCitation(c, lang)) };
  }
  const rules = listRules(date === undefined ? {} : { date });
  if (format === 'json') {
    const out = {
      date: date ?? null,
      province: provinceInfo ?? null,
      rules: rules.map((r) => ({ ...r, citation: r.citations.map((x: Citation) => formatCitation(x, lang)).join('; ') })),
    };
    io.stdout.write(`${safeJson(out, 2)}\n`);
    return EXIT.ok;
  }
  const c = colorsFor(io.stdout, io.env);
  const lines: string[] = [c.bold(cliMessage('rules.title', { when: date ? cliMessage('rules.on', { date }, lang) : '', count: rules.length }, lang)), ''];
  for (const rule of rules) {
    const kind = cliMessage(rule.kind === 'legal' ? 'out.kind.legal' : 'out.kind.policy', {}, lang);
    const valid = cliMessage('rules.valid', { from: rule.from, to: rule.to ?? cliMessage('rules.open', {}, lang) }, lang);
    const confidence = cliMessage(`rules.confidence.${rule.confidence}` as CliMessageCode, {}, lang);
    lines.push(`${c.bold(rule.id)}  [${kind}]  ${c.dim(`${valid} · ${confidence}`)}`);
    lines.push(`  ${rule.summary}`);
    const basis = rule.citations.map((x: Citation) => formatCitation(x, lang)).join('; ');
    if (basis) lines.push(c.dim(`  ${cliMessage('term.citations', { citations: basis }, lang)}`));
    if (rule.params !== undefined && rule.params !== null) lines.push(c.dim(`  ${JSON.stringify(rule.params)}`));
    lines.push('');
  }
  if (provinceInfo) {
    lines.push(
      provinceInfo.termLengthYears === null
        ? cliMessage('rules.province-unknown-length', { province: provinceInfo.name, date: date ?? '' }, lang)
        : cliMessage('rules.province', { province: provinceInfo.name, years: years(provinceInfo.termLengthYears, lang), citations: provinceInfo.citations.join('; ') }, lang),
    );
  }
  io.stdout.write(`${lines.join('\n').replace(/\n+$/u, '')}\n`);
  return EXIT.ok;
}

/** Schemas the library is expected to add; asked for before they exist, they are "not yet available". */
const PLANNED_SCHEMAS = ['meeting'];

/** `truongthon schema NAME`: the JSON Schema (draft 2020-12) of an input, from the library's zod schemas. */
export async function runSchema(name: string, io: Io): Promise<number> {
  const available = Object.keys(INPUT_SCHEMAS);
  const key = name.trim().toLowerCase();
  if (!available.includes(key)) {
    throw new CliError(PLANNED_SCHEMAS.includes(key) ? 'cli.schema-not-yet-available' : 'cli.unknown-schema', { name, available: available.join(', ') });
  }
  io.stdout.write(`${JSON.stringify(toJsonSchema(key as InputSchemaName), null, 2)}\n`);
  return EXIT.ok;
}
