import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillMeeting, SKIP_BROWSER, useBrowser } from './harness';

/** One entry of a ZIP file (a DOCX), found through the central directory and inflated. */
function unzipEntry(zip: Buffer, name: string): string {
  const end = zip.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  let at = zip.readUInt32LE(end + 16);
  for (let i = 0; i < zip.readUInt16LE(end + 10); i++) {
    const method = zip.readUInt16LE(at + 10);
    const size = zip.readUInt32LE(at + 20);
    const nameLength = zip.readUInt16LE(at + 28);
    const local = zip.readUInt32LE(at + 42);
    if (zip.toString('utf8', at + 46, at + 46 + nameLength) === name) {
      const start = local + 30 + zip.readUInt16LE(local + 26) + zip.readUInt16LE(local + 28);
      const data = zip.subarray(start, start + size);
      return (method === 8 ? inflateRawSync(data) : data).toString('utf8');
    }
    at += 46 + nameLength + zip.readUInt16LE(at + 30) + zip.readUInt16LE(at + 32);
  }
  throw new Error(`${name} not in the file`);
}

/** The text of a DOCX's body: runs joined, a paragraph a line. */
function docxText(file: string): string {
  const xml = unzipEntry(readFileSync(file), 'word/document.xml');
  return [...xml.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>|<\/w:p>/gu)].map((m) => m[1] ?? '\n').join('');
}

const button = (page: Page) => page.locator('truongthon-election').locator('button[part~="download"]');

/** Clicks "Tải biên bản (.docx)" and returns the downloaded file's suggested name and text. */
async function download(page: Page): Promise<{ name: string; text: string }> {
  const [file] = await Promise.all([page.waitForEvent('download'), button(page).click()]);
  const path = await file.path();
  return { name: file.suggestedFilename(), text: docxText(path) };
}

describe.skipIf(SKIP_BROWSER)('<truongthon-election>: "Tải biên bản (.docx)" (issue 16, item 4)', () => {
  const harness = useBrowser();

  it('the single-file build under a strict CSP: the module is loaded from beside the script on the first click only, and the DOCX is the count record, made in the browser', async () => {
    const { page, requests, errors } = await harness.open('/test/election-only.html');
    // Nothing typed: no button.
    expect(await button(page).count()).toBe(0);
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '220'], ['Trần Thị Bình', '70']] });
    await expect.poll(() => button(page).textContent()).toContain('Tải biên bản (.docx)');
    expect(requests.some((url) => url.endsWith('/truongthon-docx.js'))).toBe(false);
    const { name, text } = await download(page);
    expect(requests).toContain(`${harness.origin}/dist/truongthon-docx.js`);
    // No server: every request is one of the page's own files (the page, its scripts, the module).
    expect(requests.filter((url) => !url.startsWith(`${harness.origin}/`))).toEqual([]);
    expect(requests.filter((url) => !/\.(html|js)$/u.test(url))).toEqual([]);
    expect(name).toBe('to-dan-pho-1_2021-01-10_bien-ban-kiem-phieu.docx');
    for (const s of ['BIÊN BẢN KIỂM PHIẾU', 'TỔ DÂN PHỐ 1', 'Tổ dân phố 1', 'Tổng số hộ gia đình của Tổ dân phố 1: 361', 'Nguyễn Văn An', '60,94%', 'Trần Thị Bình', '19,39%', 'ngày 10/01/2021', 'trúng cử Tổ trưởng tổ dân phố 1']) expect(text).toContain(s);
    expect(errors).toEqual([]);
  });

  it('the ES module build (dist/election.js) finds the module through import.meta.url; Mẫu 02 in 2024; English when the element is', async () => {
    const { page, errors } = await harness.open('/test/download-module.html');
    await fillMeeting(page, { total: '1250', present: '1100', mode: 'secret_ballot', candidates: [['Nguyễn Thị Lan', '700'], ['Hồ Văn Tâm', '390']] });
    const vi = await download(page);
    expect(vi.name).toBe('to-dan-pho-1_2024-12-15_bien-ban-kiem-phieu.docx');
    for (const s of ['Mẫu số 02', 'BIÊN BẢN KIỂM PHIẾU', 'Tổ dân phố 1', '1.250', '1.100', 'Nguyễn Thị Lan', '56%']) expect(vi.text).toContain(s);
    await page.locator('truongthon-election').evaluate((element) => element.setAttribute('lang', 'en'));
    await expect.poll(() => button(page).textContent()).toContain('Download the count record (.docx)');
    const en = await download(page);
    expect(en.text).toContain('Bản dịch tham khảo / translation');
    expect(en.text).toContain('VOTE COUNT RECORD');
    expect(errors).toEqual([]);
  });

  it('contradictory figures: no button', async () => {
    const { page } = await harness.open('/test/election-only.html');
    await fillMeeting(page, { present: '400' });
    await expect.poll(() => page.locator('truongthon-election').evaluate((element) => (element as HTMLElementTagNameMap['truongthon-election']).result.outcome)).toBe('inconsistent');
    expect(await button(page).count()).toBe(0);
  });
});
