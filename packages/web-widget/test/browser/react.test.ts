import { beforeAll, describe, expect, it } from 'vitest';
import { bundleApp, choose, SKIP_BROWSER, useBrowser } from './harness';

type Violation = { directive: string };

describe.skipIf(SKIP_BROWSER)('inside a React 19 app (bundler entry, strict CSP)', () => {
  const harness = useBrowser();

  beforeAll(async () => {
    // The host app is bundled the way a portal team would: esbuild resolves @truongthon/web-widget/define → dist/define.js,
    // with lit, @truongthon/core and @truongthon/rules from node_modules (the external ESM entry, not the single-file bundle).
    await bundleApp('react', 'react-app.jsx', {
      jsx: 'automatic',
      define: { 'process.env.NODE_ENV': '"production"' },
    });
  }, 60_000);

  it('takes a value property, reports verdicts through React event props, follows the app language and submits with the form', async () => {
    const { page, errors } = await harness.open('/test/react.html');
    const host = page.locator('truongthon-candidate');
    // `value` (an object) reached the element as a property; the first verdict reached React's handler.
    await expect.poll(() => host.locator('#f-fullName').inputValue()).toBe('Đỗ Thị Hoa');
    await expect.poll(() => page.locator('#verdict').textContent()).toBe('undetermined');

    for (const path of ['partyMember', 'partyCellSecretary']) await choose(page, path, 'true');
    for (const key of ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity']) await choose(page, `attestations.${key}`, 'true');
    await expect.poll(() => page.locator('#verdict').textContent()).toBe('eligible');
    expect(Number(await page.locator('#changes').textContent())).toBe(7);

    await page.locator('#toggle-lang').click();
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Eligible');

    await page.locator('#react-submit').click();
    const submitted = JSON.parse((await page.locator('#react-submitted').textContent()) ?? '{}') as { candidate: string };
    expect(JSON.parse(submitted.candidate)).toMatchObject({ fullName: 'Đỗ Thị Hoa', attestations: { capacity: true } });

    // A new value from React state re-renders the element.
    await page.locator('#set-value').click();
    await expect.poll(() => page.locator('#verdict').textContent()).toBe('ineligible');
    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
