/**
 * The library never throws on a value a caller can pass (issue 13, "Nothing
 * lost, ever", item 4): every exported function of @truongthon/rules and
 * @truongthon/core that reads input from outside — records, dates, province
 * names, options, registries — returns a coded result for any value in any
 * argument: getters that throw, cycles, 100 000 levels of nesting, revoked
 * proxies, `__proto__` / `constructor` / `toString` own keys, non-plain
 * objects, wrong types. (`checkCandidate` and the catalogues: never-throws.test.ts.)
 *
 * Kept out on purpose, each documented where it is defined: the date
 * arithmetic of core (`addDays`, `addMonths`, `ageOn`, … throw a `RangeError`
 * on a day that does not exist), the procedure steps built from a checked
 * date (`rerunStep`, `preparationSteps`, `newElectionStep`, `interimStep`),
 * `classifyUnit` / `unitKindOf` (parsed records), `toJsonSchema` (a schema
 * name of your code), and `rollUp` (runs your callbacks and passes on what
 * they throw).
 */
import * as core from '@truongthon/core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as rules from '../src/index';

/** Runs of fc.anything() per argument; `npm run fuzz` raises it. */
const runs = Math.min(Number(process.env['FUZZ_RUNS'] ?? 40), 2000);

const D = '2021-01-10';
const MEETING = {
  electionDate: D, province: '46', unit: { name: 'Tổ dân phố 1' }, electorateBase: 'households', totalElectorate: 361, present: 300, votingMode: 'show_of_hands',
  candidates: [{ name: 'Nguyễn Văn An', votes: 200 }, { name: 'Trần Thị Bình', votes: 90 }],
};
const UNIT = {
  province: { code: '62', name: 'Kon Tum' }, district: { code: '608' }, commune: { code: '23284' },
  unit: { code: '1', name: 'Thôn 1', kind: 'thon' }, leaderStatus: 'elected', leaderPartyMember: true, leaderIsPartyCellSecretary: true, hasPartyCell: true,
};
const PARSED_UNIT = (core.parseUnitRecord(UNIT) as { ok: true; value: core.UnitRecord }).value;
const HUE = rules.findProvince('46', D)!;

/** A getter that throws on `key` of a fresh object with `fields`. */
function throwingGetter(fields: Record<string, unknown>, key: string): Record<string, unknown> {
  const out = { ...fields };
  Object.defineProperty(out, key, { enumerable: true, get: () => { throw new Error('boom'); } });
  return out;
}

/** The hostile values, built once (the deep ones are 100 000 levels). */
const HOSTILE: readonly (readonly [string, unknown])[] = (() => {
  const { proxy: revoked, revoke } = Proxy.revocable({}, {});
  revoke();
  const { proxy: revokedArray, revoke: revokeArray } = Proxy.revocable([], {});
  revokeArray();
  const trap = () => { throw new Error('trap'); };
  const trapping = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getPrototypeOf: trap, getOwnPropertyDescriptor: trap });
  const trappingArray = new Proxy([1, 2, 3], { get: trap });
  const cycle: Record<string, unknown> = {};
  for (const key of ['a', 'province', 'unit', 'commune', 'candidates', 'electionDate']) cycle[key] = cycle;
  let deep: unknown = {};
  for (let i = 0; i < 100_000; i++) deep = { a: deep };
  let deepArray: unknown = [];
  for (let i = 0; i < 100_000; i++) deepArray = [deepArray];
  // One object reached along 2^40 paths: copying it per path would never end.
  let shared: unknown = { name: 'x' };
  for (let i = 0; i < 40; i++) shared = { province: shared, unit: shared, commune: shared };
  const primitive = { toString: trap, valueOf: trap, [Symbol.toPrimitive]: trap };
  const arrayGetter: unknown[] = [UNIT];
  Object.defineProperty(arrayGetter, 0, { get: trap });
  const registryThrows = { overlays: [], parameter: trap, forProvince: trap };
  const registryJunk = { overlays: 7, parameter: () => 42, forProvince: () => 'x' };
  return [
    ['a getter that throws', throwingGetter({ fullName: 'A' }, 'province')],
    ['a revoked proxy', revoked],
    ['a revoked array proxy', revokedArray],
    ['a proxy whose traps throw', trapping],
    ['an array proxy whose get throws', trappingArray],
    ['a cycle', cycle],
    ['100 000 levels of objects', deep],
    ['100 000 levels of arrays', deepArray],
    ['one object shared along 2^40 paths', shared],
    ['own __proto__, constructor and toString keys', JSON.parse('{"__proto__": {"electionDate": "2021-01-10"}, "constructor": 1, "toString": 2}')],
    ['a null-prototype object', Object.create(null)],
    ['a Map', new Map([['province', '46']])],
    ['an invalid Date', new Date(Number.NaN)],
    ['a class instance', new (class Unit { province = '46'; })()],
    ['a function', () => 1],
    ['a symbol', Symbol('x')],
    ['a bigint', 10n],
    ['NaN', Number.NaN],
    ['a number', 46],
    ['null', null],
    ['undefined', undefined],
    ['true', true],
    ['an empty array', []],
    ['a sparse array', new Array(5)],
    ['an array whose element getter throws', arrayGetter],
    ['a value whose conversions throw', primitive],
    ['a lone surrogate', '\uD800'],
    ['the string toString', 'toString'],
    ['the string __proto__', '__proto__'],
    ['a string of 1 MiB', '4'.repeat(1 << 20)],
    ['a registry whose functions throw', registryThrows],
    ['a registry that returns junk', registryJunk],
  ];
})();

/** Whether a code has text in both catalogues (a coded result can be shown to a person). */
function expectCoded(code: unknown): void {
  expect(typeof code === 'string' && Object.hasOwn(rules.MESSAGES.vi, code) && Object.hasOwn(rules.MESSAGES.en, code), `code ${String(code)}`).toBe(true);
}

/** Issues of a result: each with a path and a code that has vi and en text. */
function expectIssues(issues: readonly { readonly path: string; readonly code: string }[]): void {
  for (const issue of issues) {
    expect(typeof issue.path).toBe('string');
    expectCoded(issue.code);
  }
}

/** Results are plain data: nothing of a caller's value comes back (rendering or serialising them cannot throw). */
function expectPlain(result: unknown): void {
  expect(() => JSON.stringify(result, (_k, v: unknown) => (typeof v === 'bigint' ? String(v) : v))).not.toThrow();
}

const OUTCOMES = ['elected', 'no-winner', 'invalid-meeting', 'household-ballot-required', 'carried', 'not-carried', 'inconsistent', 'undetermined', 'invalid'];

function meeting(r: rules.MeetingResult): void {
  expect(OUTCOMES).toContain(r.outcome);
  expect(r.outcome === 'invalid').toBe(r.issues.length > 0);
  expectIssues(r.issues);
  for (const f of r.findings) expectCoded(f.code);
  expectPlain(r);
}

function okWithIssues(r: { readonly ok: boolean; readonly issues: readonly { readonly path: string; readonly code: string }[] }): void {
  expect(r.ok).toBe(r.issues.length === 0);
  expectIssues(r.issues);
  expectPlain(r);
}

function timeline(r: rules.TimelineResult): void {
  okWithIssues(r);
  for (const f of r.findings) expectCoded(f.code);
}

function lookup(r: rules.TermLookup): void {
  if (!r.ok) expectCoded(r.error.code);
  expectPlain(r);
}

function report(r: rules.SecretaryReport): void {
  expectIssues(r.issues);
  for (const f of r.findings) expectCoded(f.code);
  if (r.ok) expect(r.counted + r.rejected).toBe(r.records); // nothing lost: every record counted or named in `issues`
  else expect(r.issues.some((i) => i.index === -1)).toBe(true);
  expectPlain(r);
}

function parsed(r: core.ParseResult<unknown>): void {
  if (!r.ok) {
    expect(r.issues.length).toBeGreaterThan(0);
    expectIssues(r.issues);
  }
  expectPlain(r);
}

/**
 * Each entry point, one argument at a time: `call(v)` puts the value in that
 * argument (the others valid), `check` says what a coded result is.
 */
const ENTRY_POINTS: readonly { readonly name: string; readonly call: (v: any) => unknown; readonly check: (r: any) => void }[] = [
  { name: 'evaluateMeeting(v)', call: (v) => rules.evaluateMeeting(v), check: meeting },
  { name: 'evaluateMeeting({ ...m, candidates: [v] })', call: (v) => rules.evaluateMeeting({ ...MEETING, candidates: [v] }), check: meeting },
  { name: 'evaluateMeeting({ ...m, unit: v })', call: (v) => rules.evaluateMeeting({ ...MEETING, unit: v }), check: meeting },
  { name: 'evaluateMeeting(m, v)', call: (v) => rules.evaluateMeeting(MEETING, v), check: meeting },
  { name: 'evaluateMeeting(m, { province: v })', call: (v) => rules.evaluateMeeting({ ...MEETING, province: undefined }, { province: v }), check: meeting },
  { name: 'evaluateMeeting(m, { overlays: v })', call: (v) => rules.evaluateMeeting(MEETING, { overlays: v }), check: meeting },
  { name: 'evaluateMeeting(m, { calendar: v })', call: (v) => rules.evaluateMeeting(MEETING, { calendar: v }), check: meeting },
  { name: 'evaluateMeeting(m, { calendar: { officialCalendars: [v] } })', call: (v) => rules.evaluateMeeting(MEETING, { calendar: { officialCalendars: [v] } }), check: meeting },
  { name: 'electionTimeline(v)', call: (v) => rules.electionTimeline(v), check: timeline },
  { name: 'electionTimeline(d, v)', call: (v) => rules.electionTimeline(D, v), check: timeline },
  { name: 'electionTimeline(d, { province: v })', call: (v) => rules.electionTimeline(D, { province: v }), check: timeline },
  { name: 'electionTimeline(d, { receivedOn: v })', call: (v) => rules.electionTimeline(D, { receivedOn: v }), check: timeline },
  { name: 'electionTimeline(d, { province: 62, overlays: v })', call: (v) => rules.electionTimeline(D, { province: '62', overlays: v }), check: timeline },
  { name: 'electionTimeline(d, { calendar: v })', call: (v) => rules.electionTimeline(D, { calendar: v }), check: timeline },
  { name: 'electionTimeline(d, { calendar: { officialCalendars: v } })', call: (v) => rules.electionTimeline(D, { calendar: { officialCalendars: v } }), check: timeline },
  { name: 'interimDeadline(v)', call: (v) => rules.interimDeadline(v), check: okWithIssues },
  { name: 'termOn(v, d)', call: (v) => rules.termOn(v, D), check: lookup },
  { name: 'termOn(46, v)', call: (v) => rules.termOn('46', v), check: lookup },
  { name: 'termOn(46, d, v)', call: (v) => rules.termOn('46', D, v), check: lookup },
  { name: 'termOn(46, d, registry, v)', call: (v) => rules.termOn('46', D, rules.DEFAULT_OVERLAYS, v), check: lookup },
  { name: 'termOn(51, d, registry, { formerProvince: v })', call: (v) => rules.termOn('51', '2025-10-01', rules.DEFAULT_OVERLAYS, { formerProvince: v }), check: lookup },
  { name: 'termForElection(v, d)', call: (v) => rules.termForElection(v, D), check: lookup },
  { name: 'termForElection(46, v)', call: (v) => rules.termForElection('46', v), check: lookup },
  { name: 'termForElection(46, d, v)', call: (v) => rules.termForElection('46', D, v), check: lookup },
  { name: 'termForElection(46, d, registry, v)', call: (v) => rules.termForElection('46', D, rules.DEFAULT_OVERLAYS, v), check: lookup },
  { name: 'termLengthOn(v, d)', call: (v) => rules.termLengthOn(v, D), check: (r) => expect(r === undefined || typeof r.years === 'number').toBe(true) },
  { name: 'termLengthOn(46, v)', call: (v) => rules.termLengthOn('46', v), check: (r) => expect(r === undefined || typeof r.years === 'number').toBe(true) },
  { name: 'termLengthOn(46, d, v)', call: (v) => rules.termLengthOn('46', D, v), check: (r) => expect(r === undefined || typeof r.years === 'number').toBe(true) },
  { name: 'termLengthLawOn(v)', call: (v) => rules.termLengthLawOn(v), check: (r) => expect(r === undefined || typeof r.id === 'string').toBe(true) },
  { name: 'procedureSetOn(v)', call: (v) => rules.procedureSetOn(v), check: (r) => expect(r === undefined || rules.PROCEDURE_SETS.includes(r)).toBe(true) },
  { name: 'findProvince(v, d)', call: (v) => rules.findProvince(v, D), check: (r) => expect(r === undefined || rules.PROVINCES.includes(r)).toBe(true) },
  { name: 'findProvince(46, v)', call: (v) => rules.findProvince('46', v), check: (r) => expect(r === undefined || rules.PROVINCES.includes(r)).toBe(true) },
  { name: 'provinceNameMatches(v, name)', call: (v) => rules.provinceNameMatches(v, 'Huế'), check: (r) => expect(typeof r).toBe('boolean') },
  { name: 'provinceNameMatches(province, v)', call: (v) => rules.provinceNameMatches(HUE, v), check: (r) => expect(typeof r).toBe('boolean') },
  { name: 'classifyUnitName(v)', call: (v) => rules.classifyUnitName(v), check: (r) => expect([undefined, 'thon', 'to_dan_pho']).toContain(r) },
  { name: 'lawChanges(v, d)', call: (v) => rules.lawChanges(v, D), check: (r) => (expectIssues(r.issues), expectPlain(r)) },
  { name: 'lawChanges(d, v)', call: (v) => rules.lawChanges(D, v), check: (r) => (expectIssues(r.issues), expectPlain(r)) },
  { name: 'listRules(v)', call: (v) => rules.listRules(v), check: (r) => expect(Array.isArray(r)).toBe(true) },
  { name: 'listRules({ date: v })', call: (v) => rules.listRules({ date: v }), check: (r) => expect(Array.isArray(r)).toBe(true) },
  { name: 'listParameters(v)', call: (v) => rules.listParameters(v), check: (r) => expect(Array.isArray(r)).toBe(true) },
  { name: 'listParameters({ date: v })', call: (v) => rules.listParameters({ date: v }), check: (r) => expect(Array.isArray(r)).toBe(true) },
  { name: 'secretaryAlsoLeaderReport(v)', call: (v) => rules.secretaryAlsoLeaderReport(v), check: report },
  { name: 'secretaryAlsoLeaderReport([unit, v])', call: (v) => rules.secretaryAlsoLeaderReport([UNIT, v]), check: report },
  { name: 'secretaryAlsoLeaderReport([{ ...unit, province: v }])', call: (v) => rules.secretaryAlsoLeaderReport([{ ...UNIT, province: v }]), check: report },
  { name: 'secretaryAlsoLeaderReport([unit], v)', call: (v) => rules.secretaryAlsoLeaderReport([UNIT], v), check: report },
  { name: 'secretaryAlsoLeaderReport([unit], { asOf: v })', call: (v) => rules.secretaryAlsoLeaderReport([UNIT], { asOf: v }), check: report },
  { name: 'secretaryAlsoLeaderReport([unit], { asOf, overlays: v })', call: (v) => rules.secretaryAlsoLeaderReport([UNIT], { asOf: '2021-11-15', overlays: v }), check: report },
  { name: 'buildSecretaryReport(v)', call: (v) => rules.buildSecretaryReport(v), check: report },
  { name: 'buildSecretaryReport([v])', call: (v) => rules.buildSecretaryReport([v]), check: report },
  { name: 'buildSecretaryReport([{ unit: v, index: 0 }])', call: (v) => rules.buildSecretaryReport([{ unit: v, index: 0 }]), check: report },
  { name: 'buildSecretaryReport([{ unit, index: v }])', call: (v) => rules.buildSecretaryReport([{ unit: PARSED_UNIT, index: v }]), check: report },
  { name: 'buildSecretaryReport([], v)', call: (v) => rules.buildSecretaryReport([], v), check: report },
  { name: 'core.parseUnitRecord(v)', call: (v) => core.parseUnitRecord(v), check: parsed },
  { name: 'core.parseUnitRecord({ ...unit, commune: v })', call: (v) => core.parseUnitRecord({ ...UNIT, commune: v }), check: parsed },
  { name: 'core.unitRecordReader()(v)', call: (v) => core.unitRecordReader()(v), check: parsed },
  { name: 'core.parseInput(meetingRecordSchema, v)', call: (v) => core.parseInput(core.meetingRecordSchema, v), check: parsed },
  { name: 'core.parseInput(unitRecordSchema, v)', call: (v) => core.parseInput(core.unitRecordSchema, v), check: parsed },
  { name: 'core.dropBlanks(v)', call: (v) => core.dropBlanks(v), check: () => {} },
  { name: 'core.compareCodes(v, 1)', call: (v) => [core.compareCodes(v, '1'), core.compareCodes('1', v)], check: ([a, b]) => expect(Number.isInteger(a) && Math.sign(a) === -Math.sign(b)).toBe(true) },
];

describe('every entry point that reads input from outside returns a coded result, whatever the value', () => {
  it.each(ENTRY_POINTS.map((e) => [e.name, e] as const))('%s: the hostile values', (_name, entry) => {
    for (const [what, value] of HOSTILE) {
      let result: unknown;
      expect(() => { result = entry.call(value); }, what).not.toThrow();
      entry.check(result);
    }
  });
  it.each(ENTRY_POINTS.map((e) => [e.name, e] as const))('%s: fc.anything()', (_name, entry) => {
    const anything = fc.anything({ withBigInt: true, withBoxedValues: true, withDate: true, withMap: true, withSet: true, withNullPrototype: true, withObjectString: true, withSparseArray: true, withTypedArray: true, withUnicodeString: true });
    fc.assert(fc.property(anything, (value) => { entry.check(entry.call(value)); }), { numRuns: runs });
  });
});

describe('what the hostile values give', () => {
  it('an options object that cannot be read is input.unreadable; a wrong type input.wrong-type (evaluateMeeting, electionTimeline, the report)', () => {
    const [, revoked] = HOSTILE[1]!;
    expect(rules.evaluateMeeting(MEETING, revoked as never).issues).toEqual([{ path: 'options', code: 'input.unreadable', params: {} }]);
    expect(rules.evaluateMeeting(MEETING, { province: 46 } as never).issues).toEqual([{ path: 'province', code: 'input.wrong-type', params: { expected: 'string' } }]);
    expect(rules.electionTimeline(D, throwingGetter({}, 'province') as never).issues).toEqual([{ path: 'options', code: 'input.unreadable', params: {} }]);
    expect(rules.electionTimeline(D, null as never)).toMatchObject({ ok: true });
    expect(rules.secretaryAlsoLeaderReport([UNIT], 'yes' as never)).toMatchObject({ ok: false, issues: [{ index: -1, path: 'options', code: 'input.wrong-type' }] });
  });
  it('a registry of the caller\'s that throws is input.unreadable on overlays, not an exception', () => {
    const registry = HOSTILE.find(([what]) => what === 'a registry whose functions throw')![1] as rules.OverlayRegistry;
    expect(rules.electionTimeline(D, { province: '62', overlays: registry }).issues).toEqual([{ path: 'overlays', code: 'input.unreadable', params: {} }]);
    expect(rules.termOn('46', D, registry)).toEqual({ ok: false, error: { code: 'input.unreadable', params: { field: 'registry' } } });
    const r = rules.secretaryAlsoLeaderReport([UNIT], { asOf: '2021-11-15', overlays: registry });
    expect(r).toMatchObject({ ok: false, counted: 1, deadlines: [] });
    expect(r.issues).toEqual([{ index: -1, path: 'overlays', code: 'input.unreadable', params: {} }]);
    // In a meeting, the rule that asked the registry fails like any rule that throws: undetermined, engine.rule-error.
    const m = rules.evaluateMeeting({ ...MEETING, province: '62' }, { overlays: registry });
    expect(m.outcome).toBe('undetermined');
    expect(m.findings.map((f) => f.code)).toContain('engine.rule-error');
  });
  it('a term look-up with an argument it cannot use names the argument, in vi and en', () => {
    const r = rules.termOn(46 as never, D);
    expect(r).toEqual({ ok: false, error: { code: 'input.wrong-type', params: { field: 'province', expected: 'string' } } });
    if (r.ok) return;
    expect(rules.formatMessage(r.error.code, r.error.params)).toBe('Tỉnh, thành phố: sai kiểu dữ liệu (cần string).');
    expect(rules.formatMessage(r.error.code, r.error.params, 'en')).toMatch(/^Province.*string/u);
    expect(rules.termForElection('46', '2021-02-30')).toEqual({ ok: false, error: { code: 'input.invalid-date', params: { field: 'electionDate' } } });
    expect(rules.termOn('51', '2025-10-01', undefined, { formerProvince: 62 } as never)).toEqual({ ok: false, error: { code: 'input.wrong-type', params: { field: 'formerProvince', expected: 'string' } } });
  });
  it('the report reads every element once, guarded: one that cannot be read is input.unreadable at its index, the others are counted', () => {
    const list: unknown[] = [UNIT, UNIT, { ...UNIT, unit: { code: '2', name: 'Thôn 2' } }];
    Object.defineProperty(list, 1, { get: () => { throw new Error('boom'); } });
    const r = rules.secretaryAlsoLeaderReport(list);
    expect(r).toMatchObject({ ok: true, records: 3, counted: 2, rejected: 1 });
    expect(r.issues).toEqual([{ index: 1, path: '', code: 'input.unreadable', params: {} }]);
  });
  it('buildSecretaryReport on something other than parsed records leaves each out with a coded issue at its position', () => {
    const r = rules.buildSecretaryReport([{ unit: PARSED_UNIT, index: 0 }, { unit: {} as never, index: 1 }, null as never, { unit: PARSED_UNIT, index: -1 }]);
    expect(r).toMatchObject({ ok: true, records: 4, counted: 1, rejected: 3 });
    expect(r.issues.map((i) => [i.index, i.code])).toEqual([
      [1, 'input.required'], [1, 'input.required'], [1, 'input.required'], [1, 'input.invalid-value'],
      [2, 'input.unreadable'],
      [3, 'input.wrong-type'],
    ]);
  });
  it('parsing copies an object reached along many paths once (dropBlanks): a getter on it is read a bounded number of times', () => {
    let reads = 0;
    const leaf = {};
    Object.defineProperty(leaf, 'code', { enumerable: true, get: () => { reads += 1; return '1'; } });
    let node: unknown = leaf;
    for (let i = 0; i < 20; i++) node = { a: node, b: node };
    core.dropBlanks(node);
    expect(reads).toBe(1); // copied per path, it would be read 2^20 times
    reads = 0;
    expect(core.parseUnitRecord({ ...UNIT, province: node }).ok).toBe(false);
    expect(reads).toBeLessThanOrEqual(2);
  });
  it('an own __proto__ key stays a key (reported as unknown), never the prototype of the parsed copy', () => {
    const input = JSON.parse('{"__proto__": {"x": 1}, "a": " "}') as Record<string, unknown>;
    const copy = core.dropBlanks(input) as Record<string, unknown>;
    expect(Object.keys(copy)).toEqual(['__proto__']);
    expect(copy['x']).toBeUndefined(); // the member's members are not inherited
    expect(rules.secretaryAlsoLeaderReport([JSON.parse(JSON.stringify(UNIT).replace('{', '{"__proto__": {"x": 1},'))]).issues).toEqual([
      { index: 0, path: '__proto__', code: 'input.unknown-field', params: {} },
    ]);
  });
  it('compareCodes sorts values that are not strings after the codes, without converting them', () => {
    const sorted = [Symbol('s'), '10', 9, '9', null].sort(core.compareCodes as (a: unknown, b: unknown) => number);
    expect(sorted.slice(0, 2)).toEqual(['9', '10']);
  });
  it('a listing with a date that is not a real day is empty; without a date it lists everything', () => {
    expect(rules.listRules({ date: '2021-02-30' })).toEqual([]);
    expect(rules.listParameters({ date: Symbol('x') } as never)).toEqual([]);
    expect(rules.listRules(null as never)).toEqual(rules.listRules());
    expect(rules.listParameters({ date: null } as never)).toEqual(rules.listParameters());
  });
});
