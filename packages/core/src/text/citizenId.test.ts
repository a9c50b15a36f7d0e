import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compactCitizenId, maskCitizenId } from './citizenId';

describe('compactCitizenId', () => {
  it('removes the spaces, dots and dashes people type, and nothing else', () => {
    expect(compactCitizenId('046 200-001.234')).toBe('046200001234');
    expect(compactCitizenId('046200001234')).toBe('046200001234');
    expect(compactCitizenId('\t046\u00a0200 001 234\n')).toBe('046200001234');
    expect(compactCitizenId('04620000123A')).toBe('04620000123A');
    expect(compactCitizenId('')).toBe('');
  });

  it('property: is what removing /[\\s.-]/ gives, and then a mask shows only the first 3 and last 2 digits', () => {
    const piece = fc.constantFrom('0', '4', '6', '9', ' ', '.', '-', '\t', '\u00a0', '\u3000', 'a', '/', '_');
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 20 }), (pieces) => {
        const id = pieces.join('');
        const compact = compactCitizenId(id);
        expect(compact).toBe(id.replace(/[\s.-]/gu, ''));
        if (/^\d{12}$/u.test(compact)) expect(maskCitizenId(compact)).toBe(`${compact.slice(0, 3)}*******${compact.slice(10)}`);
      }),
      { numRuns: 2000 },
    );
  });
});
