import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlankText, isNormalText, normalizeText } from './normalizeText';

describe('normalizeText', () => {
  it('composes, trims and folds white space', () => {
    expect(normalizeText('  Nguye\u0302\u0303n  Văn   A ')).toBe('Nguyễn Văn A');
  });

  it('removes invisible format characters that copy-paste leaves in names and codes', () => {
    expect(normalizeText('HX-01\u200b')).toBe('HX-01');
    expect(normalizeText('\ufeffNguyễn\u200d Văn\u2060 Hùng\u00ad')).toBe('Nguyễn Văn Hùng');
    // Bidirectional controls (the "Trojan Source" characters) cannot reorder a name on screen.
    expect(normalizeText('Lữ Văn \u202eĐức\u202c')).toBe('Lữ Văn Đức');
    expect(normalizeText('Tổ\u200b dân phố')).toBe('Tổ dân phố');
  });

  it('calls a text of only white space and format characters blank', () => {
    for (const blank of ['', '   ', '\u200b', ' \u200c\u200d ', '\ufeff', '\u2060\u00a0']) expect(isBlankText(blank)).toBe(true);
    for (const text of ['a', ' Đ ', '\u200bx']) expect(isBlankText(text)).toBe(false);
  });

  it('is idempotent, and the fast path agrees with the slow one', () => {
    const tricky = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u202e', 'e\u0302\u0301', 'Ệ', 'đ', 'A', '1', '-');
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 10 }), (parts) => {
        const once = normalizeText(parts.join(''));
        expect(normalizeText(once)).toBe(once);
        expect(/\p{Cf}/u.test(once)).toBe(false);
        if (isNormalText(parts.join(''))) expect(once).toBe(parts.join(''));
      }),
      { numRuns: 2000 },
    );
  });
});
