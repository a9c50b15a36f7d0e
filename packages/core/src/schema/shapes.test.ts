import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidateSchema } from './candidate';
import { electionContextSchema } from './context';
import { objectShape } from './fields';
import { CANDIDATE_SHAPE, CONTEXT_SHAPE } from './shapes.generated';

/** What `shapes.generated.ts` must hold: the shapes read from the zod schemas now. */
function render(): string {
  const shape = (name: string, source: string, value: unknown) =>
    `/** \`objectShape(${source})\`. */\nexport const ${name}: ObjectShape = ${JSON.stringify(value, null, 2)};\n`;
  return [
    '// Generated from the zod schemas of this folder by `npm run generate` (core): do not edit.',
    '// What the parse by shape (`parseShape`) needs at run time, without zod.',
    "import type { ObjectShape } from './fields';",
    '',
    shape('CANDIDATE_SHAPE', 'candidateSchema', objectShape(candidateSchema)),
    shape('CONTEXT_SHAPE', 'electionContextSchema', objectShape(electionContextSchema)),
  ].join('\n');
}

describe('shapes.generated.ts', () => {
  it('is current (UPDATE_SHAPES=1 rewrites it; the build does too)', () => {
    const file = new URL('./shapes.generated.ts', import.meta.url);
    const text = render();
    if (process.env['UPDATE_SHAPES'] === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8'), 'shapes.generated.ts is stale: run npm run generate in packages/core, or npm run build').toBe(text);
  });

  it('holds the shapes of the schemas, with only kinds the parse reads', () => {
    expect(CANDIDATE_SHAPE).toEqual(objectShape(candidateSchema));
    expect(CONTEXT_SHAPE).toEqual(objectShape(electionContextSchema));
    const kinds = (shape: typeof CANDIDATE_SHAPE): string[] => shape.members.flatMap((m) => (m.shape ? [m.kind, ...kinds(m.shape)] : [m.kind]));
    for (const kind of [...kinds(CANDIDATE_SHAPE), ...kinds(CONTEXT_SHAPE)]) expect(['text', 'date', 'flag', 'choice', 'citizenId', 'object']).toContain(kind);
    expect(CANDIDATE_SHAPE.members.find((m) => m.key === 'attestations')).toMatchObject({ kind: 'object', required: false, nullable: true, shape: { strict: true } });
  });
});
