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
    // Between a letter and its combining marks: removed before composing, so the result is NFC.
    expect(normalizeText('Nguye\u200b\u0302\u0303n')).toBe('Nguyễn');
  });

  it('calls a text of only white space and format characters blank', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(' ', '\t', '\n', '\u00a0', '\u3000', '\u200b', '\u2060', '\ufeff', '\u00ad', '\u202e', 'a', 'Đ', 'e\u0301', '\u0301', ...HIDDEN), { maxLength: 8 }), (parts) => {
        const text = parts.join('');
        expect(isBlankText(text)).toBe(normalizeText(text) === '');
      }),
      { numRuns: 2000 },
    );
    for (const blank of ['', '   ', '\u200b', ' \u200c\u200d ', '\ufeff', '\u2060\u00a0']) expect(isBlankText(blank)).toBe(true);
    for (const text of ['a', ' Đ ', '\u200bx']) expect(isBlankText(text)).toBe(false);
  });

  it('is idempotent, and the fast path agrees with the slow one', () => {
    const tricky = fc.constantFrom(' ', '  ', '\t', '\u00a0', '\u200b', '\u200d', '\ufeff', '\u202e', 'e\u0302\u0301', '\u0302', '\u0323', 'Ệ', 'đ', 'A', 'e', '1', '-', ...HIDDEN, 'e\u034f\u0301', 'a\ufe0f\u0300');
    fc.assert(
      fc.property(fc.array(fc.oneof(tricky, fc.string({ unit: 'grapheme', maxLength: 3 })), { maxLength: 10 }), (parts) => {
        const once = normalizeText(parts.join(''));
        expect(normalizeText(once)).toBe(once);
        expect(/\p{Cf}/u.test(once)).toBe(false);
        expect(HIDDEN_CLASS.test(once)).toBe(false);
        expect(once.normalize('NFC')).toBe(once);
        if (isNormalText(parts.join(''))) expect(once).toBe(parts.join(''));
      }),
      { numRuns: 2000 },
    );
  });

  it('skips normalisation only for text NFC never changes: every pair of the characters it accepts', () => {
    const accepted: string[] = [];
    for (const [from, to] of [[0x21, 0x7e], [0xc0, 0x17f], [0x1a0, 0x1b0], [0x1e00, 0x1eff]] as const) for (let c = from; c <= to; c++) accepted.push(String.fromCharCode(c));
    for (const a of accepted) {
      expect(isNormalText(a), a.codePointAt(0)!.toString(16)).toBe(true);
      expect(/[\s\p{Cf}\uFFFD]/u.test(a)).toBe(false);
      // Every pair a+b, separated by U+0000 (which composes with nothing): one normalisation per character.
      const pairs = accepted.map((b) => `${a}${b}`).join('\u0000');
      expect(pairs.normalize('NFC') === pairs).toBe(true);
    }
    for (const text of ['Thôn  1', ' Thôn', 'Thôn ', 'Tho\u0302n', '', 'HX\u200b', 'a\tb']) expect(isNormalText(text), JSON.stringify(text)).toBe(false);
  });
});

/** Characters that show nothing, beyond Unicode Cf: controls, fillers, the combining grapheme joiner, variation selectors, a braille blank. */
const HIDDEN = ['\u0000', '\u0001', '\u0008', '\u000e', '\u001b', '\u001f', '\u007f', '\u0080', '\u009f', '\u3164', '\u2800', '\u115f', '\u1160', '\uffa0', '\u034f', '\ufe00', '\ufe0f', '\u{e0100}', '\u{e01ef}', '\u{e0041}', '\u180b', '\u17b4'];
/** The spec of "not there", written out independently of the implementation. */
const HIDDEN_CLASS = /[\p{Cf}\u0000-\u0008\u000e-\u001f\u007f-\u0084\u0086-\u009f\u3164\u2800\u115f\u1160\uffa0\u034f\ufe00-\ufe0f\u{e0100}-\u{e01ef}\u180b-\u180f\u17b4\u17b5]/u;

describe('text that is not there (controls, fillers, joiners, variation selectors)', () => {
  it('a text made only of them is blank and normalises to nothing', () => {
    for (const hidden of HIDDEN) {
      const name = JSON.stringify(hidden);
      expect(isBlankText(hidden), name).toBe(true);
      expect(normalizeText(hidden), name).toBe('');
      expect(isBlankText(` ${hidden}${hidden} `), name).toBe(true);
    }
    expect(isBlankText(HIDDEN.join(''))).toBe(true);
    expect(normalizeText(HIDDEN.join(' '))).toBe('');
    expect(isBlankText('\u0000x')).toBe(false);
  });

  it('two texts that differ only by them are the same text (so the same id)', () => {
    for (const hidden of HIDDEN) expect(normalizeText(`HX${hidden}-01${hidden}`), JSON.stringify(hidden)).toBe('HX-01');
    expect(normalizeText('Nguy\u034fễn Văn\ufe0f A\u3164n')).toBe('Nguyễn Văn An');
    // Between a letter and its combining marks, as with the format characters.
    expect(normalizeText('Nguye\u034f\u0302\ufe0f\u0303n')).toBe('Nguyễn');
  });

  it('white-space controls are white space: tab, line breaks and NEXT LINE fold to one space, never join words', () => {
    expect(normalizeText('Nguyễn\tVăn\u0085An\r\n')).toBe('Nguyễn Văn An');
    expect(normalizeText('Lê\u000b\u000cThị')).toBe('Lê Thị');
    expect(isBlankText('\u0085\t\u000b')).toBe(true);
  });

  it('every Vietnamese letter, precomposed or decomposed, upper or lower case, is kept as it is (NFC)', () => {
    const tones = ['', '\u0300', '\u0301', '\u0309', '\u0303', '\u0323'];
    const letters: string[] = [...'bcdđghklmnpqrstvxBCDĐGHKLMNPQRSTVX'];
    for (const vowel of 'aăâeêioôơuưyAĂÂEÊIOÔƠUƯY') for (const tone of tones) letters.push(`${vowel}${tone}`.normalize('NFC'));
    expect(letters).toHaveLength(34 + 24 * 6);
    for (const letter of letters) {
      expect(normalizeText(letter), letter).toBe(letter);
      expect(normalizeText(letter.normalize('NFD')), letter).toBe(letter);
      expect(normalizeText(`Nguyễn ${letter.normalize('NFD')}x`), letter).toBe(`Nguyễn ${letter}x`);
      expect(HIDDEN_CLASS.test(letter.normalize('NFD')), letter).toBe(false);
    }
  });
});
