import type { FieldShape } from '@truongthon/core';
import type { Lang } from '../messages/catalogue';

/** A text in both languages. */
export interface Texts {
  readonly vi: string;
  readonly en: string;
}

/**
 * Where a form puts a field: the person, residence, Party membership, the
 * criteria to be assessed; `other` for a field no section claims. A field
 * with no group (`id`, `unitCode`) has no control of its own in a form.
 */
export type FieldGroup = 'person' | 'residence' | 'party' | 'criteria' | 'context' | 'other';

/** What people call a field and where a form shows it. */
export interface FieldWords {
  readonly label: Texts;
  readonly group?: FieldGroup | null;
  /** A line under the label. */
  readonly hint?: Texts;
  /** A yes/no field's answers read as "met / not met / not assessed" (a criterion to attest) rather than "yes / no / unknown". */
  readonly assessed?: boolean;
  /** A choice's values as people name them. */
  readonly values?: Readonly<Record<string, Texts>>;
  /** The field names the person in outputs: the CLI writes its value beside each verdict (a `citizenId` masked). */
  readonly identifies?: boolean;
}

/** One input field: its shape read from the zod schema, and its words. */
export interface FieldDescription extends FieldShape {
  readonly label: Texts;
  readonly group: FieldGroup | null;
  readonly hint?: Texts;
  readonly assessed?: boolean;
  readonly values?: readonly string[];
  readonly valueLabels?: Readonly<Record<string, Texts>>;
  readonly identifies?: boolean;
}

/**
 * The fields of an input, from the shapes its schema declares (`fieldShapes`
 * of `@truongthon/core`) and what people call them: a field the words do not
 * name keeps its path as its label and lands in the `other` group, so a field
 * added to the schema reaches every form and reader before anyone words it.
 *
 * @example
 * describeFields(fieldShapes(candidateSchema), CANDIDATE_WORDS)[0]
 * // { path: 'id', kind: 'text', required: false, nullable: false, max: 100, label: { vi: 'Mã', en: 'Id' }, group: null }
 */
export function describeFields(shapes: readonly FieldShape[], words: Readonly<Record<string, FieldWords>>): FieldDescription[] {
  return shapes.map((shape) => {
    const own = Object.hasOwn(words, shape.path) ? words[shape.path]! : undefined;
    const { values, ...rest } = own ?? { label: { vi: shape.path, en: shape.path } };
    return { ...shape, ...rest, group: own ? (own.group ?? null) : 'other', ...(values ? { valueLabels: values } : {}) };
  });
}

/** The labels of some fields in one language, by path (a message catalogue). */
export function labelsOf(fields: readonly { readonly path: string; readonly label: Texts }[], lang: Lang): Record<string, string> {
  return Object.fromEntries(fields.map((field) => [field.path, field.label[lang]]));
}
