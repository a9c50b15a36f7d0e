import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decodeText, encodeWindows1258, legacyFontOf, legacySignWords, mayHoldLegacySign, resolveEncoding, sniffBom, textOrUtf8 } from '../src/io/encoding';
import { CliError } from '../src/messages';
import { encodeTcvn3, encodeVni, NAMES } from './legacyFonts';

async function* chunks(bytes: Uint8Array, size: number): AsyncGenerator<Uint8Array> {
  for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
}
async function decodeAll(bytes: Uint8Array, size: number, encoding?: string): Promise<string> {
  let out = '';
  for await (const text of decodeText(chunks(bytes, size), encoding)) out += text;
  return out;
}

const SAMPLE = 'Họ và tên,Ngày sinh\nNguyễn Văn Hùng,12/03/1968\nHuỳnh Thị Ngọc Ánh,03/11/1979\nLữ Văn Đức,ưởợậẫẵặỹỵ\n';

describe('decoding', () => {
  it('sniffs byte-order marks', () => {
    expect(sniffBom(Uint8Array.of(0xef, 0xbb, 0xbf, 0x41))).toEqual({ encoding: 'utf-8', length: 3 });
    expect(sniffBom(Uint8Array.of(0xff, 0xfe, 0x41, 0))).toEqual({ encoding: 'utf-16le', length: 2 });
    expect(sniffBom(Uint8Array.of(0xfe, 0xff, 0, 0x41))).toEqual({ encoding: 'utf-16be', length: 2 });
    expect(sniffBom(Uint8Array.of(0x41, 0x42, 0x43))).toBeUndefined();
  });

  it.each([1, 2, 3, 5, 7, 64])('decodes UTF-8, UTF-8 BOM, UTF-16LE and UTF-16BE split into %d-byte chunks', async (size) => {
    const utf8 = new TextEncoder().encode(SAMPLE);
    expect(await decodeAll(utf8, size)).toBe(SAMPLE);
    expect(await decodeAll(Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8]), size)).toBe(SAMPLE);
    const le = Buffer.from(SAMPLE, 'utf16le');
    expect(await decodeAll(Uint8Array.from([0xff, 0xfe, ...le]), size)).toBe(SAMPLE);
    const be = Buffer.from(SAMPLE, 'utf16le').swap16();
    expect(await decodeAll(Uint8Array.from([0xfe, 0xff, ...be]), size)).toBe(SAMPLE);
  });

  it('decodes UTF-16 without a BOM when told', async () => {
    expect(await decodeAll(Buffer.from(SAMPLE, 'utf16le'), 3, 'utf-16le')).toBe(SAMPLE);
  });

  it('round-trips Vietnamese through Windows-1258 (decomposed tones, NFC after normalising)', async () => {
    const bytes = encodeWindows1258(SAMPLE);
    expect(bytes.every((b) => b < 256)).toBe(true);
    const text = await decodeAll(bytes, 4, 'windows-1258');
    expect(text).not.toBe(SAMPLE); // tones arrive as combining marks
    expect(text.normalize('NFC')).toBe(SAMPLE);
  });

  it('turns bytes that are not UTF-8 into U+FFFD instead of failing', async () => {
    const text = await decodeAll(encodeWindows1258('Nguyễn'), 2);
    expect(text).toContain('\uFFFD');
  });

  it('handles empty input and 1-2 byte files', async () => {
    expect(await decodeAll(new Uint8Array(0), 1)).toBe('');
    expect(await decodeAll(Uint8Array.of(0x41), 1)).toBe('A');
    expect(await decodeAll(Uint8Array.of(0xff, 0xfe), 1)).toBe('');
  });

  it('knows the encodings and refuses others', () => {
    expect(resolveEncoding(undefined)).toBe('utf-8');
    expect(resolveEncoding('CP1258')).toBe('windows-1258');
    expect(resolveEncoding('UTF-16')).toBe('utf-16le');
    expect(() => resolveEncoding('latin9')).toThrow(/latin9/u);
  });
});

// ─── Legacy Vietnamese font encodings (TCVN3, VNI) ───────────────────────────

/** The line of a CSV file the names are in (header included), as a commune office would type it. */
const FILE_TEXT = `Mã,Họ và tên,Ngày sinh,Giới tính,Địa chỉ\n${NAMES.map((n, i) => `HX-${i + 1},${n},12/03/1968,${i % 2 ? 'Nữ' : 'Nam'},Thôn Hương Xuân`).join('\n')}\n`;

/** How a legacy file is seen: as Excel shows a workbook typed in the font (Latin-1 / Windows-1252), or read with --encoding windows-1258. */
const VIEWS = {
  latin1: (bytes: Buffer) => bytes.toString('latin1'),
  'windows-1258': (bytes: Buffer) => new TextDecoder('windows-1258').decode(bytes),
};

/** What Vietnamese in Unicode may hold: a legacy text made only of these reads as (other) Vietnamese, and cannot be told apart. */
const VIETNAMESE_ONLY = /^[\s\p{P}0-9A-Za-zÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯưẠ-ỹ]*$/u;

describe('legacy font encodings (TCVN3, VNI)', () => {
  it('the sample encoders give the text officials know ("NguyÔn V¨n Hïng", "Nguyeãn Vaên Huøng")', () => {
    expect(encodeTcvn3('Nguyễn Văn Hùng, Đức, Hoàng, Thị, Trường').toString('latin1')).toBe('NguyÔn V¨n Hïng, §øc, Hoµng, ThÞ, Tr\u00adêng');
    expect(encodeVni('Nguyễn Văn Hùng, Đức, Hoàng, Thị, Trường, Việt Nam').toString('latin1')).toBe('Nguyeãn Vaên Huøng, Ñöùc, Hoaøng, Thò, Tröôøng, Vieät Nam');
  });

  it.each([
    ['tcvn3', encodeTcvn3],
    ['vni', encodeVni],
  ] as const)('a file of names typed in %s is recognised in every view, and named', (font, encode) => {
    for (const [view, decode] of Object.entries(VIEWS)) expect(legacyFontOf(decode(encode(FILE_TEXT)), 3), view).toBe(font);
  });

  it.each([
    ['tcvn3', encodeTcvn3],
    ['vni', encodeVni],
  ] as const)('each name typed in %s is recognised, unless it reads as other Vietnamese', (font, encode) => {
    let recognised = 0;
    for (const name of NAMES) {
      for (const [view, decode] of Object.entries(VIEWS)) {
        const text = decode(encode(name));
        const found = legacyFontOf(text);
        if (found !== undefined) {
          recognised += 1;
          continue;
        }
        // Not recognised: it must be the Unicode name itself, or read as Vietnamese (the ambiguity no one can resolve).
        expect(text === name || VIETNAMESE_ONLY.test(text), `${view}: ${name} → ${text}`).toBe(true);
      }
    }
    expect(recognised).toBeGreaterThanOrEqual(NAMES.length * 2 - 4);
  });

  it('Unicode Vietnamese is never taken for a legacy font: names (NFC, NFD, Windows-1258), every syllable shape, the CLI and library texts', async () => {
    for (const name of NAMES) {
      expect(legacyFontOf(name), name).toBeUndefined();
      expect(legacyFontOf(name.normalize('NFD')), name).toBeUndefined();
      expect(legacyFontOf(new TextDecoder('windows-1258').decode(encodeWindows1258(name))), name).toBeUndefined();
    }
    for (const text of [FILE_TEXT, FILE_TEXT.normalize('NFD'), new TextDecoder('windows-1258').decode(encodeWindows1258(FILE_TEXT))]) expect(legacyFontOf(text)).toBeUndefined();
    // Every rhyme with two or three vowels, the tone where it is written (both places for oa, oe, uy: old and new style), after
    // initials and before finals: the pairs VNI's signs look for never occur.
    const rhymes: Readonly<Record<string, readonly number[]>> = {
      ia: [0], iê: [1], ua: [0], uô: [1], ưa: [0], ươ: [1], oa: [0, 1], oă: [1], oe: [0, 1], uê: [1], uy: [0, 1], uâ: [1], ai: [0], ao: [0], au: [0], ay: [0],
      âu: [0], ây: [0], eo: [0], êu: [0], iu: [0], oi: [0], ôi: [0], ơi: [0], ui: [0], ưi: [0], ưu: [0], uya: [1], uyê: [2], oai: [1], oay: [1], oeo: [1],
      uây: [1], uôi: [1], ươi: [1], ươu: [1], iêu: [1], yêu: [1], oo: [0, 1], ôô: [0, 1], a: [0], e: [0], i: [0], o: [0], u: [0], y: [0], ă: [0], â: [0], ê: [0], ô: [0], ơ: [0], ư: [0],
    };
    const tones = ['', '\u0301', '\u0300', '\u0309', '\u0303', '\u0323'];
    for (const [rhyme, places] of Object.entries(rhymes)) {
      for (const at of places) {
        for (const tone of tones) {
          const toned = `${rhyme.slice(0, at + 1)}${tone}${rhyme.slice(at + 1)}`.normalize('NFC');
          for (const initial of ['', 'b', 'ch', 'đ', 'gi', 'h', 'kh', 'ng', 'nh', 'qu', 'th', 'tr', 'x']) {
            // "qu" and "gi" already hold the u and the i: "quua", "quoa", "giiêu" are not written ("qua", "giêu" are).
            if ((initial === 'qu' && /^[uưo]/u.test(rhyme)) || (initial === 'gi' && rhyme.startsWith('i'))) continue;
            for (const final of ['', 'n', 'ng', 'nh', 'c', 't', 'm', 'p']) {
              const syllable = `${initial}${toned}${final}`;
              expect(legacyFontOf(syllable), syllable).toBeUndefined();
              expect(legacyFontOf(syllable.toUpperCase()), syllable).toBeUndefined();
              expect(legacyFontOf(`${syllable[0]!.toUpperCase()}${syllable.slice(1)}`), syllable).toBeUndefined();
            }
          }
        }
      }
    }
    const { CLI_MESSAGES } = await import('../src/messages');
    const { MESSAGES } = await import('@truongthon/rules');
    for (const text of [...Object.values(CLI_MESSAGES.vi), ...Object.values(MESSAGES.vi)]) expect(legacyFontOf(text), text).toBeUndefined();
  });

  it('one foreign name among Vietnamese ones does not make a file legacy, and plain ASCII never does', () => {
    expect(legacyFontOf(`${FILE_TEXT}HX-99,Müller François,12/03/1968,Nam,Thôn 1\n`, 3)).toBeUndefined();
    expect(legacyFontOf('Nguyen Van Hung,12/03/1968,ABC®, ©2024, 30°C, «Thôn 1», Nº 5', 3)).toBeUndefined();
    expect(legacyFontOf('Công ty ABC®')).toBeUndefined();
  });

  it.each([1, 3, 4096, 70_000])('refuses a legacy file before any text comes out (chunks of %d bytes), in UTF-8, Windows-1258 and UTF-16, naming the encoding', async (size) => {
    const cases: [Buffer, string | undefined, string][] = [
      [encodeTcvn3(FILE_TEXT), 'windows-1258', 'TCVN3 (ABC)'],
      [encodeVni(FILE_TEXT), 'windows-1258', 'VNI Windows'],
      [encodeTcvn3(FILE_TEXT), undefined, 'TCVN3 (ABC)'], // 8-bit bytes read as UTF-8
      [encodeVni(FILE_TEXT), undefined, 'VNI Windows'],
      [Buffer.from(encodeTcvn3(FILE_TEXT).toString('latin1'), 'utf8'), undefined, 'TCVN3 (ABC)'], // Excel's "CSV UTF-8" of a .VnTime workbook
      [Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(encodeVni(FILE_TEXT).toString('latin1'), 'utf16le')]), undefined, 'VNI Windows'], // "Unicode text"
    ];
    for (const [bytes, encoding, name] of cases) {
      const out: (string | Uint8Array)[] = [];
      const error = await (async () => {
        for await (const part of textOrUtf8(chunks(bytes, size), encoding)) out.push(part);
      })().catch((e: unknown) => e);
      expect(error, name).toBeInstanceOf(CliError);
      expect((error as CliError).code).toBe('cli.legacy-font-encoding');
      expect((error as CliError).params).toEqual({ file: '', encoding: name });
      expect(out).toEqual([]);
    }
  });

  it('leaves binary junk to the readers (its bytes show signs by chance, but it is not text)', async () => {
    let seed = 7;
    const junk = Buffer.from(Array.from({ length: 20_000 }, () => ((seed = (seed * 1103515245 + 12345) >>> 0) >>> 16) & 0xff));
    for (const encoding of [undefined, 'windows-1258']) {
      let length = 0;
      for await (const part of textOrUtf8(chunks(junk, 4096), encoding)) length += part.length;
      expect(length).toBeGreaterThan(0);
    }
  });

  it('lets Unicode and Windows-1258 Vietnamese through unchanged, and a UTF-8 file with a stray bad byte is still UTF-8', async () => {
    expect(await decodeAll(new TextEncoder().encode(FILE_TEXT), 5)).toBe(FILE_TEXT);
    expect((await decodeAll(encodeWindows1258(FILE_TEXT), 5, 'windows-1258')).normalize('NFC')).toBe(FILE_TEXT);
    const stray = Buffer.concat([Buffer.from(FILE_TEXT.slice(0, 200)), Buffer.from([0xc3, 0x28]), Buffer.from(FILE_TEXT.slice(200))]);
    expect(await decodeAll(stray, 7)).toContain('\uFFFD');
  });
});

describe('the legacy-font pre-filter', () => {
  /** Characters the signs are made of, and their neighbours: ASCII letters (with g), Latin-1, ă đ ơ ư, combining marks, Unicode Vietnamese. */
  const alphabet = [
    ...'aeiouygGAEIOUYbcdnhtqxBNTQ ,.-',
    ...Array.from({ length: 0xff - 0xa0 }, (_, i) => String.fromCharCode(0xa1 + i)),
    ...'ĂăĐđƠơƯư',
    ...Array.from({ length: 0x24 }, (_, i) => String.fromCharCode(0x300 + i)),
    ...'ạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ',
  ];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 12 }).map((chars) => chars.join(''));

  it('never lets a text with a sign through (property: no sign where the filter says none)', () => {
    fc.assert(
      fc.property(text, (t) => {
        if (!mayHoldLegacySign(t)) expect(legacySignWords(t).legacy).toBe(0);
      }),
      { numRuns: 50_000 },
    );
  });

  it('lets common Unicode names through without the regular expressions, and stops every legacy-font name', () => {
    for (const name of ['Nguyễn Văn Hoàng', 'Trần Thị Xuân', 'Lê Quý Toàn', 'Phạm Nguyên Khoa', 'Đặng Thuý', 'Vũ Quân', 'Huế']) expect(mayHoldLegacySign(name), name).toBe(false);
    for (const name of NAMES) {
      for (const bytes of [encodeTcvn3(name), encodeVni(name)]) {
        for (const encoded of [bytes.toString('latin1'), new TextDecoder('windows-1258').decode(bytes)]) {
          if (legacySignWords(encoded.normalize('NFC')).legacy > 0) expect(mayHoldLegacySign(encoded.normalize('NFC')), encoded).toBe(true);
        }
      }
    }
  });
});
