import { canonicalJson } from '@truongthon/core';
import { sha256 as sha256Digest } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';

/**
 * The text with every lone surrogate (a UTF-16 code unit U+D800–U+DFFF
 * without its pair) replaced by U+FFFD, as `String.prototype.toWellFormed`
 * does (written out because the rules compile against ES2022).
 */
export function wellFormed(text: string): string {
  // With the `u` flag a surrogate pair is one code point, so only lone halves match.
  return text.replace(/[\uD800-\uDFFF]/gu, '\uFFFD');
}

/**
 * SHA-256 of a string's UTF-8 bytes, as 64 lowercase hex digits.
 *
 * The string is first made well-formed (each lone surrogate becomes U+FFFD,
 * as `String.prototype.toWellFormed` and the WHATWG `TextEncoder` do), then
 * encoded as UTF-8 and hashed by `@noble/hashes` (FIPS 180-4). For a
 * well-formed text the result is what Python's
 * `hashlib.sha256(text.encode('utf-8')).hexdigest()`, Java's
 * `MessageDigest.getInstance("SHA-256").digest(text.getBytes(UTF_8))` or
 * .NET's `SHA256.HashData(Encoding.UTF8.GetBytes(text))` give. With a lone
 * surrogate, .NET and Node's `Buffer` also write U+FFFD, but Java writes `?`
 * and Python refuses to encode: replace it with U+FFFD first there.
 *
 * @example
 * sha256('abc') // 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad'
 * sha256('\uD800') === sha256('\uFFFD') // true: a lone surrogate hashes as U+FFFD (bytes EF BF BD)
 */
export function sha256(text: string): string {
  return bytesToHex(sha256Digest(utf8ToBytes(wellFormed(text))));
}

/**
 * The `inputHash` of an audit record: `'sha256:'` + the {@link sha256} of
 * the canonical JSON of `{ context, input }`.
 *
 * Byte-level definition, for a verifier in another language:
 * 1. Build the object `{ "context": context, "input": input }`, where `input`
 *    is the candidate as `parseCandidate` of `@truongthon/core` returns it
 *    (text through `normalizeText`: NFC, invisible characters removed,
 *    trimmed, spaces folded; blank or left-out members absent) and `context` is
 *    `{ "electionDate": "YYYY-MM-DD", "province": "<code>" }` (`province` is
 *    the province's code on that date, `null` when none was given).
 * 2. Write it as canonical JSON (`canonicalJson` of `@truongthon/core`): no
 *    white space; object keys sorted by UTF-16 code units (all keys are ASCII
 *    field names, so plain byte order); strings escaped as ECMAScript's
 *    `JSON.stringify` does: `\"`, `\\`, `\b`, `\f`, `\n`, `\r`, `\t`, other
 *    characters below U+0020 and every lone surrogate as `\u` + 4 lowercase
 *    hex digits, everything else (Vietnamese letters, U+2028, astral
 *    characters) as itself; `true`, `false`, `null`; numbers as
 *    `JSON.stringify` writes them (inputs carry no fractions).
 * 3. Encode that text as UTF-8 (it has no lone surrogate after step 2; any
 *    would become U+FFFD) and take SHA-256; write it as 64 lowercase hex digits.
 *
 * In Python: `json.dumps(obj, sort_keys=True, separators=(',', ':'),
 * ensure_ascii=False)`, then each lone surrogate replaced by its `\udxxx`
 * escape, `.encode('utf-8')`, `hashlib.sha256(…).hexdigest()`.
 *
 * @example
 * auditInputHash(
 *   { fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-10' },
 *   { electionDate: '2021-01-10', province: '46' },
 * )
 * // 'sha256:' + sha256('{"context":{"electionDate":"2021-01-10","province":"46"},"input":{"dateOfBirth":"1980-01-10","fullName":"Nguyễn Văn An"}}')
 */
export function auditInputHash(input: unknown, context: unknown): string {
  return `sha256:${sha256(canonicalJson({ input, context }))}`;
}
