import { escapeMarkup } from './escape';
import { type CheckRecord, IDENTITY_FIELDS, isSharedPart } from './record';
import type { TextOut } from './sink';

/*
 * The JSON output of `check` records, fast: exactly `safeJson(record)`
 * (same keys, order, values and escapes), but most of it copied as bytes.
 * A record is mostly parts shared with other records (its findings, regime,
 * province and term, see `checkRecord`): their JSON is encoded once, and
 * each record only encodes its own row, id, name, masked citizen id and
 * verdict.
 */

interface Encoded {
  readonly json: string;
  /** UTF-8 of the JSON text, and of `,` + the JSON text (as the next element of an array). */
  readonly first: Uint8Array;
  readonly next: Uint8Array;
}

const ENCODED = new WeakMap<object, Encoded>();

function encoded(part: object): Encoded | undefined {
  let known = ENCODED.get(part);
  if (known === undefined && isSharedPart(part)) {
    const json = escapeMarkup(JSON.stringify(part));
    const next = Buffer.from(`,${json}`);
    known = { json, first: next.subarray(1), next };
    ENCODED.set(part, known);
  }
  return known;
}

/**
 * `escapeMarkup(JSON.stringify(value))` for a string or null. Most text
 * (names, ids) needs no escape at all: then it is just quoted, after one
 * look at each character.
 */
function textJson(value: string | null): string {
  if (value === null) return 'null';
  for (let i = 0; i < value.length; i += 1) {
    const c = value.charCodeAt(i);
    // Control characters, `"`, `\`, `&`, `<`, `>`, surrogates (lone ones are escaped), U+2028/9.
    if (c < 0x20 || c === 0x22 || c === 0x5c || c === 0x26 || c === 0x3c || c === 0x3e || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) return escapeMarkup(JSON.stringify(value));
  }
  return `"${value}"`;
}
const VERDICT_JSON: ReadonlyMap<string, string> = new Map(['eligible', 'ineligible', 'undetermined', 'invalid'].map((v) => [v, JSON.stringify(v)]));
const jsonPart = (value: object | null): string => (value === null ? 'null' : (encoded(value)?.json ?? escapeMarkup(JSON.stringify(value))));
const isTextOrNull = (value: unknown): value is string | null => value === null || typeof value === 'string';

/**
 * The end of a record without issues, for the last shared regime, province
 * and term seen: `,"issues":[],"regime":…,"province":…,"term":…}`, and the
 * same after `],"missing":[]` (most records miss nothing).
 */
let lastTail: { readonly regime: object | null; readonly province: object | null; readonly term: object | null; readonly afterMissing: Uint8Array; readonly whole: Uint8Array } | undefined;

function tailFor(regime: object | null, province: object | null, term: object | null): typeof lastTail {
  if (lastTail && lastTail.regime === regime && lastTail.province === province && lastTail.term === term) return lastTail;
  if ((regime !== null && !isSharedPart(regime)) || (province !== null && !isSharedPart(province)) || (term !== null && !isSharedPart(term))) return undefined;
  const afterMissing = `,"issues":[],"regime":${jsonPart(regime)},"province":${jsonPart(province)},"term":${jsonPart(term)}}`;
  lastTail = { regime, province, term, afterMissing: Buffer.from(afterMissing), whole: Buffer.from(`],"missing":[]${afterMissing}`) };
  return lastTail;
}

const MISSING = Buffer.from('],"missing":');

/** `,"id":`, `,"fullName":`, …: the keys of the identity fields, in a record's order. */
const IDENTITY_KEYS = IDENTITY_FIELDS.map((field) => `,${JSON.stringify(field.path)}:`);

/** Writes the JSON text of a record, exactly `safeJson(record)`, to `out`. */
export function writeCheckRecordJson(record: CheckRecord, out: TextOut): void {
  const { findings, missing, issues, regime, province, term } = record;
  let identity = '';
  let shaped = Number.isSafeInteger(record.row) && typeof record.verdict === 'string';
  for (let i = 0; shaped && i < IDENTITY_KEYS.length; i += 1) {
    const value = record[IDENTITY_FIELDS[i]!.path];
    if (isTextOrNull(value)) identity += `${IDENTITY_KEYS[i]}${textJson(value)}`;
    else shaped = false;
  }
  if (!shaped) {
    // Not the shape `checkRows` makes: the general path.
    out.text(escapeMarkup(JSON.stringify(record)));
    return;
  }
  out.text(`{"row":${record.row}${identity},"verdict":${VERDICT_JSON.get(record.verdict) ?? textJson(record.verdict)},"findings":[`);
  for (let i = 0; i < findings.length; i += 1) {
    const finding = findings[i]!;
    const known = encoded(finding);
    if (known) out.bytes(i === 0 ? known.first : known.next);
    else out.text(`${i === 0 ? '' : ','}${escapeMarkup(JSON.stringify(finding))}`);
  }
  if (issues.length === 0) {
    const tail = tailFor(regime, province, term);
    if (tail) {
      if (missing.length === 0) out.bytes(tail.whole);
      else {
        out.bytes(MISSING);
        out.text(escapeMarkup(JSON.stringify(missing)));
        out.bytes(tail.afterMissing);
      }
      return;
    }
  }
  out.text(
    `],"missing":${escapeMarkup(JSON.stringify(missing))},"issues":${escapeMarkup(JSON.stringify(issues))},"regime":${jsonPart(regime)},"province":${jsonPart(province)},"term":${jsonPart(term)}}`,
  );
}

const decoder = new TextDecoder();

/** The JSON text of a record, exactly `safeJson(record)`: {@link writeCheckRecordJson} as one string. */
export function checkRecordJson(record: CheckRecord): string {
  let text = '';
  writeCheckRecordJson(record, {
    text: (piece) => {
      text += piece;
    },
    bytes: (piece) => {
      text += decoder.decode(piece);
    },
  });
  return text;
}
