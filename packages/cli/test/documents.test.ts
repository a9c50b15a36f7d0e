import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { docxText } from './docxText';
import { MEETINGS_2024 } from './documentsFixtures';
import { BIN, EXAMPLES, run } from './helpers';

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-documents-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

const index = (dir: string) => JSON.parse(readFileSync(join(dir, 'index.json'), 'utf8')) as { kind: string; entries: { row: number; id: string; unit: string; outcome: string; files: { kind: string; form: string | null; file: string }[]; omitted: { code: string; message: string }[] }[] };
const fileOf = (dir: string, id: string, kind: string) => join(dir, index(dir).entries.find((e) => e.id === id)!.files.find((f) => f.kind === kind)!.file);

describe('truongthon documents <meetings>', () => {
  it('examples/meetings.csv: one index entry per meeting; each count record carries the unit, electorate, attendance, votes, shares and outcome', async () => {
    const out = join(tmp, 'examples');
    const { code, stderr } = await run(['documents', join(EXAMPLES, 'meetings.csv'), '--out-dir', out]);
    // Tổ dân phố 5's figures contradict each other: it gets no documents, so the run exits 1.
    expect(code).toBe(1);
    expect(stderr).toContain('1 bản ghi không lập được văn bản');
    const { entries, kind } = index(out);
    expect(kind).toBe('meetings');
    expect(entries.map((e) => e.id)).toEqual(['HX-TDP1', 'HX-TDP2', 'HX-TDP3', 'HX-TDP4', 'HX-TDP5']);
    expect(entries[4]!.files).toEqual([]);
    expect(entries[4]!.omitted[0]!.code).toBe('documents.record-inconsistent');
    expect(entries[0]!.files.map((f) => f.kind)).toEqual(['invitation', 'count-record', 'resolution', 'recognition-decision']);
    expect(entries[1]!.files.map((f) => f.kind)).toEqual(['invitation', 'count-record', 'resolution', 'rerun-decision']);
    // Every file the index names is there, and nothing else (no staging folder left behind).
    const named = entries.flatMap((e) => e.files.map((f) => f.file));
    expect(readdirSync(out).sort()).toEqual([...named, 'index.json'].sort());
    for (const name of named) expect(name).toMatch(/^[a-z0-9._-]+$/u);

    const tdp1 = await docxText(fileOf(out, 'HX-TDP1', 'count-record'));
    expect(tdp1).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(tdp1).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(tdp1).toContain('Độc lập - Tự do - Hạnh phúc');
    expect(tdp1).toContain('Tổ dân phố 1');
    expect(tdp1).toContain('Tổng số hộ gia đình của Tổ dân phố 1: 361');
    expect(tdp1).toContain('tham dự cuộc họp: 300 (83,1% tổng số hộ gia đình)');
    expect(tdp1).toContain('Nguyễn Văn Hùng\t220\t60,94%');
    expect(tdp1).toContain('Trần Văn Bình\t70\t19,39%');
    expect(tdp1).toContain('trúng cử Tổ trưởng tổ dân phố 1');
    expect(tdp1).toContain('ngày 10/01/2021');
    expect(tdp1).toContain('ngày 10 tháng 01 năm 2021');

    const recognition = await docxText(fileOf(out, 'HX-TDP1', 'recognition-decision'));
    expect(recognition).toContain('DỰ THẢO');
    expect(recognition).toContain('Về việc công nhận kết quả bầu Tổ trưởng tổ dân phố 1');
    // The recognition deadline (4 working days, NQLT 09/2008, unconfirmed: said so).
    expect(recognition).toContain('chậm nhất ngày 14/01/2021');
    expect(recognition).toContain('(cần đối chiếu văn bản gốc)');

    const rerun = await docxText(fileOf(out, 'HX-TDP2', 'rerun-decision'));
    expect(rerun).toContain('Về việc tổ chức bầu lại Tổ trưởng tổ dân phố 2');
    expect(rerun).toContain('chậm nhất ngày 25/01/2021');
    expect(await docxText(fileOf(out, 'HX-TDP2', 'count-record'))).toContain('Trần Thị Mai\t159\t44,04%');
    // The invitation (2021: before Nghị định 59/2023, so no "Mẫu số 01" label) names the meeting's day and whom it invites.
    const invitation = await docxText(fileOf(out, 'HX-TDP1', 'invitation'));
    expect(invitation).toContain('GIẤY MỜI');
    expect(invitation).not.toContain('Mẫu số 01');
    expect(invitation).toContain('Về việc bầu Tổ trưởng tổ dân phố 1.');
    expect(invitation).toContain('Chủ nhật, ngày 10 tháng 01 năm 2021 (10/01/2021)');
    expect(invitation).toContain('đại diện các hộ gia đình của Tổ dân phố 1 (tổng số 361 hộ gia đình)');
    expect(invitation).toContain('Danh sách người ứng cử: Nguyễn Văn Hùng, Trần Văn Bình.');
    expect(invitation).toContain('Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN');
    expect(await docxText(fileOf(out, 'HX-TDP4', 'invitation'))).toContain('cử tri của Tổ dân phố 4 (tổng số 420 cử tri)');
    // A show of hands says so, without ballot figures.
    expect(await docxText(fileOf(out, 'HX-TDP4', 'count-record'))).toContain('Hình thức biểu quyết: giơ tay');
  });

  it('2024: Vietnamese thousands separators, Mẫu 02 and Mẫu 04 by voting mode, the deadlines of Nghị định 59/2023', async () => {
    const file = join(tmp, 'meetings-2024.csv');
    writeFileSync(file, MEETINGS_2024);
    const out = join(tmp, 'y2024');
    const { code } = await run(['documents', file, '--out-dir', out]);
    expect(code).toBe(0);
    const { entries } = index(out);
    expect(entries.map((e) => e.outcome)).toEqual(['elected', 'elected', 'no-winner']);
    expect(entries[0]!.files.map((f) => f.form)).toEqual(['Mẫu số 01', 'Mẫu số 02', 'Mẫu số 03', null]);
    expect(entries[1]!.files[0]).toMatchObject({ kind: 'household-count-record', form: 'Mẫu số 04' });
    // Mẫu 01 for the meetings; none for the household ballot (there was no meeting), with the reason in the index.
    expect(entries.map((e) => e.files.some((f) => f.kind === 'invitation'))).toEqual([true, false, true]);
    expect(entries[1]!.omitted.map((o) => o.code)).toEqual(['documents.no-invitation.household-ballot']);
    const invitation = await docxText(fileOf(out, 'PL-7', 'invitation'));
    for (const s of ['Mẫu số 01', 'UBND XÃ/PHƯỜNG ……', 'TỔ DÂN PHỐ 7', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIẤY MỜI', 'Trân trọng kính mời ông (bà): ……, đại diện hộ gia đình', 'Về việc bầu Tổ trưởng tổ dân phố 7.', 'a) Thời gian: …… giờ …… phút, Chủ nhật, ngày 15 tháng 12 năm 2024 (15/12/2024).', 'b) Địa điểm: ……', 'a) Chủ trì: Ông (bà) ……, Tổ trưởng Tổ bầu cử', '(tổng số 1.250 hộ gia đình)', 'Bầu Tổ trưởng tổ dân phố 7 theo quy định tại Điều 15 Luật 10/2022/QH15 và Điều 6–9 Nghị định 59/2023/NĐ-CP.', 'Danh sách người ứng cử: Nguyễn Thị Lan, Hồ Văn Tâm.', 'CHỦ TRÌ CUỘC HỌP', '(Ký, ghi rõ họ tên)']) expect(invitation).toContain(s);
    const count = await docxText(fileOf(out, 'PL-7', 'count-record'));
    expect(count).toContain('Mẫu số 02');
    expect(count).toContain('Tổng số hộ gia đình của Tổ dân phố 7: 1.250');
    expect(count).toContain('tham dự cuộc họp: 1.100 (88% tổng số hộ gia đình)');
    expect(count).toContain('Số phiếu hợp lệ: 1.090');
    expect(count).toContain('Nguyễn Thị Lan\t700\t56%');
    expect(count).toContain('Hồ Văn Tâm\t390\t31,2%');
    const household = await docxText(fileOf(out, 'PL-8', 'household-count-record'));
    expect(household).toContain('Mẫu số 04');
    expect(household).toContain('Về việc phát phiếu lấy ý kiến của hộ gia đình về việc bầu Trưởng thôn Phú Lộc');
    expect(household).toContain('Số hộ gia đình tham gia ý kiến: 300');
    expect(household).toContain('Lê Thị Hoa\t250\t62,5%');
    const resolution = await docxText(fileOf(out, 'PL-7', 'resolution'));
    expect(resolution).toContain('Mẫu số 03');
    expect(resolution).toContain('chậm nhất ngày 20/12/2024 (trong 5 ngày làm việc; điểm d khoản 5 Điều 3 Nghị định 59/2023/NĐ-CP; khoản 3 Điều 20 Luật 10/2022/QH15).');
    const decision = await docxText(fileOf(out, 'PL-7', 'recognition-decision'));
    expect(decision).toContain('Căn cứ Điều 8 Nghị định 59/2023/NĐ-CP;');
    expect(decision).toContain('700/1.250 phiếu, đạt 56% tổng số hộ gia đình');
    // 15/12/2024 is a Sunday: five working days from it end on Friday 20/12/2024.
    expect(decision).toContain('chậm nhất ngày 20/12/2024');
    const rerun = await docxText(fileOf(out, 'PL-9', 'rerun-decision'));
    expect(rerun).toContain('không người ứng cử nào được trên 50% tổng số hộ gia đình của Thôn Đông');
  });

  it('--lang en: an English rendering marked as a translation', async () => {
    const file = join(tmp, 'meetings-en.csv');
    writeFileSync(file, MEETINGS_2024);
    const out = join(tmp, 'en');
    expect((await run(['documents', file, '--out-dir', out, '--lang', 'en'])).code).toBe(0);
    const text = await docxText(fileOf(out, 'PL-7', 'count-record'));
    expect(text).toContain('Bản dịch tham khảo / translation');
    expect(text).toContain('Total households of Tổ dân phố 7: 1,250');
    const invitation = await docxText(fileOf(out, 'PL-7', 'invitation'));
    expect(invitation).toContain('Bản dịch tham khảo / translation');
    expect(invitation).toContain('INVITATION');
    expect(invitation).toContain('Sunday 15 December 2024 (2024-12-15)');
  });

  it('a run that cannot finish exits 2 and leaves no document behind', async () => {
    const file = join(tmp, 'blocked.csv');
    writeFileSync(file, MEETINGS_2024);
    const out = join(tmp, 'blocked');
    // A folder where the index must go: the documents are made, but cannot all be put in place.
    mkdirSync(join(out, 'index.json'), { recursive: true });
    const { code, stderr } = await run(['documents', file, '--out-dir', out]);
    expect(code).toBe(2);
    expect(stderr).toContain('index.json');
    // Nothing moved, and the hidden staging folder is gone.
    expect(readdirSync(out)).toEqual(['index.json']);
  });

  it('Ctrl-C part-way: the run stops and leaves no document behind', async () => {
    const lines = [MEETINGS_2024.split('\n')[0]!];
    for (let i = 0; i < 300; i += 1) lines.push(`S${i},15/12/2024,46,Thôn ${i},Hộ gia đình,400,300,Bỏ phiếu kín,300,300,300,0,Lê Thị Hoa,250,Ban công tác Mặt trận`);
    const file = join(tmp, 'many.csv');
    writeFileSync(file, lines.join('\n'));
    const out = join(tmp, 'interrupted');
    const child = spawn(process.execPath, [BIN, 'documents', file, '--out-dir', out, '--quiet'], { stdio: 'ignore' });
    const closed = new Promise<[number | null, NodeJS.Signals | null]>((resolve) => child.on('close', (code, signal) => resolve([code, signal])));
    // Wait (by events, not by a clock) until the first documents are being written, then interrupt.
    const staging = () => (existsSync(out) ? readdirSync(out).filter((f) => f.startsWith('.truongthon-documents.')) : []);
    for (let i = 0; i < 600 && !staging().some((d) => readdirSync(join(out, d)).length > 0); i += 1) await new Promise((r) => setTimeout(r, 50));
    expect(staging()).toHaveLength(1);
    child.kill('SIGINT');
    const [code, signal] = await closed;
    expect(signal ?? code).toBe(signal === null ? 130 : 'SIGINT');
    expect(readdirSync(out)).toEqual([]);
  });

  it('a record that cannot be read is listed with its reason; the others get their documents', async () => {
    const file = join(tmp, 'unclosed.csv');
    writeFileSync(file, `${MEETINGS_2024}\nPL-10,15/12/2024,46,"Thôn Tây,Hộ gia đình,300`);
    const out = join(tmp, 'unclosed');
    const { code } = await run(['documents', file, '--out-dir', out]);
    expect(code).toBe(1);
    const { entries } = index(out);
    expect(entries).toHaveLength(4);
    // The invitation, the count record, the resolution, the decision (the household ballot: no invitation).
    expect(entries.slice(0, 3).map((e) => e.files.length)).toEqual([4, 3, 4]);
    expect(entries[3]!.files).toEqual([]);
    expect(entries[3]!.omitted[0]!.code).toBe('documents.record-invalid');
  });

  it('a JSON file must say what it holds: --kind', async () => {
    const file = join(tmp, 'meetings.json');
    writeFileSync(file, JSON.stringify([{ electionDate: '2024-12-15', unit: { name: 'Thôn A' }, electorateBase: 'households', totalElectorate: 10, present: 8, votingMode: 'secret_ballot', candidates: [{ name: 'A', votes: 7 }] }]));
    const refused = await run(['documents', file, '--out-dir', join(tmp, 'json-refused')]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('--kind meetings');
    expect(existsSync(join(tmp, 'json-refused'))).toBe(false);
    const out = join(tmp, 'json');
    expect((await run(['documents', file, '--kind', 'meetings', '--out-dir', out])).code).toBe(0);
    expect(index(out).entries[0]!.files.map((f) => f.kind)).toEqual(['invitation', 'count-record', 'resolution', 'recognition-decision']);
  });

  it('without --out-dir: a coded error, exit 2; help lists the exit codes', async () => {
    const { code, stderr } = await run(['documents', join(EXAMPLES, 'meetings.csv')]);
    expect(code).toBe(2);
    expect(stderr).toContain('--out-dir');
    const help = await run(['documents', '--help']);
    expect(help.stdout).toContain('Mã thoát: 0 mọi bản ghi đều có văn bản');
  });
});

describe('truongthon documents <candidates>', () => {
  it('examples/candidates.csv: Mẫu 05 per unit, one index entry per row', async () => {
    const out = join(tmp, 'candidates');
    const { code } = await run(['documents', join(EXAMPLES, 'candidates.csv'), '--election-date', '2024-12-15', '--province', '46', '--out-dir', out]);
    const { entries, kind } = index(out);
    expect(kind).toBe('candidates');
    const rows = readFileSync(join(EXAMPLES, 'candidates.csv'), 'utf8').trim().split('\n').length - 1;
    expect(entries).toHaveLength(rows);
    // HX-09's date of birth (31/02/1979) does not exist: its row is on no minutes, with the reason, and the run exits 1.
    expect(code).toBe(1);
    const byId = (id: string) => entries.find((e) => e.id === id)!;
    expect(byId('HX-09').files).toEqual([]);
    expect(byId('HX-09').omitted[0]!.code).toBe('documents.row-unreadable');
    // HX-12 stands for deputy: not on the list of candidates for the head.
    expect(byId('HX-12').omitted[0]!.code).toBe('documents.deputy');
    expect(await docxText(join(out, byId('HX-01').files[0]!.file))).not.toContain('Phan Thị Ngọc');
    const first = entries[0]!;
    expect(first.files[0]).toMatchObject({ kind: 'candidate-list', form: 'Mẫu số 05' });
    const text = await docxText(join(out, first.files[0]!.file));
    expect(text).toContain('BIÊN BẢN CUỘC HỌP');
    expect(text).toContain(`Dự kiến danh sách người ứng cử Tổ trưởng ${first.unit.charAt(0).toLowerCase()}${first.unit.slice(1)}`);
    expect(text).toContain('Nguyễn Văn Hùng\t12/03/1968\tNam');
    expect(text).toContain('để bầu vào ngày 15/12/2024');
  });

  it('examples/candidates.xlsx gives the same minutes as the CSV (the same readers)', async () => {
    const csvOut = join(tmp, 'cand-csv');
    const xlsxOut = join(tmp, 'cand-xlsx');
    await run(['documents', join(EXAMPLES, 'candidates.csv'), '--election-date', '2024-12-15', '--out-dir', csvOut]);
    await run(['documents', join(EXAMPLES, 'candidates.xlsx'), '--election-date', '2024-12-15', '--out-dir', xlsxOut]);
    const summary = (dir: string) => index(dir).entries.map((e) => [e.row, e.unit, e.files.map((f) => f.file), e.omitted.map((o) => o.code)]);
    expect(summary(xlsxOut)).toEqual(summary(csvOut));
    const file = index(csvOut).entries[0]!.files[0]!.file;
    expect(await docxText(join(xlsxOut, file))).toBe(await docxText(join(csvOut, file)));
  });
});
