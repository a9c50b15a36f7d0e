import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choose, fillMeeting, meetingField, SCREENSHOTS, SKIP_BROWSER, useBrowser } from './harness';

/**
 * Writes screenshots of each element in each language to screenshots/
 * (gitignored) for a reviewer to look at; asserts only that they were taken.
 */
describe.skipIf(SKIP_BROWSER)('screenshots (written to packages/web-widget/screenshots/)', () => {
  const harness = useBrowser();

  for (const lang of ['vi', 'en'] as const) {
    it(`<truongthon-candidate> in ${lang}: the demo portal, a blocked submit, and results`, async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const { page, errors } = await harness.open(lang === 'en' ? '/?lang=en' : '/', { locale: lang === 'en' ? 'en-GB' : 'vi-VN', viewport: { width: 1280, height: 900 } });
      const host = page.locator('truongthon-candidate');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);

      await page.locator('#register button[type="submit"]').click();
      await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
      await host.screenshot({ path: join(SCREENSHOTS, `candidate-${lang}-errors.png`) });

      // Undetermined: some answers missing, a policy advisory, the term of the province.
      await host.locator('#f-fullName').fill(lang === 'vi' ? 'Nguyễn Thị Lan' : 'Nguyen Thi Lan');
      await host.locator('#f-dateOfBirth').fill('1979-08-19');
      await host.locator('#f-unitName').fill('Tổ dân phố 5, phường Hương Xuân');
      for (const path of ['permanentResident', 'livesInUnit']) await choose(page, path, 'true');
      await choose(page, 'partyMember', 'false');
      for (const key of ['health', 'dedication', 'moralQuality']) await choose(page, `attestations.${key}`, 'true');
      await host.screenshot({ path: join(SCREENSHOTS, `candidate-${lang}-undetermined.png`) });

      // Ineligible: under 21 on the election day, with the legal basis.
      await host.locator('#f-dateOfBirth').fill('2003-12-11');
      await host.screenshot({ path: join(SCREENSHOTS, `candidate-${lang}-ineligible.png`) });

      // Eligible.
      await host.locator('#f-dateOfBirth').fill('1979-08-19');
      for (const key of ['exemplaryFamily', 'capacity']) await choose(page, `attestations.${key}`, 'true');
      await choose(page, 'partyMember', 'true');
      await choose(page, 'partyCellSecretary', 'true');
      await host.screenshot({ path: join(SCREENSHOTS, `candidate-${lang}-eligible.png`) });
      await page.screenshot({ path: join(SCREENSHOTS, `portal-${lang}.png`), fullPage: true });

      // Narrow (phone) layout.
      await page.setViewportSize({ width: 390, height: 800 });
      await host.screenshot({ path: join(SCREENSHOTS, `candidate-${lang}-phone.png`) });
      expect(errors).toEqual([]);
    });
  }

  for (const lang of ['vi', 'en'] as const) {
    it(`<truongthon-election> in ${lang}: a blocked submit, an invalid meeting, no winner, elected, inconsistent figures`, async () => {
      mkdirSync(SCREENSHOTS, { recursive: true });
      const { page, errors } = await harness.open(lang === 'en' ? '/?lang=en' : '/', { locale: lang === 'en' ? 'en-GB' : 'vi-VN', viewport: { width: 1280, height: 900 } });
      const host = page.locator('truongthon-election');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe(lang);
      const shot = (name: string) => host.screenshot({ path: join(SCREENSHOTS, `election-${lang}-${name}.png`) });

      await page.locator('#report button[type="submit"]').click();
      await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
      await shot('errors');

      // 150 of 361 households present: the meeting cannot decide.
      await fillMeeting(page, { present: '150', mode: 'secret_ballot', candidates: [['Nguyễn Văn An', '120'], ['Trần Thị Bình', '25']] });
      for (const [path, figure] of [['ballots.issued', '150'], ['ballots.returned', '150'], ['ballots.valid', '145'], ['ballots.invalid', '5']] as const) {
        await meetingField(page, path).fill(figure);
      }
      await expect.poll(() => host.locator('[part="result"]').getAttribute('data-outcome')).toBe('invalid-meeting');
      await shot('invalid-meeting');

      // The published worked example: 159 of 361 = 44.04% → no winner; re-run within 15 days.
      for (const [path, figure] of [['present', '300'], ['ballots.issued', '300'], ['ballots.returned', '298'], ['ballots.valid', '290'], ['ballots.invalid', '8'], ['candidates.0.votes', '159'], ['candidates.1.votes', '131']] as const) {
        await meetingField(page, path).fill(figure);
      }
      await expect.poll(() => host.locator('[part="result"]').getAttribute('data-outcome')).toBe('no-winner');
      await shot('no-winner');

      // 181 of 361 = 50.14% → elected; recognition within 4 working days.
      await meetingField(page, 'candidates.0.votes').fill('181');
      await meetingField(page, 'candidates.1.votes').fill('109');
      await expect.poll(() => host.locator('[part="result"]').getAttribute('data-outcome')).toBe('elected');
      await shot('elected');
      await page.screenshot({ path: join(SCREENSHOTS, `portal-election-${lang}.png`), fullPage: true });

      // More votes than valid ballots: coded findings, the field marked.
      await meetingField(page, 'candidates.0.votes').fill('291');
      await meetingField(page, 'candidates.0.votes').press('Tab');
      await expect.poll(() => host.locator('[part="result"]').getAttribute('data-outcome')).toBe('inconsistent');
      await shot('inconsistent');

      await meetingField(page, 'candidates.0.votes').fill('181');
      await page.setViewportSize({ width: 390, height: 800 });
      await expect.poll(() => host.locator('[part="result"]').getAttribute('data-outcome')).toBe('elected');
      await shot('phone');
      expect(errors).toEqual([]);
    });
  }
});
