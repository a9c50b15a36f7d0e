import { open, type FileHandle } from 'node:fs/promises';
import * as zlib from 'node:zlib';

/**
 * Why a zip could not be read: `not-zip` (no zip at all), `truncated` (a zip
 * whose end — the central directory — is missing: an interrupted download
 * or copy), `damaged` (a central directory, local header, compressed stream,
 * size or CRC that does not add up), `unsupported` (encryption, a
 * compression other than stored or deflate), `too-large` (an entry that
 * would inflate beyond the limit the caller is willing to read).
 */
export type ZipProblem = 'not-zip' | 'truncated' | 'damaged' | 'unsupported' | 'too-large';

/** A zip that cannot be read (see {@link ZipProblem}); `entry` names the part, `limit` the bound that was passed (bytes). */
export class ZipError extends Error {
  readonly problem: ZipProblem;
  readonly entry: string;
  readonly limit: number;
  constructor(problem: ZipProblem, entry = '', limit = 0) {
    super(`zip ${problem}${entry ? ` (${entry})` : ''}`);
    this.name = 'ZipError';
    this.problem = problem;
    this.entry = entry;
    this.limit = limit;
  }
}

/** One entry of the central directory. */
export interface ZipEntry {
  /** The name as stored, with `\` read as `/`. */
  readonly name: string;
  readonly method: number;
  readonly flags: number;
  readonly crc: number;
  readonly compressedSize: number;
  /** The uncompressed size the central directory declares: inflation must give exactly this. */
  readonly size: number;
  readonly localOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const ZIP64_EOCD = 0x06064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
/**
 * Bytes read from the file, and handed to zlib, at a time. zlib holds its
 * output to the stream's backpressure even within one input chunk, so a
 * chunk that inflates 1000-fold is still read out 64 KiB at a time.
 */
const FILE_CHUNK = 64 * 1024;
/** The largest central directory read (a workbook has a few dozen entries). */
const MAX_CENTRAL_DIRECTORY = 16 * 1024 * 1024;
const MAX_ENTRIES = 100_000;

/**
 * A zip file read from its central directory, the way a zip is meant to be
 * read: the directory at the end says which entries exist, where, how large
 * they are once inflated and what their CRC is. A file without that end (a
 * download cut short) is refused before anything is read from it. Entries
 * are inflated as a stream, with the declared size and CRC checked, and a
 * bound on the inflated size the caller accepts (inflation bombs).
 */
export class ZipFile {
  readonly #handle: FileHandle;
  readonly #size: number;
  readonly #entries: Map<string, ZipEntry>;
  #closed = false;
  #position = 0;

  private constructor(handle: FileHandle, size: number, entries: Map<string, ZipEntry>) {
    this.#handle = handle;
    this.#size = size;
    this.#entries = entries;
  }

  /** Opens a zip file and reads its central directory; throws a {@link ZipError} when it has none or a damaged one. */
  static async open(path: string): Promise<ZipFile> {
    const handle = await open(path, 'r');
    try {
      const size = (await handle.stat()).size;
      const entries = await readCentralDirectory(handle, size);
      return new ZipFile(handle, size, entries);
    } catch (error) {
      await handle.close();
      throw error;
    }
  }

  /** The file's size in bytes. */
  get size(): number {
    return this.#size;
  }

  /** Where in the file the last read ended (for progress). */
  get position(): number {
    return this.#position;
  }

  /** The entry of a part name (case-insensitive, as OPC part names are; a leading `/` ignored). */
  entry(name: string): ZipEntry | undefined {
    return this.#entries.get(partKey(name));
  }

  /**
   * The inflated bytes of an entry, a chunk at a time. Throws `too-large`
   * before reading anything when the entry declares more than `limit` bytes,
   * and `damaged` when it inflates to more or fewer bytes than declared, or to
   * another CRC (checked at the end: read to the end before trusting it).
   */
  async *read(entry: ZipEntry, limit: number): AsyncGenerator<Buffer> {
    if (entry.size > limit) throw new ZipError('too-large', entry.name, limit);
    if ((entry.flags & 0x1) !== 0) throw new ZipError('unsupported', entry.name);
    if (entry.method !== 0 && entry.method !== 8) throw new ZipError('unsupported', entry.name);
    const start = await this.#dataStart(entry);
    const compressed = this.#bytes(start, entry.compressedSize);
    let total = 0;
    let crc = 0;
    const check = (chunk: Buffer) => {
      total += chunk.length;
      if (total > entry.size) throw new ZipError('damaged', entry.name);
      crc = crc32(chunk, crc);
    };
    if (entry.method === 0) {
      if (entry.compressedSize !== entry.size) throw new ZipError('damaged', entry.name);
      for await (const chunk of compressed) {
        check(chunk);
        yield chunk;
      }
    } else {
      for await (const chunk of inflateRaw(compressed, entry.name)) {
        check(chunk);
        yield chunk;
      }
    }
    if (total !== entry.size || crc >>> 0 !== entry.crc >>> 0) throw new ZipError('damaged', entry.name);
  }

  /** Reads an entry to its end without keeping it: its size and CRC checked (see {@link read}). */
  async verify(entry: ZipEntry, limit: number): Promise<void> {
    for await (const _chunk of this.read(entry, limit));
  }

  /** Releases the file. Safe to call twice. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#closed = true;
    await this.#handle.close();
  }

  async #dataStart(entry: ZipEntry): Promise<number> {
    const header = Buffer.alloc(30);
    const { bytesRead } = await this.#handle.read(header, 0, 30, entry.localOffset);
    if (bytesRead < 30 || header.readUInt32LE(0) !== LOCAL) throw new ZipError('damaged', entry.name);
    const nameLength = header.readUInt16LE(26);
    const extraLength = header.readUInt16LE(28);
    const start = entry.localOffset + 30 + nameLength + extraLength;
    if (start + entry.compressedSize > this.#size) throw new ZipError('damaged', entry.name);
    return start;
  }

  async *#bytes(start: number, length: number): AsyncGenerator<Buffer> {
    let at = start;
    const end = start + length;
    while (at < end) {
      const want = Math.min(FILE_CHUNK, end - at);
      const buffer = Buffer.allocUnsafe(want);
      const { bytesRead } = await this.#handle.read(buffer, 0, want, at);
      if (bytesRead === 0) throw new ZipError('damaged');
      at += bytesRead;
      this.#position = at;
      yield bytesRead === want ? buffer : buffer.subarray(0, bytesRead);
    }
  }
}

/** The key of a part name: OPC part names are case-insensitive and absolute. */
export function partKey(name: string): string {
  return name.replace(/\\/gu, '/').replace(/^\/+/u, '').toLowerCase();
}

async function readCentralDirectory(handle: FileHandle, size: number): Promise<Map<string, ZipEntry>> {
  const head = Buffer.alloc(4);
  await handle.read(head, 0, Math.min(4, size), 0);
  // The end record sits in the last 22 bytes, before a comment of up to 65,535 bytes.
  const tailLength = Math.min(size, 22 + 0xffff);
  const tail = Buffer.alloc(tailLength);
  await handle.read(tail, 0, tailLength, size - tailLength);
  let eocd = -1;
  for (let i = tailLength - 22; i >= 0; i -= 1) {
    if (tail.readUInt32LE(i) === EOCD && i + 22 + tail.readUInt16LE(i + 20) <= tailLength) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) {
    // A file that starts as a zip but has no end is a zip cut short.
    throw new ZipError(size >= 4 && head.readUInt32LE(0) === LOCAL ? 'truncated' : 'not-zip');
  }
  let count = tail.readUInt16LE(eocd + 10);
  let cdSize = tail.readUInt32LE(eocd + 12);
  let cdOffset = tail.readUInt32LE(eocd + 16);
  const eocdAt = size - tailLength + eocd;
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    // ZIP64: the locator just before the end record points to the 64-bit end record.
    const locator = Buffer.alloc(20);
    if (eocdAt < 20) throw new ZipError('damaged');
    await handle.read(locator, 0, 20, eocdAt - 20);
    if (locator.readUInt32LE(0) !== ZIP64_LOCATOR) throw new ZipError('damaged');
    const at = Number(locator.readBigUInt64LE(8));
    const record = Buffer.alloc(56);
    if (at + 56 > size) throw new ZipError('damaged');
    await handle.read(record, 0, 56, at);
    if (record.readUInt32LE(0) !== ZIP64_EOCD) throw new ZipError('damaged');
    count = Number(record.readBigUInt64LE(32));
    cdSize = Number(record.readBigUInt64LE(40));
    cdOffset = Number(record.readBigUInt64LE(48));
  }
  if (count > MAX_ENTRIES || cdSize > MAX_CENTRAL_DIRECTORY) throw new ZipError('too-large', '', MAX_CENTRAL_DIRECTORY);
  if (cdOffset + cdSize > eocdAt) throw new ZipError('damaged');
  const cd = Buffer.alloc(cdSize);
  await handle.read(cd, 0, cdSize, cdOffset);
  const entries = new Map<string, ZipEntry>();
  let at = 0;
  for (let n = 0; n < count; n += 1) {
    if (at + 46 > cdSize || cd.readUInt32LE(at) !== CENTRAL) throw new ZipError('damaged');
    const flags = cd.readUInt16LE(at + 8);
    const method = cd.readUInt16LE(at + 10);
    const crc = cd.readUInt32LE(at + 16);
    let compressedSize = cd.readUInt32LE(at + 20);
    let entrySize = cd.readUInt32LE(at + 24);
    const nameLength = cd.readUInt16LE(at + 28);
    const extraLength = cd.readUInt16LE(at + 30);
    const commentLength = cd.readUInt16LE(at + 32);
    let localOffset = cd.readUInt32LE(at + 42);
    const end = at + 46 + nameLength + extraLength + commentLength;
    if (end > cdSize) throw new ZipError('damaged');
    const name = cd.toString((flags & 0x800) !== 0 ? 'utf8' : 'latin1', at + 46, at + 46 + nameLength).replace(/\\/gu, '/');
    // ZIP64 extra field: the 64-bit values of the fields set to 0xFFFFFFFF, in this order.
    for (let x = at + 46 + nameLength; x + 4 <= at + 46 + nameLength + extraLength; ) {
      const id = cd.readUInt16LE(x);
      const length = cd.readUInt16LE(x + 2);
      if (id === 0x0001) {
        let y = x + 4;
        const next = (): number => {
          if (y + 8 > x + 4 + length) throw new ZipError('damaged');
          const value = Number(cd.readBigUInt64LE(y));
          y += 8;
          return value;
        };
        if (entrySize === 0xffffffff) entrySize = next();
        if (compressedSize === 0xffffffff) compressedSize = next();
        if (localOffset === 0xffffffff) localOffset = next();
      }
      x += 4 + length;
    }
    if (localOffset + 30 > cdOffset) throw new ZipError('damaged');
    const key = partKey(name);
    // Two entries of one name: which one a reader takes differs from reader to reader.
    if (entries.has(key)) throw new ZipError('damaged', name);
    entries.set(key, { name, method, flags, crc, compressedSize, size: entrySize, localOffset });
    at = end;
  }
  return entries;
}

/** Inflates a raw deflate stream; a stream that is broken or ends early is `damaged`. */
async function* inflateRaw(input: AsyncIterable<Buffer>, name: string): AsyncGenerator<Buffer> {
  const inflater = zlib.createInflateRaw({ chunkSize: 64 * 1024 });
  let failed: unknown;
  inflater.on('error', (error) => {
    failed = error;
  });
  const pump = (async () => {
    try {
      for await (const chunk of input) {
        if (inflater.destroyed) return;
        if (!inflater.write(chunk)) await new Promise<void>((resolve) => {
          const done = () => {
            inflater.off('drain', done);
            inflater.off('close', done);
            resolve();
          };
          inflater.on('drain', done);
          inflater.on('close', done);
        });
      }
      inflater.end();
    } catch (error) {
      failed = error;
      inflater.destroy();
    }
  })();
  try {
    for await (const chunk of inflater) yield chunk as Buffer;
  } catch (error) {
    failed ??= error;
  } finally {
    inflater.destroy();
    await pump;
  }
  if (failed !== undefined) throw failed instanceof ZipError ? failed : new ZipError('damaged', name);
}

/** CRC-32 (zlib.crc32 from Node 20.15; a table otherwise). */
const crc32: (data: Buffer, value: number) => number =
  typeof (zlib as { crc32?: unknown }).crc32 === 'function' ? (data, value) => zlib.crc32(data, value) : tableCrc32;

let TABLE: Int32Array | undefined;
function tableCrc32(data: Buffer, value: number): number {
  if (!TABLE) {
    TABLE = new Int32Array(256);
    for (let n = 0; n < 256; n += 1) {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      TABLE[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i += 1) crc = TABLE[(crc ^ data[i]!) & 0xff]! ^ (crc >>> 8);
  return ~crc >>> 0;
}
