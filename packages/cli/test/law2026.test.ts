/**
 * The CLI under Nghị định 185/2026/NĐ-CP (regime R2026, from 26/05/2026):
 * the three new candidate fields in spreadsheets, `rules --changes`, the
 * law parameters of `rules`, and the summary's word on the review date.
 * The end-to-end cases run the built binary.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ATTESTATION_KEYS, candidateSchema } from '@truongthon/core';
import { displayDate, fieldLabel, formatMessage, LAW_REVIEWED_THROUGH } from '@truongthon/rules';
import { afterAll, describe, expect, it } from 'vitest';
import { coerceCandidateField } from '../src/io/candidateRow';
import { CANDIDATE_FIELDS, fieldForHeader } from '../src/io/headers';
import { fixture, ndjson, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-2026-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

function csv(name: string, lines: readonly string[]): string {
  const file = join(tmp, name);
  writeFileSync(file, `${lines.join('\n')}\n`);
  return file;
}

const count = (text: string, part: string) => text.split(part).length - 1;

describe('the candidate fields of NĐ 185/2026 Điều 7 in headers', () => {
  it.each([
    ['Cư trú thường xuyên tại xã/phường', 'residesInCommune'],
    ['Cư trú tại xã', 'residesInCommune'],
    ['CU TRU TAI XA', 'residesInCommune'],
    ['cu_tru_thuong_xuyen_tai_dia_ban_xa', 'residesInCommune'],
    ['Cư trú thường xuyên tại địa bàn xã, phường, đặc khu', 'residesInCommune'],
    ['resides in commune', 'residesInCommune'],
    ['residesInCommune', 'residesInCommune'],
    ['Đang bị kỷ luật/truy cứu/chấp hành án', 'underSanction'],
    ['Đang bị xử lý kỷ luật', 'underSanction'],
    ['dang bi xu ly ky luat', 'underSanction'],
    ['Đang chấp hành bản án', 'underSanction'],
    ['under sanction', 'underSanction'],
    ['under_sanction', 'underSanction'],
    ['Ứng dụng CNTT', 'attestations.digitalSkills'],
    ['UNG DUNG CNTT', 'attestations.digitalSkills'],
    ['Khả năng ứng dụng công nghệ thông tin', 'attestations.digitalSkills'],
    ['Có khả năng ứng dụng công nghệ thông tin, lập kế hoạch, thống kê, báo cáo', 'attestations.digitalSkills'],
    ['digital skills', 'attestations.digitalSkills'],
    ['attestations.digitalSkills', 'attestations.digitalSkills'],
  ])('%j → %s', (header, field) => {
    expect(fieldForHeader(header)).toBe(field);
  });

  it('does not read a header worded the other way round as "under sanction" (yes there means ineligible)', () => {
    for (const header of ['Không bị kỷ luật', 'Không trong thời gian bị xử lý kỷ luật', 'Không đang chấp hành án']) expect(fieldForHeader(header)).toBeUndefined();
  });

  it('the fields are the core schema\'s, each attestation included, and the new ones are read as yes/no', () => {
    const own = Object.keys(candidateSchema.shape).filter((key) => key !== 'attestations');
    expect(CANDIDATE_FIELDS).toEqual([...own, ...ATTESTATION_KEYS.map((key) => `attestations.${key}`), 'electionDate', 'province']);
    for (const field of ['residesInCommune', 'underSanction', 'attestations.digitalSkills'] as const) expect([coerceCandidateField(field, 'Có'), coerceCandidateField(field, 'không')]).toEqual([{ ok: true, value: true }, { ok: true, value: false }]);
  });

  it('every field is known by its Vietnamese and English labels', () => {
    for (const field of CANDIDATE_FIELDS) {
      for (const lang of ['vi', 'en'] as const) expect(fieldForHeader(fieldLabel(field, lang)), `${field} ${lang}`).toBe(field);
    }
  });
});

// The issue's example: not registered and not living in the thôn, but living in the commune; all attestations yes, digital skills included.
const HEADER_VI = 'Mã,Họ và tên,Ngày sinh,Thường trú,Cư trú thường xuyên,Cư trú thường xuyên tại xã/phường,Đang bị kỷ luật/truy cứu/chấp hành án,Sức khỏe,Phẩm chất đạo đức,Gia đình gương mẫu,Năng lực kinh nghiệm,Ứng dụng CNTT,Ngày bầu cử';
const HEADER_FOLDED = 'ma,ho va ten,ngay sinh,thuong tru,cu tru thuong xuyen,cu tru tai xa,dang bi xu ly ky luat,suc khoe,pham chat dao duc,gia dinh guong mau,nang luc kinh nghiem,kha nang ung dung cong nghe thong tin,ngay bau cu';
const HEADER_EN = 'id,full_name,date_of_birth,permanent_resident,lives_in_unit,resides in commune,under sanction,health,moral_quality,exemplary_family,capacity,digital skills,election_date';

describe('check: candidates of an election on 18/10/2026 (R2026)', () => {
  it.each([
    ['Vietnamese headers', HEADER_VI],
    ['headers without diacritics', HEADER_FOLDED],
    ['English headers', HEADER_EN],
  ])('%s: the example row is eligible; under sanction it is ineligible', async (_name, header) => {
    const file = csv(`example-${_name.replace(/\W+/gu, '-')}.csv`, [
      header,
      'A1,Nguyễn Văn An,01/01/1990,không,không,có,không,có,có,có,có,có,18/10/2026',
      'A2,Trần Thị Bình,01/01/1990,không,không,có,có,có,có,có,có,có,18/10/2026',
      'A3,Lê Văn Cường,01/01/1990,không,không,có,không,có,có,có,có,không,18/10/2026',
    ]);
    const { code, stdout, stderr } = await run(['check', file, '--format', 'ndjson', '--today', '2026-12-01']);
    const records = ndjson(stdout);
    expect(records.map((r) => [r.id, r.verdict, r.regime?.id])).toEqual([
      ['A1', 'eligible', 'R2026'],
      ['A2', 'ineligible', 'R2026'],
      ['A3', 'ineligible', 'R2026'],
    ]);
    expect(records[0]!.missing).toEqual([]);
    expect(records[1]!.findings.map((f: { code: string }) => f.code)).toContain('elig.sanction.current');
    expect(records[2]!.findings.find((f: { code: string }) => f.code === 'elig.judgment.not-met')).toMatchObject({ citation: expect.stringContaining('185/2026/NĐ-CP') });
    expect(code).toBe(1);
    expect(stderr).not.toContain('Không có cột cho');
    expect(stderr).not.toContain('Bỏ qua các cột');
  });

  it('yes/no cells of the new columns are read like the others, and a bad one names its column', async () => {
    const file = csv('cells.csv', [
      'Họ và tên,Ngày sinh,Cư trú tại xã,Đang bị xử lý kỷ luật,Sức khỏe,Phẩm chất,Gia đình gương mẫu,Năng lực,Ứng dụng CNTT',
      'Nguyễn Văn An,01/01/1990,x,0,đúng,yes,TRUE,1,Có',
      'Trần Văn Bình,01/01/1990,có,hmm,có,có,có,có,có',
    ]);
    const { stdout } = await run(['check', file, '--election-date', '2026-10-18', '--format', 'ndjson', '--today', '2026-12-01']);
    const [first, second] = ndjson(stdout);
    expect(first).toMatchObject({ verdict: 'eligible' });
    expect(second).toMatchObject({ verdict: 'invalid', issues: [{ column: 'Đang bị xử lý kỷ luật', field: 'underSanction', code: 'cli.bad-boolean' }] });
  });

  it('names the columns the rules in force still need, for the election date: the 2026 ones for 2026, the 2012 ones before', async () => {
    const file = csv('names-only.csv', ['Họ và tên,Ngày sinh', 'Nguyễn Văn An,01/01/1990']);
    const r2026 = await run(['check', file, '--election-date', '2026-10-18', '--format', 'json', '--today', '2026-12-01', '--lang', 'en']);
    const line2026 = r2026.stderr.split('\n').find((l) => l.startsWith('No column for:'))!;
    for (const field of ['residesInCommune', 'underSanction', 'attestations.digitalSkills', 'attestations.capacity']) expect(line2026).toContain(fieldLabel(field, 'en'));
    for (const field of ['permanentResident', 'attestations.dedication']) expect(line2026).not.toContain(fieldLabel(field, 'en'));
    const r2021 = await run(['check', file, '--election-date', '2021-01-10', '--format', 'json', '--today', '2026-12-01', '--lang', 'en']);
    const line2021 = r2021.stderr.split('\n').find((l) => l.startsWith('No column for:'))!;
    for (const field of ['permanentResident', 'livesInUnit', 'attestations.dedication', 'attestations.capacity']) expect(line2021).toContain(fieldLabel(field, 'en'));
    for (const field of ['residesInCommune', 'underSanction', 'attestations.digitalSkills']) expect(line2021).not.toContain(fieldLabel(field, 'en'));
    // The whole list, not cut like a cell value.
    expect(line2021).toMatch(/«Undetermined»\.$/u);
  });
});

describe('the summary says once when a record is dated after the law was last reviewed', () => {
  const viText = formatMessage('law.not-reviewed', { reviewedThrough: LAW_REVIEWED_THROUGH }, 'vi');
  const enText = formatMessage('law.not-reviewed', { reviewedThrough: LAW_REVIEWED_THROUGH }, 'en');

  it('the text is the rules\' own, naming the day', () => {
    expect(viText).toContain(displayDate(LAW_REVIEWED_THROUGH));
    expect(enText).toContain(LAW_REVIEWED_THROUGH);
  });

  it('check: elections after the review day (from a column or --election-date), in vi and en; not for earlier ones; not with --quiet', async () => {
    const file = csv('after-review.csv', [
      'Họ và tên,Ngày sinh,Cư trú tại xã,Đang bị xử lý kỷ luật,Ngày bầu cử',
      'Nguyễn Văn An,01/01/1990,có,không,10/01/2027',
      'Trần Văn Bình,01/01/1990,có,không,11/01/2027',
      'Lê Văn Cường,01/01/1990,có,không,18/10/2026',
    ]);
    const vi = await run(['check', file, '--format', 'ndjson', '--today', '2026-12-01']);
    expect(count(vi.stderr, viText)).toBe(1);
    // The rows carry the finding themselves; the summary line comes last.
    expect(ndjson(vi.stdout).map((r) => r.findings.some((f: { code: string }) => f.code === 'law.not-reviewed'))).toEqual([true, true, false]);
    expect(vi.stderr.trim().split('\n').at(-1)).toContain('Tổng cộng 3 dòng');
    const en = await run(['check', file, '--format', 'ndjson', '--today', '2026-12-01', '--lang', 'en']);
    expect(count(en.stderr, enText)).toBe(1);
    expect(en.stderr).not.toContain(viText);
    expect((await run(['check', file, '--format', 'ndjson', '--today', '2026-12-01', '--quiet'])).stderr).toBe('');

    const before = csv('before-review.csv', ['Họ và tên,Ngày sinh,Ngày bầu cử', 'Nguyễn Văn An,01/01/1990,18/10/2026', 'Trần Văn Bình,01/01/1990,06/12/2026']);
    expect((await run(['check', before, '--format', 'ndjson', '--today', '2026-12-01'])).stderr).not.toContain(viText);
    const names = csv('names.csv', ['Họ và tên,Ngày sinh', 'Nguyễn Văn An,01/01/1990', 'Trần Văn Bình,01/01/1990']);
    expect(count((await run(['check', names, '--format', 'ndjson', '--today', '2026-12-01', '--election-date', '2026-12-07'])).stderr, viText)).toBe(1);
    expect((await run(['check', names, '--format', 'ndjson', '--today', '2026-12-01', '--election-date', LAW_REVIEWED_THROUGH])).stderr).not.toContain(viText);
  });

  it('tally: meetings after the review day, once, in vi and en; not for earlier ones', async () => {
    const rows = [
      'Mã biên bản,Ngày bầu,Thôn/Tổ dân phố,Cách tính cử tri,Tổng số cử tri/hộ,Số tham dự,Hình thức biểu quyết,Phiếu phát ra,Phiếu thu vào,Phiếu hợp lệ,Phiếu không hợp lệ,Người ứng cử,Số phiếu',
      'M1,{date},Tổ dân phố 1,Hộ gia đình,361,300,Bỏ phiếu kín,300,300,290,10,Nguyễn Văn Hùng,220',
      'M1,,,,,,,,,,,Trần Văn Bình,70',
      'M2,{date},Tổ dân phố 2,Hộ gia đình,361,300,Bỏ phiếu kín,300,300,290,10,Trần Thị Mai,159',
      'M2,,,,,,,,,,,Lê Văn Hải,131',
    ];
    const after = csv('meetings-2027.csv', rows.map((l) => l.replace('{date}', '10/01/2027')));
    const vi = await run(['tally', after, '--format', 'ndjson']);
    expect(ndjson(vi.stdout)).toHaveLength(2);
    expect(count(vi.stderr, viText)).toBe(1);
    expect(vi.stderr.trim().split('\n').at(-1)).toContain('Tổng cộng 2 biên bản');
    const en = await run(['tally', after, '--format', 'ndjson', '--lang', 'en']);
    expect(count(en.stderr, enText)).toBe(1);
    expect((await run(['tally', after, '--format', 'ndjson', '--quiet'])).stderr).toBe('');
    const before = csv('meetings-2026.csv', rows.map((l) => l.replace('{date}', '06/12/2026')));
    expect((await run(['tally', before, '--format', 'ndjson'])).stderr).not.toContain(viText);
    expect((await run(['tally', fixture('meetings.csv'), '--format', 'ndjson'])).stderr).not.toContain(viText);
  });
});

interface ListedRule {
  readonly id: string;
  readonly confidence: string;
  readonly from: string;
  readonly to: string | null;
  readonly citations: readonly { readonly document: string; readonly article?: string; readonly clause?: string; readonly confidence: string }[];
  readonly citation: string;
}

describe('rules --changes FROM TO', () => {
  it('on the day NĐ 185/2026 took effect: the criteria of TT 04/2012 ended, those of the decree started, each with its legal basis', async () => {
    const { code, stdout } = await run(['rules', '--changes', '2026-05-25', '2026-05-26', '--format', 'json']);
    expect(code).toBe(0);
    const out = JSON.parse(stdout) as { from: string; to: string; rulesEnded: ListedRule[]; rulesStarted: ListedRule[]; parameters: any[] };
    expect(out).toMatchObject({ from: '2026-05-25', to: '2026-05-26' });
    expect(out.rulesEnded.map((r) => r.id)).toEqual(expect.arrayContaining(['ELIG.RESIDENCE', 'ELIG.AGE.MIN', 'ELIG.JUDGMENT']));
    for (const rule of out.rulesEnded) {
      expect(rule.to).toBe('2026-05-25');
      expect(rule.citation).toContain('04/2012/TT-BNV');
    }
    const started = out.rulesStarted.map((r) => r.id);
    expect(started.length).toBeGreaterThan(0);
    for (const id of started) expect(id).toMatch(/^ELIG\.2026\./u);
    expect(started).toEqual(expect.arrayContaining(['ELIG.2026.RESIDENCE', 'ELIG.2026.JUDGMENT', 'ELIG.2026.SANCTION']));
    const sanction = out.rulesStarted.find((r) => r.id === 'ELIG.2026.SANCTION')!;
    expect(sanction).toMatchObject({ from: '2026-05-26', confidence: expect.any(String), citation: expect.stringContaining('185/2026/NĐ-CP') });
    expect(sanction.citations[0]).toMatchObject({ document: '185/2026/NĐ-CP', article: '7', clause: '5', confidence: expect.any(String) });
    // Parameters (filled in by the rules package as the texts are read): each change says what it is, with the basis of each value.
    for (const p of out.parameters) {
      expect(p.change).toBe(p.before === null ? 'started' : p.after === null ? 'ended' : 'changed');
      for (const value of [p.before, p.after]) if (value !== null) expect(value).toMatchObject({ citation: expect.any(String), confidence: expect.any(String), from: expect.any(String) });
    }
  });

  it('as a table, in Vietnamese and English', async () => {
    const vi = await run(['rules', '--changes', '2026-05-25', '2026-05-26', '--format', 'table']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('Thay đổi pháp luật từ ngày 25/05/2026 đến ngày 26/05/2026');
    expect(vi.stdout).toMatch(/Quy tắc hết hiệu lực: \d+/u);
    expect(vi.stdout).toMatch(/Quy tắc bắt đầu có hiệu lực: \d+/u);
    expect(vi.stdout).toContain('ELIG.2026.SANCTION');
    expect(vi.stdout).toContain('Căn cứ: khoản 5 Điều 7 Nghị định 185/2026/NĐ-CP');
    expect(vi.stdout.indexOf('ELIG.RESIDENCE')).toBeLessThan(vi.stdout.indexOf('ELIG.2026.RESIDENCE'));
    const en = await run(['rules', '--changes', '2026-05-25', '2026-05-26', '--format', 'table', '--lang', 'en']);
    expect(en.stdout).toContain('Changes in the law from 2026-05-25 to 2026-05-26');
    expect(en.stdout).toMatch(/Rules that ended: \d+/u);
    expect(en.stdout).toContain('Legal basis: Art. 7(5), Decree 185/2026/NĐ-CP');
  });

  it('the day after the review: the warning rule starts', async () => {
    const out = JSON.parse((await run(['rules', '--changes', LAW_REVIEWED_THROUGH, '2026-12-07'])).stdout);
    expect(out.rulesStarted.map((r: ListedRule) => r.id)).toContain('LAW.NOT_REVIEWED');
    expect(out.rulesEnded).toEqual([]);
  });

  it('two equal days: nothing changed', async () => {
    const out = await run(['rules', '--changes', '2021-01-10', '2021-01-10', '--format', 'table', '--lang', 'en']);
    expect(out.code).toBe(0);
    expect(out.stdout).toContain('No rule or law parameter changed.');
  });

  it.each([
    [['--changes', '2026-05-25'], 'Tùy chọn --changes: cần hai ngày'],
    [['--changes', '2026-05-25', '2026-05-26', '2026-05-27'], 'Tùy chọn --changes: cần hai ngày'],
    [['--changes', '2026-02-30', '2026-05-26'], 'Tùy chọn --changes: cần một ngày có thật, viết dd/MM/yyyy (ví dụ 10/01/2021) hoặc YYYY-MM-DD.'],
    [['--changes', '25/05/26', '2026-05-26'], 'Tùy chọn --changes: cần một ngày có thật, viết dd/MM/yyyy (ví dụ 10/01/2021) hoặc YYYY-MM-DD.'],
    [['--changes', '2026-05-26', '2026-05-25'], 'Ngày kết thúc (25/05/2026) trước ngày bắt đầu (26/05/2026).'],
    [['--changes', '2026-05-25', '2026-05-26', '--date', '2026-05-26'], 'Tùy chọn --changes không dùng cùng --date.'],
    [['--changes', '2026-05-25', '2026-05-26', '--province', '46'], 'Tùy chọn --changes không dùng cùng --province.'],
    [['--changes'], 'Tùy chọn --changes <dates...> cần một giá trị.'],
  ])('%j is a usage error (exit 2, coded message, nothing on stdout)', async (args, message) => {
    const { code, stdout, stderr } = await run(['rules', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain(message);
  });
});

describe('rules: the law parameters in force follow the rules', () => {
  it('JSON has them beside the rules, each with its legal basis; the table lists them after the rules', async () => {
    const json = JSON.parse((await run(['rules', '--date', '2026-10-18', '--format', 'json'])).stdout);
    expect(Array.isArray(json.parameters)).toBe(true);
    for (const p of json.parameters) {
      expect(p).toMatchObject({ id: expect.any(String), area: expect.any(String), from: expect.any(String), citation: expect.any(String) });
      expect(p.from <= '2026-10-18' && (p.to === null || p.to >= '2026-10-18')).toBe(true);
    }
    const table = (await run(['rules', '--date', '2026-10-18', '--format', 'table'])).stdout;
    const title = `Các tham số pháp luật ngày 18/10/2026: ${json.parameters.length}`;
    expect(table).toContain(title);
    expect(table.indexOf(title)).toBeGreaterThan(table.lastIndexOf(json.rules.at(-1).id));
    for (const p of json.parameters) expect(table.indexOf(p.id, table.indexOf(title))).toBeGreaterThan(0);
    const en = (await run(['rules', '--date', '2026-10-18', '--format', 'table', '--lang', 'en'])).stdout;
    expect(en).toContain(`Law parameters in force on 2026-10-18: ${json.parameters.length}`);
  });

  it('without a date: every value of every parameter', async () => {
    const json = JSON.parse((await run(['rules', '--format', 'json'])).stdout);
    const onDay = JSON.parse((await run(['rules', '--date', '2026-10-18', '--format', 'json'])).stdout);
    expect(json.parameters.length).toBeGreaterThanOrEqual(onDay.parameters.length);
  });
});
