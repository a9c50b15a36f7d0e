import { describe, expect, it } from 'vitest';
import { decodeText, encodeWindows1258, resolveEncoding, sniffBom } from '../src/io/encoding';

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
