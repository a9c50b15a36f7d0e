import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  classifyUnit,
  classifyUnitName,
  findProvince,
  formatFinding,
  formatMessage,
  lawChanges,
  listParameters,
  listRules,
  provinceNameMatches,
  secretaryAlsoLeaderReport,
  secretaryReportRule,
  SOURCES,
  UNIT_KIND_CITATIONS,
  UNIT_KIND_NAMES,
  unitKindOf,
} from '../src/index';

type Kind = 'thon' | 'to_dan_pho';
const unit = (name: string, kind?: Kind | null, over: Record<string, unknown> = {}) => ({
  province: { code: '62', name: 'Kon Tum' },
  district: { code: '608' },
  commune: { code: '23284', name: 'Xã A' },
  unit: kind === undefined ? { name } : { name, kind },
  leaderStatus: 'elected',
  leaderPartyMember: true,
  leaderIsPartyCellSecretary: false,
  hasPartyCell: true,
  ...over,
});

describe('the unit kinds of Nghị định 185/2026/NĐ-CP Điều 2', () => {
  it.each([
    // the decree's words (Điều 2 khoản 1)
    ['Thôn 1', 'thon'], ['Xóm 3', 'thon'], ['Làng Kon Klor', 'thon'], ['Ấp Bình Hòa', 'thon'], ['Bản Phủ', 'thon'], ['Buôn Đôn', 'thon'],
    ['Bon Bu Prăng', 'thon'], ['Phum Pô Thi', 'thon'], ['Sóc Ven', 'thon'],
    ['Tổ dân phố 7', 'to_dan_pho'], ['Khu phố 2', 'to_dan_pho'], ['Khối phố 6', 'to_dan_pho'], ['Khóm 4', 'to_dan_pho'], ['Tiểu khu 3', 'to_dan_pho'],
    // in practice
    ['Tổ 4', 'to_dan_pho'], ['Tổ dân cư 9', 'to_dan_pho'], ['Khối 5', 'to_dan_pho'], ['Khu vực 3', 'to_dan_pho'], ['Đội 2', 'thon'], ['Plei Ơi', 'thon'], ['Plơi Kep', 'thon'],
    // labels and codes
    ['TDP 3', 'to_dan_pho'], ['KP 1', 'to_dan_pho'], ['thon', 'thon'], ['to_dan_pho', 'to_dan_pho'], ['Village', 'thon'], ['residential group', 'to_dan_pho'],
    // any case, with or without diacritics, decomposed, odd spacing and punctuation
    ['XÓM 3', 'thon'], ['xom 3', 'thon'], ['KHOI 5', 'to_dan_pho'], ['to 4', 'to_dan_pho'], ['To dan pho so 7', 'to_dan_pho'], ['Tổ dan pho 7', 'to_dan_pho'],
    ['Ap Binh Hoa', 'thon'], ['Doi 2', 'thon'], ['plei ơi', 'thon'], ['Xo\u0301m 3'.normalize('NFD'), 'thon'], ['  Khu   phố\u00a02 ', 'to_dan_pho'], ['Tổ-4', 'to_dan_pho'], ['Khu phố', 'to_dan_pho'],
  ] as const)('%s → %s', (name, kind) => {
    expect(classifyUnitName(name)).toBe(kind);
  });

  it.each([
    ['Khu 3', 'used for both kinds'],
    ['Khu dân cư số 2', 'used for both kinds'],
    ['Tân Lập', 'no kind word'],
    ['Tô Hiệu', 'typed with diacritics that are not those of "tổ"'],
    ['Đồi Mây', 'typed with diacritics that are not those of "đội"'],
    ['Số 5', 'no kind word'],
    ['', 'empty'],
    ['  ', 'blank'],
    ['Thônx 1', 'a longer word'],
  ])('%s → undefined (%s)', (name) => {
    expect(classifyUnitName(name)).toBeUndefined();
  });

  it('lists the decree\'s words exactly, marks practice and labels, and is NFC lower case', () => {
    const decree = UNIT_KIND_NAMES.filter((n) => n.origin === 'decree');
    expect(decree.filter((n) => n.kind === 'thon').map((n) => n.word)).toEqual(['thôn', 'xóm', 'làng', 'ấp', 'bản', 'buôn', 'bon', 'phum', 'sóc']);
    expect(decree.filter((n) => n.kind === 'to_dan_pho').map((n) => n.word)).toEqual(['tổ dân phố', 'khu phố', 'khối phố', 'khóm', 'tiểu khu']);
    expect(UNIT_KIND_NAMES.filter((n) => n.origin === 'practice').map((n) => [n.word, n.kind])).toEqual([
      ['đội', 'thon'], ['plei', 'thon'], ['plơi', 'thon'], ['tổ', 'to_dan_pho'], ['khối', 'to_dan_pho'], ['khu vực', 'to_dan_pho'], ['khu dân cư', null], ['khu', null],
    ]);
    for (const n of UNIT_KIND_NAMES) {
      expect(n.word).toBe(n.word.normalize('NFC').toLowerCase());
      if (n.origin === 'practice') expect(n.note, n.word).toBeTruthy();
      // every word classifies as its own kind (or as nothing when it names both)
      expect(classifyUnitName(n.word), n.word).toBe(n.kind ?? undefined);
    }
    expect(new Set(UNIT_KIND_NAMES.map((n) => n.word)).size).toBe(UNIT_KIND_NAMES.length);
  });

  it('cites NĐ 185/2026/NĐ-CP Điều 2 khoản 1 and 4 as secondary, to be checked against Công báo', () => {
    const known = new Set<string>(Object.values(SOURCES).map((s) => s.number));
    expect(UNIT_KIND_CITATIONS.map((c) => [c.document, c.article, c.clause, c.confidence])).toEqual([
      ['185/2026/NĐ-CP', '2', '1', 'secondary'],
      ['185/2026/NĐ-CP', '2', '4', 'secondary'],
    ]);
    for (const c of UNIT_KIND_CITATIONS) {
      expect(known.has(c.document)).toBe(true);
      expect(c.note).toContain('Công báo');
    }
    expect(secretaryReportRule.citations).toEqual(expect.arrayContaining([...UNIT_KIND_CITATIONS]));
  });

  it('never throws and never answers anything but thon, to_dan_pho or undefined (fast-check)', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.constantFrom('Thôn', 'Tổ', 'Khu', 'Khu phố', 'Xóm', 'TDP').chain((w) => fc.string().map((t) => `${w}${t}`))), (name) => {
        expect([undefined, 'thon', 'to_dan_pho']).toContain(classifyUnitName(name));
      }),
      { numRuns: 500 },
    );
  });
});

describe('the report reads the kind of a unit from its name, and never drops one it cannot tell', () => {
  const units = [
    unit('Xóm 3'),
    unit('Khối 5'),
    unit('Khu phố 2'),
    unit('Tổ 4', null),
    unit('Phum Pô Thi'),
    unit('Đội 1'),
    unit('Plei Ơi'),
    unit('Khu 3'),
    unit('Tân Lập', undefined, { leaderPartyMember: false }),
    unit('Khu 7', 'thon'),
    unit('Thôn 9', 'to_dan_pho'),
  ];
  const r = secretaryAlsoLeaderReport(units, { asOf: '2021-11-15' });

  it('counts every unit: thôn and tổ dân phố by stated kind or by name, the rest under kind_unknown', () => {
    expect(r).toMatchObject({ records: 11, counted: 11, rejected: 0, issues: [] });
    expect(r.total.total.units).toBe(11);
    // Xóm, Phum, Đội, Plei by name; "Khu 7" stated thôn
    expect(r.total.thon.units).toBe(5);
    // Khối, Khu phố, Tổ by name; "Thôn 9" stated tổ dân phố (a stated kind wins over the name)
    expect(r.total.to_dan_pho.units).toBe(4);
    expect(r.total.kind_unknown).toMatchObject({ units: 2, leaders: 2, nonPartyLeaders: 1, percent: { leaders: 100, nonPartyLeaders: 50 } });
    const commune = r.provinces[0]!.children[0]!.children[0]!;
    expect(commune.counts.kind_unknown.units).toBe(2);
    expect(r.units.nonPartyLeaders).toEqual([expect.objectContaining({ name: 'Tân Lập', kind: null })]);
  });

  it('names each unit of unknown kind in a finding, in administrative order', () => {
    const found = r.findings.filter((f) => f.code === 'report.unit-kind-unknown');
    expect(found.map((f) => f.params)).toEqual([
      { unit: 'Khu 3', code: null, commune: '23284', index: 7 },
      { unit: 'Tân Lập', code: null, commune: '23284', index: 8 },
    ]);
    expect(found.every((f) => f.severity === 'warning' && f.ruleId === 'REPORT.SECRETARY_HEAD')).toBe(true);
    expect(formatFinding(found[0]!)).toBe('«Khu 3» (xã, phường 23284): không rõ là thôn hay tổ dân phố (không khai loại, tên gọi cũng không cho biết); được tính vào tổng số, không vào dòng thôn hay dòng tổ dân phố.');
    expect(formatFinding(found[0]!, 'en')).toContain('not known whether it is a thôn or a tổ dân phố');
    const reversed = secretaryAlsoLeaderReport([...units].reverse(), { asOf: '2021-11-15' });
    expect(reversed.findings.filter((f) => f.code === 'report.unit-kind-unknown').map((f) => f.params['unit'])).toEqual(['Khu 3', 'Tân Lập']);
  });

  it('classifies one unit with its kind, and the rule flags a unit whose kind it cannot tell', () => {
    expect(classifyUnit(unit('Xóm 3') as never).kind).toBe('thon');
    expect(unitKindOf(unit('Khu 3') as never)).toBeNull();
    expect(unitKindOf(unit('Khu 3', 'to_dan_pho') as never)).toBe('to_dan_pho');
    expect(secretaryReportRule.check(unit('Khu 3') as never, secretaryReportRule.params, { index: 4 })).toEqual({
      status: 'advice',
      findings: [{ code: 'report.unit-kind-unknown', severity: 'warning', params: { unit: 'Khu 3', code: null, commune: '23284', index: 4 } }],
      decision: { category: expect.any(String), kind: null },
    });
    expect(secretaryReportRule.check(unit('Khu phố 3') as never, secretaryReportRule.params, { index: 0 })).toEqual({ status: 'pass', decision: { category: expect.any(String), kind: 'to_dan_pho' } });
  });
});

describe('the province a unit names and the province its code names on the report date', () => {
  const at = (code: string, name: string | undefined, unitName = 'Thôn 1', commune = '04000') => unit(unitName, undefined, { province: name === undefined ? { code } : { code, name }, district: null, commune: { code: commune } });

  it('flags code 15 named Yên Bái after 01/07/2025 (15 is Lào Cai), naming the unit, the code and both names', () => {
    const r = secretaryAlsoLeaderReport([at('15', 'Yên Bái'), at('15', 'Yên Bái', 'Thôn 2')], { asOf: '2025-07-01' });
    expect(r).toMatchObject({ counted: 2, rejected: 0 });
    expect(r.provinces.map((p) => [p.code, p.name, p.counts.total.units])).toEqual([['15', 'Yên Bái', 2]]);
    expect(r.findings.map((f) => [f.code, f.params])).toEqual([
      ['report.province-name-mismatch', { unit: 'Thôn 1', code: null, commune: '04000', index: 0, province: '15', given: 'Yên Bái', expected: 'Lào Cai', date: '2025-07-01' }],
      ['report.province-name-mismatch', { unit: 'Thôn 2', code: null, commune: '04000', index: 1, province: '15', given: 'Yên Bái', expected: 'Lào Cai', date: '2025-07-01' }],
    ]);
    expect(formatFinding(r.findings[0]!)).toBe('«Thôn 1» (xã, phường 04000): mã tỉnh 15 vào ngày 01/07/2025 là Lào Cai, không phải «Yên Bái»; đơn vị được tính theo mã tỉnh, cần kiểm tra lại mã hoặc tên tỉnh.');
    expect(formatFinding(r.findings[0]!, 'en')).toBe('"Thôn 1" (commune 04000): province code 15 on 2025-07-01 is Lào Cai, not "Yên Bái"; the unit is counted under the code: check the code or the name.');
  });

  it('reads the code on the report date: Yên Bái is code 15 until 30/06/2025, and Lào Cai is not', () => {
    expect(secretaryAlsoLeaderReport([at('15', 'Yên Bái')], { asOf: '2025-06-30' }).findings).toEqual([]);
    expect(secretaryAlsoLeaderReport([at('15', 'Lào Cai')], { asOf: '2025-07-01' }).findings).toEqual([]);
    const before = secretaryAlsoLeaderReport([at('15', 'Lào Cai')], { asOf: '2025-06-30' });
    expect(before.findings.map((f) => [f.code, f.params['expected']])).toEqual([['report.province-name-mismatch', 'Yên Bái']]);
  });

  it('accepts the names of a province with or without diacritics and prefixes, and the former names of one that was not merged', () => {
    for (const name of ['Lào Cai', 'lao cai', 'Tỉnh Lào Cai', 'LÀO CAI']) expect(secretaryAlsoLeaderReport([at('15', name)], { asOf: '2026-01-01' }).findings, name).toEqual([]);
    for (const name of ['Thừa Thiên Huế', 'Huế', 'Thành phố Huế', 'TP Huế']) expect(secretaryAlsoLeaderReport([at('46', name)], { asOf: '2026-01-01' }).findings, name).toEqual([]);
    expect(secretaryAlsoLeaderReport([at('79', 'TP HCM')], { asOf: '2026-01-01' }).findings).toEqual([]);
    // Bắc Ninh took code 24 (Bắc Giang's) on 01/07/2025: "Bắc Giang" is a merged province's name, not a name of 24 any more
    expect(secretaryAlsoLeaderReport([at('24', 'Bắc Giang')], { asOf: '2026-01-01' }).findings.map((f) => f.params['expected'])).toEqual(['Bắc Ninh']);
    expect(provinceNameMatches(findProvince('15', '2026-01-01')!, 'Yên Bái')).toBe(false);
    expect(provinceNameMatches(findProvince('46', '2026-01-01')!, 'Thừa Thiên Huế')).toBe(true);
    expect(provinceNameMatches(findProvince('46', '2026-01-01')!, '')).toBe(false);
  });

  it('checks nothing without a report date or a name, and a code that names no province gives unknown-province, not a mismatch', () => {
    expect(secretaryAlsoLeaderReport([at('15', 'Yên Bái')], {}).findings).toEqual([]);
    expect(secretaryAlsoLeaderReport([at('15', undefined)], { asOf: '2026-01-01' }).findings).toEqual([]);
    const unknown = secretaryAlsoLeaderReport([at('62', 'Kon Tum'), at('99', 'Tỉnh X', 'Thôn 2', '04001')], { asOf: '2026-01-01' });
    expect(unknown).toMatchObject({ counted: 2, rejected: 0 });
    expect(unknown.findings.map((f) => [f.code, f.params])).toEqual([
      ['report.unknown-province', { province: '62', date: '2026-01-01' }],
      ['report.unknown-province', { province: '99', date: '2026-01-01' }],
    ]);
  });

  it('lists the new codes on the rule, with vi and en text', () => {
    expect(secretaryReportRule.codes).toEqual(expect.arrayContaining(['report.province-name-mismatch', 'report.unit-kind-unknown', 'report.unknown-province']));
    for (const code of secretaryReportRule.codes) for (const lang of ['vi', 'en'] as const) expect(formatMessage(code, {}, lang), `${lang} ${code}`).not.toBe(code);
    expect(formatMessage('report.kind.kind_unknown', {}, 'en')).not.toBe('report.kind.kind_unknown');
  });
});

describe('unit parameters of NĐ 185/2026/NĐ-CP (Điều 10, Điều 14), from 26/05/2026', () => {
  const REGIONS = [
    ['UNITS.MIN_HOUSEHOLDS.HA_NOI_HCM', 'a', 500, 700],
    ['UNITS.MIN_HOUSEHOLDS.NORTHERN_MIDLANDS_MOUNTAINS', 'b', 150, 300],
    ['UNITS.MIN_HOUSEHOLDS.RED_RIVER_DELTA', 'c', 400, 550],
    ['UNITS.MIN_HOUSEHOLDS.NORTH_CENTRAL', 'd', 350, 450],
    ['UNITS.MIN_HOUSEHOLDS.SOUTH_CENTRAL_COAST_HIGHLANDS', 'đ', 300, 450],
    ['UNITS.MIN_HOUSEHOLDS.SOUTH_EAST', 'e', 400, 550],
    ['UNITS.MIN_HOUSEHOLDS.MEKONG_DELTA', 'g', 400, 550],
  ] as const;
  const on = (date: string) => listParameters({ date }).filter((p) => p.area === 'units');

  it('lists the minimum households of each region (Điều 10 khoản 1 điểm a–g) on 2026-06-01', () => {
    const params = on('2026-06-01');
    for (const [id, point, thon, tdp] of REGIONS) {
      const p = params.find((x) => x.id === id);
      expect(p, id).toMatchObject({ from: '2026-05-26', to: null, confidence: 'secondary', value: { thon, to_dan_pho: tdp } });
      expect(p!.citations.map((c) => [c.document, c.article, c.clause, c.point, c.confidence]), id).toEqual([['185/2026/NĐ-CP', '10', '1', point, 'secondary']]);
      expect(p!.citations[0]!.note).toContain('Công báo');
    }
  });

  it('lists the special areas (khoản 3) and the limit of 3 non-specialised workers (Điều 14 khoản 2) with their titles (khoản 1)', () => {
    const params = on('2026-06-01');
    expect(params.find((p) => p.id === 'UNITS.MIN_HOUSEHOLDS.SPECIAL_AREAS')).toMatchObject({ value: { lowerAllowed: true, guidedBy: 'UBND cấp tỉnh' }, confidence: 'secondary' });
    expect(params.find((p) => p.id === 'UNITS.MIN_HOUSEHOLDS.SPECIAL_AREAS')!.citations.map((c) => [c.article, c.clause, c.point])).toEqual([['10', '3', 'a'], ['10', '3', 'b']]);
    const max = params.find((p) => p.id === 'UNITS.MAX_NON_SPECIALISED_WORKERS');
    expect(max).toMatchObject({ value: 3, from: '2026-05-26', confidence: 'secondary' });
    expect(max!.citations.map((c) => [c.document, c.article, c.clause, c.confidence])).toEqual([['185/2026/NĐ-CP', '14', '2', 'secondary']]);
    expect(params.find((p) => p.id === 'UNITS.NON_SPECIALISED_TITLES')).toMatchObject({ value: ['Trưởng thôn hoặc Tổ trưởng tổ dân phố', 'Bí thư Chi bộ', 'Trưởng Ban Công tác Mặt trận'], citations: [{ article: '14', clause: '1' }] });
    expect(params).toHaveLength(REGIONS.length + 3);
  });

  it('lists none of them on 2026-05-25, and lawChanges shows them starting on 26/05/2026', () => {
    expect(on('2026-05-25')).toEqual([]);
    const ids = lawChanges('2026-05-25', '2026-05-26').parameters.filter((p) => p.area === 'units');
    expect(ids.map((p) => [p.id, p.before, p.after?.from])).toHaveLength(REGIONS.length + 3);
    expect(ids.every((p) => p.before === null && p.after?.from === '2026-05-26')).toBe(true);
  });

  it('cites only documents of sources.ts, every value at article and clause level', () => {
    const known = new Set<string>(Object.values(SOURCES).map((s) => s.number));
    for (const p of listParameters().filter((x) => x.area === 'units')) {
      for (const c of p.citations) {
        expect(known.has(c.document), p.id).toBe(true);
        expect(c.article && c.clause, p.id).toBeTruthy();
      }
    }
    // rules still cite known documents too
    for (const rule of listRules()) for (const c of rule.citations) if (rule.area === 'report') expect(known.has(c.document), `${rule.id} ${c.document}`).toBe(true);
  });
});
