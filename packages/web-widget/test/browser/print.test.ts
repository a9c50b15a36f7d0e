import { describe, expect, it } from 'vitest';
import { fillEligible, fillMeeting, SKIP_BROWSER, useBrowser } from './harness';

/** Pages of a PDF (its `/Type /Page` objects). */
function pageCount(pdf: Buffer): number {
  return pdf.toString('latin1').match(/\/Type\s*\/Page(?!s)/gu)?.length ?? 0;
}

describe.skipIf(SKIP_BROWSER)('print and small screens (issue 18, item 5)', () => {
  const harness = useBrowser();

  it('prints the candidate as a one-page declaration: values as text, no radio buttons, the legal basis as plain lines', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await fillEligible(page);
    await host.locator('#f-dateOfBirth').fill('2003-12-11');
    await page.emulateMedia({ media: 'print' });
    // No radio button is drawn; the answer chosen is, as text.
    expect(await host.evaluate((element) => [...element.shadowRoot!.querySelectorAll('input[type="radio"]')].filter((radio) => radio.getBoundingClientRect().width > 0).length)).toBe(0);
    const answers = await host.evaluate((element) =>
      [...element.shadowRoot!.querySelectorAll<HTMLElement>('.choices label')].filter((label) => label.getBoundingClientRect().width > 0).map((label) => label.textContent!.trim()),
    );
    expect(answers.length).toBeGreaterThan(5);
    expect(new Set(answers)).toEqual(new Set(['Có', 'Đạt']));
    // A typed value is text: no box around it.
    expect(await host.locator('#f-fullName').evaluate((input) => getComputedStyle(input).borderTopWidth)).toBe('0px');
    // The legal basis is a line of its own under the finding.
    const citation = host.locator('[data-code="elig.age.under-minimum"] [part="citation"]');
    expect(await citation.evaluate((node) => getComputedStyle(node).display)).toBe('block');
    expect(await host.locator('[part="result"]').textContent()).toContain('Điều 11 Thông tư 04/2012/TT-BNV');
    const pdf = await page.pdf({ format: 'A4', printBackground: false });
    expect(pageCount(pdf)).toBe(1);
  });

  it('prints the demo portal with the candidate form on its first page and the meeting on the next', async () => {
    const { page } = await harness.open('/', { viewport: { width: 794, height: 1123 } });
    await fillEligible(page);
    await fillMeeting(page);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.banner').isVisible()).toBe(false);
    // The candidate section ends within the first A4 page (1123 px at 96 dpi, less the margins).
    const bottom = await page.locator('#candidate-section').evaluate((node) => node.getBoundingClientRect().bottom + window.scrollY);
    expect(bottom).toBeLessThan(1000);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pageCount(pdf)).toBeLessThanOrEqual(3);
    expect(pageCount(pdf)).toBeGreaterThanOrEqual(2);
  });

  it('on a 375 px phone the result panel comes right after the name of the form, not below every question', async () => {
    for (const [path, host] of [
      ['/test/form.html', 'truongthon-candidate'],
      ['/test/election.html', 'truongthon-election'],
    ] as const) {
      const { page } = await harness.open(path, { viewport: { width: 375, height: 740 } });
      const element = page.locator(host);
      const result = await element.locator('[part="result"]').boundingBox();
      const form = await element.locator('[part="form"]').boundingBox();
      expect(result!.y).toBeLessThan(form!.y);
      // Within the first screen of the element.
      expect(result!.y - (await element.boundingBox())!.y).toBeLessThan(200);
      // On a wide screen it stays beside the form.
      await page.setViewportSize({ width: 1100, height: 900 });
      await expect.poll(async () => (await element.locator('[part="result"]').boundingBox())!.x).toBeGreaterThan((await element.locator('[part="form"]').boundingBox())!.x + 100);
    }
  });
});
