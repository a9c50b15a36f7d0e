import { describe, expect, it } from 'vitest';
import { meetingField, SKIP_BROWSER, useBrowser, verdictOf } from './harness';

/**
 * Issue 15: the date fields take `dd/MM/yyyy` whatever the browser's language
 * (a native date input follows the browser, so an English Chrome read
 * 05/06/2005 as 6 May), read the date back in words, take a pasted date, and
 * say "ngày không có thật" for a day that does not exist.
 */
describe.skipIf(SKIP_BROWSER)('date fields in Chromium', () => {
  const harness = useBrowser();

  it('an English browser on a lang="vi" page: typing 05/06/2005 submits 2005-06-05', async () => {
    const { page, errors } = await harness.open('/test/form.html', { locale: 'en-US' });
    expect(await page.evaluate(() => navigator.language)).toBe('en-US');
    const host = page.locator('truongthon-candidate');
    await host.locator('#f-fullName').pressSequentially('Nguyễn Văn An');
    const date = host.locator('#f-dateOfBirth');
    expect(await date.getAttribute('type')).toBe('text');
    expect(await date.getAttribute('placeholder')).toBe('ngày/tháng/năm');
    await date.pressSequentially('05/06/2005');
    await expect.poll(() => host.locator('#w-dateOfBirth').textContent()).toBe('ngày 05 tháng 6 năm 2005');
    expect((await date.getAttribute('aria-describedby')) ?? '').toContain('w-dateOfBirth');
    // 18 on 10/12/2023: the age is counted from 5 June, not 6 May.
    await expect.poll(() => host.locator('[data-code="elig.age.under-minimum"]').textContent()).toContain('đủ 21 tuổi từ ngày 05/06/2026');
    // The form blocks only input it cannot read: an ineligible candidate is submitted, with the day as typed.
    expect(await verdictOf(page)).toBe('ineligible');
    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    const json = await page.locator('#submitted dd pre').first().textContent();
    expect(JSON.parse(json ?? '{}')).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '2005-06-05' });
    expect(errors).toEqual([]);
  });

  it('an impossible day is "ngày không có thật", a two-digit year is refused, and the field keeps what was typed', async () => {
    const { page } = await harness.open('/test/form.html', { locale: 'en-US' });
    const host = page.locator('truongthon-candidate');
    await host.locator('#f-fullName').pressSequentially('Nguyễn Văn An');
    const date = host.locator('#f-dateOfBirth');
    await date.pressSequentially('31/02/2000');
    await date.press('Tab');
    await expect.poll(() => host.locator('#e-dateOfBirth').textContent()).toBe('Ngày sinh: ngày không có thật.');
    expect(await date.inputValue()).toBe('31/02/2000');
    expect(await date.getAttribute('aria-invalid')).toBe('true');
    expect(await host.locator('#w-dateOfBirth').count()).toBe(0);
    expect(await host.evaluate((element) => (element as HTMLElementTagNameMap['truongthon-candidate']).validationMessage)).toContain('ngày không có thật');
    await date.fill('05/06/05');
    await date.press('Tab');
    await expect.poll(() => host.locator('#e-dateOfBirth').textContent()).toContain('đủ bốn chữ số của năm');
    await date.fill('hôm qua');
    await date.press('Tab');
    await expect.poll(() => host.locator('#e-dateOfBirth').textContent()).toContain('dạng ngày/tháng/năm, ví dụ 15/06/1975');
  });

  it('takes a pasted date, dd/MM/yyyy or ISO, and shows a date the page assigns as dd/MM/yyyy', async () => {
    const { page, context } = await harness.open('/test/form.html', { locale: 'en-US' });
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: harness.origin });
    const host = page.locator('truongthon-candidate');
    const date = host.locator('#f-dateOfBirth');
    for (const [pasted, words] of [
      ['15/06/1975', 'ngày 15 tháng 6 năm 1975'],
      [' 1975-01-02\u200b', 'ngày 02 tháng 01 năm 1975'],
    ] as const) {
      await page.evaluate((text) => navigator.clipboard.writeText(text), pasted);
      await date.fill('');
      await date.focus();
      await page.keyboard.press('Control+V');
      await expect.poll(() => host.locator('#w-dateOfBirth').textContent()).toBe(words);
    }
    expect(await host.evaluate((element) => (element as HTMLElementTagNameMap['truongthon-candidate']).value.dateOfBirth)).toBe('1975-01-02');
    // English readers get the words in English; the field keeps the day-first form.
    await host.evaluate((element) => element.setAttribute('lang', 'en'));
    await expect.poll(() => host.locator('#w-dateOfBirth').textContent()).toBe('2 January 1975');
    expect(await date.getAttribute('placeholder')).toBe('dd/mm/yyyy');
    await host.evaluate((element) => {
      (element as HTMLElementTagNameMap['truongthon-candidate']).value = { fullName: 'Trần Thị Bình', dateOfBirth: '1990-11-03' };
    });
    await expect.poll(() => date.inputValue()).toBe('03/11/1990');
  });

  it('the election form: dates typed day first, the meeting date set by the portal shown dd/MM/yyyy', async () => {
    const { page } = await harness.open('/test/election.html', { locale: 'en-US' });
    const host = page.locator('truongthon-election');
    const date = meetingField(page, 'electionDate');
    await date.fill('');
    await date.pressSequentially('10/01/2021');
    await expect.poll(() => host.locator('#w-electionDate').textContent()).toBe('ngày 10 tháng 01 năm 2021');
    expect(await host.evaluate((element) => (element as HTMLElementTagNameMap['truongthon-election']).value.electionDate)).toBe('2021-01-10');
    await host.evaluate((element) => element.setAttribute('meeting-date', '2023-09-17'));
    await expect.poll(() => date.inputValue()).toBe('17/09/2023');
    expect(await host.evaluate((element) => (element as HTMLElementTagNameMap['truongthon-election']).value.electionDate)).toBe('2023-09-17');
  });

  it('a name pasted decomposed (NFD) is submitted composed (NFC)', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.locator('#f-fullName').focus();
    await page.keyboard.insertText('Nguye\u0302\u0303n Văn An'.normalize('NFD'));
    await host.locator('#f-dateOfBirth').fill('01/05/1980');
    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    const json = (await page.locator('#submitted dd pre').first().textContent()) ?? '';
    expect(json).toBe(json.normalize('NFC'));
    expect(JSON.parse(json)).toMatchObject({ fullName: 'Nguyễn Văn An' });
  });
});
