import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../demo/server.mjs';
import { fillMeeting, PACKAGE_ROOT, SKIP_BROWSER, useBrowser, VI } from './harness';

describe.skipIf(SKIP_BROWSER)('unit kinds, impossible attendance, Trusted Types (issue 18, item 6)', () => {
  const harness = useBrowser();

  it('unit-kind makes "thôn, tổ dân phố" read as the rules\' word: ấp, bản, khóm', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    expect(await host.getByText(VI.permanentResident, { exact: true }).count()).toBe(1);
    await host.evaluate((element) => element.setAttribute('unit-kind', 'ap'));
    await expect.poll(() => host.getByText('Đăng ký thường trú tại ấp', { exact: true }).count()).toBe(1);
    expect(await host.getByLabel('Tên ấp').count()).toBe(1);
    // With diacritics too, and a tổ dân phố word.
    await host.evaluate((element) => element.setAttribute('unit-kind', 'khóm'));
    await expect.poll(() => host.getByLabel('Tên khóm').count()).toBe(1);
    // A word that is not in the vocabulary changes nothing.
    await host.evaluate((element) => element.setAttribute('unit-kind', 'làng xã'));
    await expect.poll(() => host.getByLabel(VI.unitName).count()).toBe(1);

    const { page: meeting } = await harness.open('/test/election.html');
    const election = meeting.locator('truongthon-election');
    await election.evaluate((element) => element.setAttribute('unit-kind', 'ban'));
    await expect.poll(() => election.getByLabel('Tổng số cử tri / hộ của bản').count()).toBe(1);
    expect(await election.locator('#h-totalElectorate').textContent()).toContain('Toàn bộ cử tri hoặc hộ của bản');
  });

  it('an impossible attendance (400 present of 361) is reported as such, never "Đủ số người tham dự"', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { present: '400', candidates: [['Nguyễn Văn An', '200']] });
    const quorum = host.locator('[part="quorum"]');
    await expect.poll(() => quorum.getAttribute('data-met')).toBe('impossible');
    const text = (await quorum.textContent()) ?? '';
    expect(text).not.toContain('Đủ số người tham dự');
    expect(text).toContain('400');
    expect(await host.locator('[data-code="tally.present-exceeds-total"]').count()).toBe(1);
  });

  it("renders under the README's Trusted Types policy; under trusted-types 'none' it fails as the README says", async () => {
    const readme = readFileSync(join(PACKAGE_ROOT, 'README.md'), 'utf8');
    const line = /^script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; (trusted-types [^\n]+)$/mu.exec(readme);
    expect(line?.[1]).toBe('trusted-types lit-html');
    // The pages of these tests are served under exactly that directive, and render.
    expect(STRICT_CSP).toContain(`require-trusted-types-for 'script'; ${line![1]}`);
    const { page: allowed } = await harness.open('/test/form.html');
    expect(await allowed.locator('truongthon-candidate').getByLabel(VI.fullName).count()).toBe(1);

    // No policy allowed: the script stops on load (a trusted-types violation naming lit-html),
    // no element is defined, and what the page put inside the tag is shown instead.
    const context = await harness.browser.newContext();
    const page = await context.newPage();
    await page.goto(`${harness.origin}/test/trusted-types.tt-none.html`);
    await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: { directive: string; sample: string }[] }).__violations)).toContainEqual({ directive: 'trusted-types', sample: 'lit-html' });
    expect(await page.evaluate(() => customElements.get('truongthon-candidate') === undefined)).toBe(true);
    expect(await page.locator('#fallback').isVisible()).toBe(true);
    expect(readme).toContain("Under `trusted-types 'none'`");
    await context.close();
  });
});
