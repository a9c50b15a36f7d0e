import type { FindingParam } from '../engine/finding';

/**
 * A problem with an input value, coded for the catalogues: `path` is the
 * dotted field (`dateOfBirth`, `attestations.health`), `code` a stable
 * `input.*` code, `params` what the message needs. It never echoes the value.
 */
export interface InputIssue {
  readonly path: string;
  readonly code: string;
  readonly params: Readonly<Record<string, FindingParam>>;
}

/** Every code {@link toInputIssues} and the core schemas can produce. */
export const INPUT_ISSUE_CODES = [
  'input.required',
  'input.wrong-type',
  'input.invalid-value',
  'input.too-short',
  'input.too-long',
  'input.unknown-field',
  'input.invalid-format',
  'input.invalid',
  'input.invalid-date',
  'input.invalid-unit-code',
  'input.citizen-id-format',
  'input.citizen-id-province',
  'input.citizen-id-birth-year',
  'input.citizen-id-gender',
  'input.unreadable',
] as const;

interface ZodLikeIssue {
  readonly code: string;
  readonly path: readonly PropertyKey[];
  readonly params?: Record<string, unknown>;
  readonly expected?: string;
  readonly input?: unknown;
  readonly minimum?: number | bigint;
  readonly maximum?: number | bigint;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
}

/**
 * Turns zod issues into {@link InputIssue}s with stable codes:
 * `input.required`, `input.wrong-type`, `input.invalid-value`,
 * `input.too-short`, `input.too-long`, `input.unknown-field`,
 * `input.invalid-format`, or the custom code a refinement set.
 */
export function toInputIssues(issues: readonly ZodLikeIssue[]): InputIssue[] {
  const out: InputIssue[] = [];
  for (const issue of issues) {
    const path = issue.path.map(String).join('.');
    switch (issue.code) {
      case 'invalid_type':
        out.push(issue.input === undefined
          ? { path, code: 'input.required', params: {} }
          : { path, code: 'input.wrong-type', params: { expected: issue.expected ?? 'unknown' } });
        break;
      case 'invalid_value':
        out.push({ path, code: 'input.invalid-value', params: { allowed: (issue.values ?? []).map(String).join(', ') } });
        break;
      case 'too_small':
        out.push({ path, code: issue.minimum === 1 ? 'input.required' : 'input.too-short', params: { minimum: Number(issue.minimum ?? 0) } });
        break;
      case 'too_big':
        out.push({ path, code: 'input.too-long', params: { maximum: Number(issue.maximum ?? 0) } });
        break;
      case 'unrecognized_keys':
        for (const key of issue.keys ?? []) out.push({ path: path ? `${path}.${key}` : key, code: 'input.unknown-field', params: {} });
        break;
      case 'custom': {
        const code = typeof issue.params?.['code'] === 'string' ? (issue.params['code'] as string) : 'input.invalid';
        out.push({ path, code, params: {} });
        break;
      }
      default:
        out.push({ path, code: 'input.invalid-format', params: {} });
    }
  }
  return out;
}
