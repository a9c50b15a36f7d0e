import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { meetingField, SKIP_BROWSER, useBrowser, VI } from './harness';

type Candidate = HTMLElementTagNameMap['truongthon-candidate'];
type Election = HTMLElementTagNameMap['truongthon-election'];

/** How many times a text appears in an element's shadow root (as rendered). */
function occurrences(page: Page, host: string, text: string): Promise<number> {
  return page.locator(host).evaluate((element, text) => ((element.shadowRoot?.querySelector('.root') as HTMLElement).innerText.split(text).length - 1), text);
}

describe.skipIf(SKIP_BROWSER)('errors as a portal wants them (issue 18, item 4)', () => {
  const harness = useBrowser();

  it('a blocked submit shows each error once in the summary at the top and once at its field, with no native bubble', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await page.evaluate(() => {
      const w = window as unknown as { __invalid: boolean[] };
      w.__invalid = [];
      // Registered after the element's own listener: it sees whether the browser's bubble was cancelled.
      document.getElementById('candidate')!.addEventListener('invalid', (event) => w.__invalid.push(event.defaultPrevented));
    });
    await page.locator('#submit').click();
    const summary = host.locator('[part="summary"]');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await page.evaluate(() => (window as unknown as { __invalid: boolean[] }).__invalid)).toEqual([true]);
    // The summary is the first thing in the element, above the form and the result panel.
    expect(await host.evaluate((element) => element.shadowRoot!.querySelector('.root')!.firstElementChild?.getAttribute('part'))).toBe('summary');
    const message = 'Thiếu thông tin bắt buộc: Họ và tên';
    expect(await occurrences(page, 'truongthon-candidate', message)).toBe(2);
    expect(await host.locator('[part="result"]').textContent()).not.toContain(message);
    expect(await host.locator('#e-fullName').textContent()).toContain(message);
    // Before any submit, the result panel lists the problems as the user types (no summary yet).
    await page.locator('#reset').click();
    await host.getByLabel(VI.fullName).fill('An');
    await expect.poll(() => host.locator('[part="result"]').textContent()).toContain('Thiếu thông tin bắt buộc: Ngày sinh');
    expect(await summary.count()).toBe(0);
  });

  it('validationMessages() gives the current messages as { path, message }', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    const messages = await host.evaluate((element) => (element as Candidate).validationMessages());
    expect(messages).toEqual([
      { path: 'fullName', message: 'Thiếu thông tin bắt buộc: Họ và tên.' },
      { path: 'dateOfBirth', message: 'Thiếu thông tin bắt buộc: Ngày sinh.' },
    ]);
    await host.getByLabel(VI.fullName).fill('Nguyễn Văn An');
    await host.getByLabel(VI.dateOfBirth).fill('01/05/1980');
    expect(await host.evaluate((element) => (element as Candidate).validationMessages())).toEqual([]);
    // With require-eligible, the undetermined verdict is named.
    await host.evaluate((element) => element.setAttribute('require-eligible', ''));
    const refused = await host.evaluate((element) => (element as Candidate).validationMessages());
    expect(refused).toHaveLength(1);
    expect(refused[0]!.path).toBe('permanentResident');
  });

  it("setServerErrors() shows a back end's messages on the fields and in the focused summary until the field changes", async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.getByLabel(VI.fullName).fill('Nguyễn Văn An');
    await host.getByLabel(VI.dateOfBirth).fill('01/05/1980');
    // As `truongthon serve` answers a 400: issues[].path and message.
    await host.evaluate((element) =>
      (element as Candidate).setServerErrors([
        { path: 'dateOfBirth', message: 'Ngày sinh không khớp với hồ sơ hộ tịch' },
        { path: '', message: 'Hồ sơ đã được nộp trước đó' },
      ]),
    );
    const summary = host.locator('[part="summary"]');
    await expect.poll(() => host.evaluate((element) => element.shadowRoot?.activeElement?.getAttribute('part'))).toBe('summary');
    expect(await summary.textContent()).toContain('Có 2 mục cần sửa');
    expect(await host.locator('#e-dateOfBirth').textContent()).toContain('Ngày sinh không khớp với hồ sơ hộ tịch');
    expect(await host.getByLabel(VI.dateOfBirth).getAttribute('aria-invalid')).toBe('true');
    expect(await host.evaluate((element) => (element as Candidate).validationMessages())).toEqual([
      { path: 'dateOfBirth', message: 'Ngày sinh không khớp với hồ sơ hộ tịch' },
      { path: '', message: 'Hồ sơ đã được nộp trước đó' },
    ]);
    // The entry with a field focuses it; the one without is plain text.
    await summary.getByRole('button', { name: 'Ngày sinh không khớp với hồ sơ hộ tịch' }).click();
    expect(await host.evaluate((element) => element.shadowRoot?.activeElement?.id)).toBe('f-dateOfBirth');
    expect(await summary.getByRole('button').count()).toBe(1);
    // Server messages do not block the form: the server checks again.
    expect(await host.evaluate((element) => (element as Candidate).validity.valid)).toBe(true);
    // Changing the field clears its message; the other stays until cleared.
    await host.getByLabel(VI.dateOfBirth).fill('02/05/1980');
    await expect.poll(() => host.locator('#e-dateOfBirth').count()).toBe(0);
    expect(await summary.textContent()).toContain('Hồ sơ đã được nộp trước đó');
    await host.evaluate((element) => (element as Candidate).setServerErrors([]));
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('the election element: once-only errors, validationMessages() and a server message on a candidate line', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await page.locator('#submit').click();
    await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
    expect(await occurrences(page, 'truongthon-election', 'Thiếu thông tin bắt buộc: Số người tham dự')).toBe(2);
    const messages = await host.evaluate((element) => (element as Election).validationMessages());
    expect(messages).toContainEqual({ path: 'present', message: 'Thiếu thông tin bắt buộc: Số người tham dự.' });
    await host.evaluate((element) => (element as Election).setServerErrors([{ path: 'candidates.0.votes', message: 'Số phiếu khác với biên bản kiểm phiếu' }]));
    await expect.poll(() => host.locator('[id="e-candidates.0.votes"]').textContent()).toContain('Số phiếu khác với biên bản kiểm phiếu');
    await meetingField(page, 'candidates.0.votes').fill('12');
    await expect.poll(() => host.locator('[part="summary"]').textContent()).not.toContain('Số phiếu khác với biên bản kiểm phiếu');
    // A reset clears the server's messages too.
    await host.evaluate((element) => (element as Election).setServerErrors([{ path: 'present', message: 'Sai' }]));
    await page.locator('#reset').click();
    await expect.poll(() => host.locator('[part="summary"]').count()).toBe(0);
  });
});
