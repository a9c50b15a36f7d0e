import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';
import { MEETINGS_2024 } from './documentsFixtures';
import { EXAMPLES, run } from './helpers';

const exec = promisify(execFile);

/** LibreOffice and poppler, as Debian installs them (`.ci/run` installs them in CI, where this test must not skip). */
const SOFFICE = ['/usr/bin/soffice', '/usr/local/bin/soffice'].find((p) => existsSync(p));
const PDFTOTEXT = ['/usr/bin/pdftotext', '/usr/local/bin/pdftotext'].find((p) => existsSync(p));
const SKIP = (SOFFICE === undefined || PDFTOTEXT === undefined) && !process.env['CI'];

const tmp = mkdtempSync(join(tmpdir(), 'truongthon-pdf-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** The text of a PDF, whitespace (line wraps included) made single spaces. */
async function pdfText(pdf: string): Promise<string> {
  const { stdout } = await exec(PDFTOTEXT!, ['-enc', 'UTF-8', pdf, '-'], { timeout: 30_000 });
  return stdout.normalize('NFC').replace(/\s+/gu, ' ');
}

describe.skipIf(SKIP)('every kind of document opens in LibreOffice and converts to PDF with its text', () => {
  it('Mẫu 01, 02, 03, 04, 05, both draft decisions and the report', { timeout: 180_000 }, async () => {
    if (SOFFICE === undefined || PDFTOTEXT === undefined) throw new Error('soffice or pdftotext not found (CI must install them: apt-get install -y libreoffice-writer poppler-utils fonts-liberation2).');
    const meetings = join(tmp, 'meetings.csv');
    writeFileSync(meetings, MEETINGS_2024);
    const out = join(tmp, 'out');
    expect((await run(['documents', meetings, '--out-dir', out])).code).toBe(0);
    expect((await run(['documents', join(EXAMPLES, 'candidates.csv'), '--election-date', '2024-12-15', '--province', '46', '--out-dir', out])).code).toBeLessThanOrEqual(1);
    const entries = (id: string) => (JSON.parse(readFileSync(join(out, 'index.json'), 'utf8')) as { entries: { id: string; files: { kind: string; file: string }[] }[] }).entries.find((e) => e.id === id);
    // The candidate run wrote the last index.json; the meeting files are named by unit and date.
    const files = {
      invitation: join(out, 'to-dan-pho-7_2024-12-15_giay-moi.docx'),
      count: join(out, 'to-dan-pho-7_2024-12-15_bien-ban-kiem-phieu.docx'),
      resolution: join(out, 'to-dan-pho-7_2024-12-15_nghi-quyet-bien-ban-hop.docx'),
      recognition: join(out, 'to-dan-pho-7_2024-12-15_du-thao-qd-cong-nhan.docx'),
      household: join(out, 'thon-phu-loc_2024-12-15_bien-ban-kiem-phieu-ho-gia-dinh.docx'),
      rerun: join(out, 'thon-dong_2024-12-15_du-thao-qd-bau-lai.docx'),
      candidates: join(out, entries('HX-01')!.files[0]!.file),
      report: join(out, 'bao-cao.docx'),
    };
    expect((await run(['report', join(EXAMPLES, 'units.csv'), '--as-of', '2021-11-15', '--out', files.report])).code).toBe(1);
    for (const f of Object.values(files)) expect(existsSync(f), f).toBe(true);
    const pdfDir = join(tmp, 'pdf');
    // A profile of its own: never the user's, and no clash with another LibreOffice running.
    await exec(SOFFICE, [`-env:UserInstallation=file://${join(tmp, 'profile')}`, '--headless', '--convert-to', 'pdf', '--outdir', pdfDir, ...Object.values(files)], { timeout: 150_000 });
    const text = async (docx: string) => pdfText(join(pdfDir, basename(docx).replace(/\.docx$/u, '.pdf')));

    const invitation = await text(files.invitation);
    for (const s of ['Mẫu số 01', 'TỔ DÂN PHỐ 7', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'GIẤY MỜI', 'Trân trọng kính mời ông (bà)', 'Về việc bầu Tổ trưởng tổ dân phố 7.', 'Chủ nhật, ngày 15 tháng 12 năm 2024 (15/12/2024)', 'tổng số 1.250 hộ gia đình', 'Điều 6–9 Nghị định 59/2023/NĐ-CP', 'Nguyễn Thị Lan, Hồ Văn Tâm', 'CHỦ TRÌ CUỘC HỌP']) expect(invitation).toContain(s);
    const count = await text(files.count);
    for (const s of ['Mẫu số 02', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc', 'BIÊN BẢN KIỂM PHIẾU', 'TỔ DÂN PHỐ 7', '1.250', '1.100', '88%', 'Nguyễn Thị Lan', '700', '56%', 'Hồ Văn Tâm', '390', '31,2%', 'ngày 15/12/2024', 'trúng cử']) expect(count).toContain(s);
    const household = await text(files.household);
    for (const s of ['Mẫu số 04', 'phát phiếu lấy ý kiến của hộ gia đình', 'THÔN PHÚ LỘC', 'Lê Thị Hoa', '62,5%']) expect(household).toContain(s);
    const resolution = await text(files.resolution);
    for (const s of ['Mẫu số 03', 'CỘNG ĐỒNG DÂN CƯ', 'Nguyễn Thị Lan', '56%']) expect(resolution).toContain(s);
    const recognition = await text(files.recognition);
    for (const s of ['DỰ THẢO', 'QUYẾT ĐỊNH', 'Căn cứ Điều 8 Nghị định 59/2023/NĐ-CP', '20/12/2024', 'Nguyễn Thị Lan']) expect(recognition).toContain(s);
    const rerun = await text(files.rerun);
    for (const s of ['tổ chức bầu lại', 'Thôn Đông']) expect(rerun).toContain(s);
    const list = await text(files.candidates);
    for (const s of ['Mẫu số 05', 'BIÊN BẢN CUỘC HỌP', 'Nguyễn Văn Hùng', '12/03/1968', '15/12/2024']) expect(list).toContain(s);
    const report = await text(files.report);
    for (const s of ['BÁO CÁO', 'Thừa Thiên Huế', 'Phường Hương Xuân', 'Tổ dân phố', '15/11/2021', '50%']) expect(report).toContain(s);
  });
});
