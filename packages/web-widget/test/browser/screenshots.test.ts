import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { choose, SCREENSHOTS, SKIP_BROWSER, useBrowser } from './harness';

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

      await page.locator('button[type="submit"]').click();
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
});
