import { INPUT_SCHEMAS, type InputSchemaName, toJsonSchema } from '@truongthon/core';
import { CANDIDATE_FIELDS, CONTEXT_FIELDS, type FieldDescription, MEETING_FIELDS, UNIT_FIELDS } from '@truongthon/rules';

type Node = Record<string, unknown>;

/** The words of each input's fields (labels, hints, value names in vi and en), from `@truongthon/rules`' field descriptions. */
const FIELDS_OF: Readonly<Record<InputSchemaName, readonly FieldDescription[]>> = {
  candidate: CANDIDATE_FIELDS,
  unit: UNIT_FIELDS,
  context: CONTEXT_FIELDS,
  meeting: MEETING_FIELDS,
};

/** A legal date as the library reads it (`isoDateSchema`: the pattern; a real day is checked by the library). */
const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';

/** The names of the input schemas, in the library's order. */
export const SCHEMA_NAMES = Object.keys(INPUT_SCHEMAS) as InputSchemaName[];

/**
 * The JSON Schema (draft 2020-12) of an input, as core's `toJsonSchema`
 * generates it from the zod schema, with what the field descriptions of
 * `@truongthon/rules` add, derived, never copied: each field's
 * `description` (Vietnamese, then English, with the hint), `x-label`
 * (`{ vi, en }`), and for dates `format: "date"` and the `YYYY-MM-DD`
 * pattern. Nothing is added for a field the descriptions do not know.
 *
 * @example
 * describedSchema('candidate').properties.dateOfBirth
 * // { type: 'string', format: 'date', pattern: '^[0-9]{4}-…', description: 'Ngày sinh. Tuổi được tính … — Date of birth. …', 'x-label': { vi: 'Ngày sinh', en: 'Date of birth' } }
 */
export function describedSchema(name: InputSchemaName): Node {
  const schema = toJsonSchema(name) as Node;
  for (const field of FIELDS_OF[name]) {
    const node = propertyAt(schema, field.path.split('.'));
    if (!node) continue;
    const vi = sentence(field.label.vi, field.hint?.vi);
    const en = sentence(field.label.en, field.hint?.en);
    node['description'] = `${vi} — ${en}`;
    node['x-label'] = { vi: field.label.vi, en: field.label.en };
    if (field.valueLabels) node['x-value-labels'] = field.valueLabels;
    if (field.kind === 'date') {
      for (const target of stringNodes(node)) Object.assign(target, { format: 'date', pattern: DATE_PATTERN });
    }
  }
  return schema;
}

function sentence(label: string, hint: string | undefined): string {
  return hint ? `${label}. ${hint}` : label;
}

/** The nodes a value may match: the node itself, or each branch of an `anyOf`. */
function branches(node: Node): Node[] {
  return Array.isArray(node['anyOf']) ? (node['anyOf'] as Node[]) : [node];
}

/** The property node at a dotted path, through optional/nullable branches and arrays' items. */
function propertyAt(schema: Node, keys: readonly string[]): Node | undefined {
  let node: Node | undefined = schema;
  for (const key of keys) {
    let next: Node | undefined;
    for (const branch of branches(node)) {
      const object = branch['type'] === 'array' && branch['items'] ? (branch['items'] as Node) : branch;
      for (const inner of branches(object)) {
        const props = inner['properties'] as Record<string, Node> | undefined;
        if (props && Object.hasOwn(props, key)) next = props[key];
      }
    }
    if (!next) return undefined;
    node = next;
  }
  return node;
}

/** The node's string branches (where `format` and `pattern` apply). */
function stringNodes(node: Node): Node[] {
  return branches(node).filter((branch) => branch['type'] === 'string' || (Array.isArray(branch['type']) && (branch['type'] as string[]).includes('string')));
}
