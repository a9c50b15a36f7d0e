/**
 * A small streaming XML scanner for the parts of an XLSX workbook: bytes
 * in, element and text events out, with bounded memory whatever the input.
 * A tag longer than `maxTag` bytes is an error (no part of a workbook has
 * one); text is handed over in pieces as it arrives, never gathered here,
 * and decoded only while the handler asks for it (`capturing`). Names are
 * local names (a `x:` prefix dropped). Entities: the five of XML and
 * character references; a DOCTYPE is refused (OOXML never has one, and no
 * entity is ever expanded from one).
 */

/** Receives the scanner's events. A self-closing element gives `open` then `close`. */
export interface XmlHandler {
  /** Whether `text` is wanted now; text outside is skipped without being decoded. */
  readonly capturing: boolean;
  open(name: string, attributes: string): void;
  close(name: string): void;
  text(text: string): void;
}

/** XML the scanner cannot read. */
export class XmlError extends Error {
  constructor(reason: string) {
    super(`xml: ${reason}`);
    this.name = 'XmlError';
  }
}

const LT = 0x3c;
const GT = 0x3e;
const AMP = 0x26;
const SEMI = 0x3b;
const QUOT = 0x22;
const APOS = 0x27;
const SLASH = 0x2f;
const BANG = 0x21;
const QUESTION = 0x3f;
const SPACE = 0x20;

const enum Mode {
  Text,
  Comment,
  CData,
  Instruction,
}

const COMMENT_START = Buffer.from('<!--');
const CDATA_START = Buffer.from('<![CDATA[');
const COMMENT_END = Buffer.from('-->');
const CDATA_END = Buffer.from(']]>');
const INSTRUCTION_END = Buffer.from('?>');

/** A streaming scanner: {@link write} chunks of a part, then {@link end}. */
export class XmlScanner {
  readonly #handler: XmlHandler;
  readonly #maxTag: number;
  #tail: Buffer = Buffer.alloc(0);
  #mode = Mode.Text;
  /** Bytes of the current comment or instruction skipped so far. */
  #skipped = 0;
  /** Whether the first bytes (a byte-order mark) were looked at. */
  #started = false;

  constructor(handler: XmlHandler, maxTag = 64 * 1024) {
    this.#handler = handler;
    this.#maxTag = maxTag;
  }

  write(chunk: Buffer): void {
    const buf = this.#tail.length > 0 ? Buffer.concat([this.#tail, chunk]) : chunk;
    this.#tail = Buffer.alloc(0);
    let pos = 0;
    if (!this.#started && buf.length > 0) {
      if (buf.length < 3) {
        this.#tail = Buffer.from(buf);
        return;
      }
      this.#started = true;
      // A UTF-8 byte-order mark is skipped; UTF-16 (never written by Excel) is refused rather than misread.
      if (buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf) pos = 3;
      else if ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff) || buf[1] === 0) throw new XmlError('not UTF-8');
    }
    const keep = (from: number) => {
      this.#tail = Buffer.from(buf.subarray(from));
    };
    while (pos < buf.length) {
      if (this.#mode === Mode.Comment || this.#mode === Mode.Instruction) {
        const endMark = this.#mode === Mode.Comment ? COMMENT_END : INSTRUCTION_END;
        const end = buf.indexOf(endMark, pos);
        if (end < 0) {
          this.#skipped += buf.length - pos;
          if (this.#mode === Mode.Instruction && this.#skipped > this.#maxTag) throw new XmlError('instruction too long');
          keep(Math.max(pos, buf.length - (endMark.length - 1)));
          return;
        }
        pos = end + endMark.length;
        this.#mode = Mode.Text;
        continue;
      }
      if (this.#mode === Mode.CData) {
        const end = buf.indexOf(CDATA_END, pos);
        const stop = end < 0 ? utf8Boundary(buf, pos, Math.max(pos, buf.length - 2)) : end;
        if (stop > pos && this.#handler.capturing) this.#handler.text(buf.toString('utf8', pos, stop));
        if (end < 0) {
          keep(stop);
          return;
        }
        pos = end + CDATA_END.length;
        this.#mode = Mode.Text;
        continue;
      }
      const lt = buf.indexOf(LT, pos);
      if (lt < 0) {
        const cut = textBoundary(buf, pos, buf.length);
        this.#text(buf, pos, cut);
        keep(cut);
        return;
      }
      this.#text(buf, pos, lt);
      pos = lt;
      // A markup start: `<!--`, `<![CDATA[`, `<?`, `<!…` or a tag.
      if (buf.length - pos < CDATA_START.length && buf[pos + 1] === BANG) {
        keep(pos);
        return;
      }
      if (buf[pos + 1] === BANG) {
        if (buf.compare(COMMENT_START, 0, 4, pos, pos + 4) === 0) {
          this.#mode = Mode.Comment;
          this.#skipped = 0;
          pos += 4;
          continue;
        }
        if (buf.compare(CDATA_START, 0, CDATA_START.length, pos, pos + CDATA_START.length) === 0) {
          this.#mode = Mode.CData;
          pos += CDATA_START.length;
          continue;
        }
        throw new XmlError('declaration');
      }
      if (pos + 1 >= buf.length) {
        keep(pos);
        return;
      }
      if (buf[pos + 1] === QUESTION) {
        this.#mode = Mode.Instruction;
        this.#skipped = 0;
        pos += 2;
        continue;
      }
      const gt = tagEnd(buf, pos + 1);
      if (gt < 0) {
        if (buf.length - pos > this.#maxTag) throw new XmlError('tag too long');
        keep(pos);
        return;
      }
      if (gt - pos > this.#maxTag) throw new XmlError('tag too long');
      this.#tag(buf, pos + 1, gt);
      pos = gt + 1;
    }
  }

  /** The part ended: anything left open (a tag, a comment, a CDATA section) is an error. */
  end(): void {
    if (this.#mode !== Mode.Text) throw new XmlError('unexpected end');
    if (!this.#started && this.#tail.length > 0 && this.#tail.includes(0)) throw new XmlError('not UTF-8');
    if (this.#tail.length > 0) {
      const rest = this.#tail.toString('utf8');
      this.#tail = Buffer.alloc(0);
      if (rest.includes('<')) throw new XmlError('unexpected end');
      if (this.#handler.capturing && rest !== '') this.#handler.text(decodeEntities(rest));
    }
  }

  #text(buf: Buffer, from: number, to: number): void {
    if (to <= from || !this.#handler.capturing) return;
    const text = buf.toString('utf8', from, to);
    this.#handler.text(text.includes('&') ? decodeEntities(text) : text);
  }

  #tag(buf: Buffer, from: number, to: number): void {
    if (buf[from] === SLASH) {
      let end = to;
      while (end > from + 1 && buf[end - 1]! <= SPACE) end -= 1;
      this.#handler.close(localName(buf.toString('latin1', from + 1, end)));
      return;
    }
    const selfClosing = buf[to - 1] === SLASH;
    const stop = selfClosing ? to - 1 : to;
    // Names are ASCII in every part of a workbook; attributes may hold any text (a sheet's name).
    let nameEnd = from;
    while (nameEnd < stop && buf[nameEnd]! > SPACE) nameEnd += 1;
    const name = localName(buf.toString('latin1', from, nameEnd));
    if (name === '') throw new XmlError('empty tag');
    this.#handler.open(name, nameEnd < stop ? buf.toString('utf8', nameEnd, stop) : '');
    if (selfClosing) this.#handler.close(name);
  }
}

/** The position of the `>` that ends a tag starting at `from` (quotes respected), or -1. */
function tagEnd(buf: Buffer, from: number): number {
  let quote = 0;
  for (let i = from; i < buf.length; i += 1) {
    const b = buf[i]!;
    if (quote !== 0) {
      if (b === quote) quote = 0;
    } else if (b === QUOT || b === APOS) quote = b;
    else if (b === GT) return i;
    else if (b === LT) throw new XmlError('< in a tag');
  }
  return -1;
}

function localName(name: string): string {
  const colon = name.lastIndexOf(':');
  return colon < 0 ? name : name.slice(colon + 1);
}

/**
 * Where text read up to `end` can be cut: before an entity that may not be
 * complete (`&am`) and before a UTF-8 letter whose bytes are not all there.
 */
function textBoundary(buf: Buffer, from: number, end: number): number {
  let cut = end;
  for (let i = end - 1; i >= from && i >= end - 12; i -= 1) {
    if (buf[i] === SEMI) break;
    if (buf[i] === AMP) {
      cut = i;
      break;
    }
  }
  return utf8Boundary(buf, from, cut);
}

/** `cut`, moved back to the start of a UTF-8 sequence that would be split there. */
function utf8Boundary(buf: Buffer, from: number, cut: number): number {
  for (let i = cut - 1; i >= from && i >= cut - 3; i -= 1) {
    const b = buf[i]!;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return i + length > cut ? i : cut;
  }
  return cut;
}

const NAMED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

/** The five XML entities and character references decoded; anything else left as written. */
export function decodeEntities(text: string): string {
  return text.replace(/&(?:#[xX]([0-9a-fA-F]{1,6})|#([0-9]{1,7})|(lt|gt|amp|quot|apos));/gu, (whole, hex?: string, dec?: string, named?: string) => {
    if (named !== undefined) return NAMED[named]!;
    const code = hex !== undefined ? Number.parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff && (code < 0xd800 || code > 0xdfff) ? String.fromCodePoint(code) : '\uFFFD';
  });
}

/** An attribute of a tag's attribute text, by local name (`r:id` is `id`), decoded; `undefined` when absent. */
export function attribute(attributes: string, name: string): string | undefined {
  const n = attributes.length;
  let i = 0;
  while (i < n) {
    while (i < n && attributes.charCodeAt(i) <= SPACE) i += 1;
    if (i >= n) return undefined;
    const keyStart = i;
    while (i < n && attributes.charCodeAt(i) > SPACE && attributes[i] !== '=') i += 1;
    const keyEnd = i;
    while (i < n && attributes.charCodeAt(i) <= SPACE) i += 1;
    if (attributes[i] !== '=') return undefined;
    i += 1;
    while (i < n && attributes.charCodeAt(i) <= SPACE) i += 1;
    const quote = attributes[i];
    if (quote !== '"' && quote !== "'") return undefined;
    const end = attributes.indexOf(quote, i + 1);
    if (end < 0) return undefined;
    const colon = attributes.lastIndexOf(':', keyEnd - 1);
    const localStart = colon >= keyStart ? colon + 1 : keyStart;
    if (keyEnd - localStart === name.length && attributes.startsWith(name, localStart)) {
      const value = attributes.slice(i + 1, end);
      return value.includes('&') ? decodeEntities(value) : value;
    }
    i = end + 1;
  }
  return undefined;
}

/**
 * Text of OOXML's `ST_Xstring`: characters XML cannot carry are written
 * `_xHHHH_` (`_x000D_` for a carriage return), and a literal `_x…_` as
 * `_x005F_x…_`.
 */
export function decodeXstring(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(/_x([0-9A-Fa-f]{4})_/gu, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));
}
