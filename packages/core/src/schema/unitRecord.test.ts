import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseInput } from './parse';
import { parseUnitRecord, unitRecordReader, unitRecordSchema } from './unitRecord';

const good = {
  province: { code: '62', name: 'Kon Tum' },
  district: { code: '608', name: 'Thành phố Kon Tum' },
  commune: { code: '23284', name: 'Phường Quyết Thắng' },
  unit: { code: '1', name: 'Tổ dân phố 1', kind: 'to_dan_pho' },
  leaderStatus: 'elected',
  leaderPartyMember: true,
  leaderIsPartyCellSecretary: null,
  hasPartyCell: true,
};

/** Same value, same keys in the same order (JSON), same issues; also through a reader that has read other records. */
const shared = unitRecordReader();
const same = (input: unknown) => {
  const fast = parseUnitRecord(input);
  const slow = parseInput(unitRecordSchema, input);
  expect(fast).toStrictEqual(slow);
  expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
  const read = shared(input);
  expect(read).toStrictEqual(slow);
  expect(JSON.stringify(read)).toBe(JSON.stringify(slow));
};

describe('parseUnitRecord', () => {
  it('returns what the zod schema returns, on valid and invalid records', () => {
    same(good);
    same({ ...good, district: null });
    same({ ...good, district: undefined });
    same({ ...good, district: '  ' });
    same({ ...good, unit: { name: ' Thôn  Đăk\u00a0Ruồng ', kind: 'thon', code: '' } });
    same({ ...good, unit: { name: 'Tho\u0302n 1'.normalize('NFD'), kind: 'thon' } });
    same({ ...good, commune: { code: ' 23284 ' } });
    same({ ...good, commune: { code: '23a84' } });
    same({ ...good, leaderStatus: 'acting' });
    same({ ...good, hasPartyCell: 'yes' });
    same({ ...good, hasPartyCell: '' });
    same({ ...good, extra: 1 });
    same({ ...good, extra: '' });
    same(null);
    same([good]);
    // Only own enumerable members count, as for zod (after dropBlanks)
    same({ ...good, province: Object.defineProperty({ code: '62' }, 'name', { value: 'Kon Tum', enumerable: false }) });
    same({ ...good, unit: Object.assign(Object.create({ code: '9' }), { name: 'Thôn 1', kind: 'thon' }) });
    same(Object.assign(Object.create(null), good));
    same({ ...good, commune: Object.assign(Object.create(null), { code: '23284', name: 'Xã A' }) });
    same({ ...good, hasPartyCell: undefined });
    same({ ...good, province: { code: '62', name: undefined } });
    same({ ...good, commune: { code: '23284', extra: '' } });
    same({ ...good, leaderPartyMember: '  ' });
    // The kind may be left out (the report reads it from the name)
    same({ ...good, unit: { code: '1', name: 'Xóm 3' } });
    same({ ...good, unit: { name: 'Xóm 3', kind: null } });
    same({ ...good, unit: { name: 'Xóm 3', kind: ' ' } });
    same({ ...good, unit: { name: 'Xóm 3', kind: 'xom' } });
    same({ ...good, unit: { name: 'Xóm 3', kind: undefined } });
  });
  it('keeps a unit whose kind is not stated, and refuses a kind that is not thon or to_dan_pho', () => {
    expect(parseUnitRecord({ ...good, unit: { code: '3', name: 'Xóm 3' } })).toEqual({ ok: true, value: { ...good, unit: { code: '3', name: 'Xóm 3' } } });
    expect(parseUnitRecord({ ...good, unit: { name: 'Xóm 3', kind: null } })).toEqual({ ok: true, value: { ...good, unit: { name: 'Xóm 3', kind: null } } });
    expect(parseUnitRecord({ ...good, unit: { name: 'Xóm 3', kind: '' } })).toEqual({ ok: true, value: { ...good, unit: { name: 'Xóm 3' } } });
    const bad = parseUnitRecord({ ...good, unit: { name: 'Xóm 3', kind: 'xom' } });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.issues.map((i) => i.path)).toEqual(['unit.kind']);
  });
  it('a reader shares one frozen admin ref between consecutive records giving the same one, and no more', () => {
    const read = unitRecordReader();
    const a = read(good);
    const b = read({ ...good, province: { ...good.province }, unit: { ...good.unit, code: '2' } });
    const c = read({ ...good, province: { code: '62', name: 'Kon  Tum' } });
    const d = read({ ...good, province: { code: '62' } });
    if (!a.ok || !b.ok || !c.ok || !d.ok) throw new Error('not read');
    expect(b.value.province).toBe(a.value.province);
    expect(Object.isFrozen(a.value.province)).toBe(true);
    expect(c.value.province).not.toBe(a.value.province);
    expect(c.value.province).toEqual({ code: '62', name: 'Kon Tum' });
    expect(d.value.province).toStrictEqual({ code: '62' });
    expect(b.value.unit).toEqual({ code: '2', name: 'Tổ dân phố 1', kind: 'to_dan_pho' });
    // parseUnitRecord alone never shares
    const e = parseUnitRecord(good);
    expect(e.ok && e.value.province).not.toBe(a.value.province);
  });
  it('agrees with the zod schema on generated records (fast-check)', { timeout: 60_000 }, () => {
    const text = fc.oneof(
      fc.constantFrom('Thôn 1', ' Thôn  2 ', 'Tổ dân phố Đông', 'Tho\u0302n 3', '', '   ', 'x'.repeat(201), 'Ấp\u00a0Mới', 'ℌ', 'Ω'),
      fc.string({ maxLength: 12 }),
    );
    const flag = fc.constantFrom(true, false, null, undefined, '', 'yes', 0);
    const ref = fc.record({ code: fc.oneof(fc.constantFrom('62', '608', ' 23284', '1a', '', '123456789'), fc.string({ maxLength: 4 })), name: fc.option(text, { nil: undefined }) }, { requiredKeys: [] });
    const record = fc.record(
      {
        province: ref,
        district: fc.oneof(ref, fc.constant(null)),
        commune: ref,
        unit: fc.record({ code: fc.option(text, { nil: null }), name: text, kind: fc.constantFrom('thon', 'to_dan_pho', 'village', null, '', ' ', undefined) }, { requiredKeys: ['name'] }),
        leaderStatus: fc.constantFrom('elected', 'interim', 'vacant', 'x'),
        leaderPartyMember: flag,
        leaderIsPartyCellSecretary: flag,
        hasPartyCell: flag,
      },
      { requiredKeys: ['province', 'commune', 'unit', 'leaderStatus'] },
    );
    fc.assert(fc.property(record, (r) => same(r)), { numRuns: 500 });
    // batches through one reader, with refs repeated from record to record (as in a report)
    fc.assert(
      fc.property(fc.array(fc.tuple(record, fc.boolean()), { maxLength: 20 }), (rows) => {
        const read = unitRecordReader();
        let previous: Record<string, unknown> | undefined;
        for (const [r, repeat] of rows) {
          const input: Record<string, unknown> = repeat && previous ? { ...r, province: { ...(previous['province'] as object) }, commune: previous['commune'] } : r;
          const slow = parseInput(unitRecordSchema, input);
          const fast = read(input);
          expect(fast).toStrictEqual(slow);
          expect(JSON.stringify(fast)).toBe(JSON.stringify(slow));
          previous = input;
        }
      }),
      { numRuns: 300 },
    );
  });
});
