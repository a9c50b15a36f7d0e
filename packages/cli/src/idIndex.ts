/**
 * The ids seen so far and the row each was first seen on, for the
 * duplicate-id check of `truongthon check`, in compact form: the ids' text
 * side by side in one growing `Uint16Array`, with typed arrays for where each
 * starts, its 32-bit hash and its row, and an open-addressing table of entry
 * numbers. About 12 bytes per id plus its text (2 bytes a character) plus
 * 8–16 bytes of table, against ~200 bytes for a `Map<string, number>` entry,
 * and nothing for the garbage collector to trace.
 *
 * Exact: a hash only finds the candidates; an id is a duplicate only when
 * its text equals a remembered id's text, code unit for code unit. The ids
 * it is given are already read as core's `normalizeText` reads all text
 * (`coerceText`: NFC, white space folded, invisible characters such as
 * zero-width spaces, controls, fillers, the combining grapheme joiner and
 * variation selectors removed), so that one definition of the same text is
 * the one definition of the same id: "HX-01" and "HX-01\u034f" are one id.
 *
 * Bounded: at most `maxIds` ids and `maxChars` characters of id text are
 * remembered. Once either is reached nothing more is added (ids already
 * remembered are still found), and {@link IdIndex.limit} says how many are.
 */
export class IdIndex {
  readonly #maxIds: number;
  readonly #maxChars: number;
  readonly #hash: (text: string) => number;
  #size = 0;
  #full = false;
  #chars: Uint16Array = new Uint16Array(1024);
  #used = 0;
  /** Entry `i` is `#chars[#starts[i] .. #starts[i + 1])`. */
  #starts = new Uint32Array(65);
  #hashes = new Int32Array(64);
  #rows = new Float64Array(64);
  /** Entry number + 1, or 0 for an empty slot; length a power of two, at most half full. */
  #table = new Int32Array(128);

  /** @param hash the 32-bit hash of an id (tests pass a poor one, to exercise collisions). */
  constructor(maxIds: number, maxChars: number = maxIds * 64, hash: (text: string) => number = hashOf) {
    this.#maxIds = Math.max(0, Math.floor(maxIds));
    this.#maxChars = Math.max(0, Math.floor(maxChars));
    this.#hash = hash;
  }

  /** How many ids are remembered. */
  get size(): number {
    return this.#size;
  }

  /** How many ids were remembered when a bound was reached, or `undefined` while there is room. */
  get limit(): number | undefined {
    return this.#full ? this.#size : undefined;
  }

  /**
   * The row `id` was first seen on, if it was remembered; otherwise
   * remembers it with `row` (while there is room) and returns `undefined`.
   */
  firstRow(id: string, row: number): number | undefined {
    const hash = this.#hash(id) | 0;
    const mask = this.#table.length - 1;
    let slot = hash & mask;
    for (;;) {
      const entry = this.#table[slot]!;
      if (entry === 0) break;
      if (this.#hashes[entry - 1] === hash && this.#equals(entry - 1, id)) return this.#rows[entry - 1];
      slot = (slot + 1) & mask;
    }
    if (this.#full) return undefined;
    if (this.#size >= this.#maxIds || this.#used + id.length > this.#maxChars) {
      this.#full = true;
      return undefined;
    }
    this.#add(id, hash, row, slot);
    return undefined;
  }

  #equals(entry: number, id: string): boolean {
    const start = this.#starts[entry]!;
    if (this.#starts[entry + 1]! - start !== id.length) return false;
    const chars = this.#chars;
    for (let i = 0; i < id.length; i += 1) if (chars[start + i] !== id.charCodeAt(i)) return false;
    return true;
  }

  #add(id: string, hash: number, row: number, slot: number): void {
    const entry = this.#size;
    if (entry === this.#hashes.length) this.#growEntries();
    if (this.#used + id.length > this.#chars.length) this.#chars = grown(this.#chars, this.#used + id.length, this.#maxChars);
    const chars = this.#chars;
    const start = this.#used;
    for (let i = 0; i < id.length; i += 1) chars[start + i] = id.charCodeAt(i);
    this.#used += id.length;
    this.#starts[entry + 1] = this.#used;
    this.#hashes[entry] = hash;
    this.#rows[entry] = row;
    this.#table[slot] = entry + 1;
    this.#size += 1;
    if (this.#size * 2 > this.#table.length) this.#rehash();
  }

  #growEntries(): void {
    const capacity = this.#hashes.length * 2;
    const starts = new Uint32Array(capacity + 1);
    starts.set(this.#starts);
    this.#starts = starts;
    const hashes = new Int32Array(capacity);
    hashes.set(this.#hashes);
    this.#hashes = hashes;
    const rows = new Float64Array(capacity);
    rows.set(this.#rows);
    this.#rows = rows;
  }

  #rehash(): void {
    const table = new Int32Array(this.#table.length * 2);
    const mask = table.length - 1;
    for (let entry = 0; entry < this.#size; entry += 1) {
      let slot = this.#hashes[entry]! & mask;
      while (table[slot] !== 0) slot = (slot + 1) & mask;
      table[slot] = entry + 1;
    }
    this.#table = table;
  }
}

/** A larger copy (by half again, never beyond `max` unless `needed` is). */
function grown(chars: Uint16Array, needed: number, max: number): Uint16Array {
  const length = Math.max(needed, Math.min(max, Math.ceil(chars.length * 1.5)));
  const next = new Uint16Array(length);
  next.set(chars.subarray(0, chars.length));
  return next;
}

/** FNV-1a over the UTF-16 code units, with a final avalanche so that nearby ids spread over the table. */
function hashOf(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i += 1) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h | 0;
}
