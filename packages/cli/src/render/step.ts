import { displayNumber, formatMessage, type OverlayRegistry, type ProcedureStep } from '@truongthon/rules';
import { type CliMessageCode, cliMessage, type Lang } from '../messages';
import { citationsText } from './record';

/** A number as written in a language (`displayNumber`), or a dash when there is none. */
export function num(value: number | null | undefined, lang: Lang): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  return displayNumber(value, lang);
}

/** The confidence of a rule, a parameter or a step, in words. */
export function confidenceText(confidence: string, lang: Lang): string {
  return cliMessage(`rules.confidence.${confidence}` as CliMessageCode, {}, lang);
}

/** A procedure step as output. */
export interface RenderedStep {
  readonly id: string;
  readonly label: string;
  /** The last allowed day (the day itself for the meeting); `null` when no text sets it. */
  readonly date: string | null;
  readonly condition: ProcedureStep['condition'];
  readonly basis: ProcedureStep['basis'];
  readonly basisText: string;
  readonly ruleId: string;
  readonly citation: string;
  readonly confidence: string;
  readonly maxMonths?: number | null;
}

/** Renders a procedure step with its label, basis and citation (with confidence and notes only with `details`). */
export function renderStep(step: ProcedureStep, lang: Lang, details = false, documents?: OverlayRegistry['documents']): RenderedStep {
  const days = 'days' in step.basis ? step.basis.days : undefined;
  return {
    id: step.id,
    label: formatMessage(`step.${step.id}`, {}, lang),
    date: step.date,
    condition: step.condition,
    basis: step.basis,
    basisText: formatMessage(`basis.${step.basis.kind}`, days === undefined ? {} : { days }, lang),
    ruleId: step.ruleId,
    citation: citationsText(step.citations, lang, details, documents),
    confidence: step.confidence,
    ...(step.maxMonths !== undefined ? { maxMonths: step.maxMonths } : {}),
  };
}

/** When a step applies, in words (empty for a step that always does). */
export function conditionText(step: RenderedStep, lang: Lang): string {
  return step.condition === 'always' ? '' : cliMessage(`out.step-condition.${step.condition}` as CliMessageCode, {}, lang);
}

/** A step on one line: label, last day, basis and condition. */
export function stepLine(step: RenderedStep, lang: Lang): string {
  const condition = conditionText(step, lang);
  const text = cliMessage('out.step', { label: step.label, date: step.date ?? cliMessage('out.no-date', {}, lang), basis: step.basisText }, lang);
  return condition ? `${text} — ${condition}` : text;
}
