import { describe, expect, it } from 'vitest';
import { INPUT_SCHEMAS, type InputSchemaName, toJsonSchema } from './jsonSchema';

describe('toJsonSchema', () => {
  it('describes the candidate input with its required fields and closed shape', () => {
    const s = toJsonSchema('candidate') as { required: string[]; additionalProperties: boolean; properties: Record<string, { anyOf?: unknown[]; enum?: string[] }> };
    expect(s.required).toEqual(['fullName', 'dateOfBirth']);
    expect(s.additionalProperties).toBe(false);
    expect(Object.keys(s.properties)).toContain('attestations');
  });
  it('is valid JSON for every input schema', () => {
    for (const name of Object.keys(INPUT_SCHEMAS) as InputSchemaName[]) {
      const s = JSON.parse(JSON.stringify(toJsonSchema(name))) as { $schema: string; type: string };
      expect(s.$schema).toContain('2020-12');
      expect(s.type).toBe('object');
    }
  });
});
