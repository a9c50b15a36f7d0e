import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkCandidateWithAudit } from '../src/auditCandidate';
import { auditInputHash, sha256, wellFormed } from '../src/auditHash';

describe('sha256 (@noble/hashes over well-formed UTF-8)', () => {
  it('gives the FIPS 180-4 test vectors', () => {
    expect(sha256('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe('248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1');
  });

  it('hashes a lone surrogate as U+FFFD (bytes EF BF BD), as Node\'s Buffer and TextEncoder do', () => {
    expect(sha256('a\uD800b')).toBe(createHash('sha256').update(Buffer.from([0x61, 0xef, 0xbf, 0xbd, 0x62])).digest('hex'));
    expect(sha256('\uDFFF')).toBe(sha256('\uFFFD'));
    expect(sha256('\uD83D\uDE00')).toBe(createHash('sha256').update(Buffer.from([0xf0, 0x9f, 0x98, 0x80])).digest('hex'));
  });

  it('property: agrees with Node crypto on any UTF-16 text, lone surrogates included', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 }), (text, halves) => {
      const s = text + halves + text;
      expect(sha256(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }), { numRuns: 300 });
  });

  it('property: wellFormed is String.prototype.toWellFormed', () => {
    const toWellFormed = (String.prototype as unknown as { toWellFormed?: (this: string) => string }).toWellFormed;
    expect(typeof toWellFormed).toBe('function'); // Node 20 has it
    fc.assert(fc.property(fc.string({ unit: fc.oneof(fc.constantFrom('\uD800', '\uDBFF', '\uDC00', '\uDFFF', 'a', 'ễ'), fc.string({ unit: 'binary', maxLength: 1 })), maxLength: 12 }), (s) => {
      expect(wellFormed(s)).toBe(toWellFormed!.call(s));
    }), { numRuns: 500 });
  });
});

describe('the audit hash, reproduced from its documented bytes by Python', () => {
  it('a record with a lone surrogate: hashlib over the documented canonical JSON gives the same hash', () => {
    const candidate = { fullName: ' Nguye\u0302\u0303n Văn \uD800An ', dateOfBirth: '1980-01-10', permanentResident: true, livesInUnit: true };
    const context = { electionDate: '2021-01-10', province: 'Thừa Thiên Huế' };
    const { audit } = checkCandidateWithAudit(candidate, context);
    // Python rebuilds the documented object from the parsed values (NFC, trimmed; the province as its code),
    // serialises it as documented and hashes the UTF-8 bytes.
    const script = [
      'import hashlib, json, re, sys',
      'obj = {"input": {"fullName": "Nguy\\u1ec5n V\\u0103n \\ud800An", "dateOfBirth": "1980-01-10", "permanentResident": True, "livesInUnit": True},',
      '       "context": {"electionDate": "2021-01-10", "province": "46"}}',
      'text = json.dumps(obj, sort_keys=True, separators=(",", ":"), ensure_ascii=False)',
      'text = re.sub("[\\ud800-\\udfff]", lambda m: "\\\\u%04x" % ord(m.group()), text)',
      'sys.stdout.write("sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest())',
    ].join('\n');
    const python = execFileSync('python3', ['-c', script], { encoding: 'utf8' });
    expect(python).toMatch(/^sha256:[0-9a-f]{64}$/u);
    expect(audit.inputHash).toBe(python);
    // And the same person typed without the lone surrogate hashes differently.
    expect(checkCandidateWithAudit({ ...candidate, fullName: 'Nguyễn Văn An' }, context).audit.inputHash).not.toBe(python);
  });

  it('the hash of ordinary input is the one the hand-written implementation gave (unchanged)', () => {
    // Computed with core's hand-written sha256 before the move to @noble/hashes (and equal to hashlib's).
    const candidate = { fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-10', permanentResident: true, livesInUnit: true };
    expect(auditInputHash(candidate, { electionDate: '2021-01-10', province: '46' })).toBe(checkCandidateWithAudit(candidate, { electionDate: '2021-01-10', province: '46' }).audit.inputHash);
    expect(auditInputHash(candidate, { electionDate: '2021-01-10', province: '46' })).toBe('sha256:5d45945608e54e19ca7af49be45bde409c65f52c990a3401c1393390b205351e');
  });
});
