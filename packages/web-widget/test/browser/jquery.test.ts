/**
 * The real jQuery 3.7.1 (issue 18, item 3 and its done-when line): a plain
 * portal form posted with `$(form).serialize()` carries the candidate
 * element's value when the element has `mirror-input`, and lacks it
 * without (jQuery reads `form.elements` by tag name: input, select,
 * textarea, never a custom element).
 *
 * jQuery 3.7.1 writes strings to `innerHTML` as it loads (its support
 * tests), so under `require-trusted-types-for 'script'` it does not load at
 * all (jQuery 4 supports Trusted Types). The portal page here keeps every
 * other directive of the strict policy; the second test shows the failure.
 */
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, STRICT_CSP } from '../../demo/server.mjs';
import { bundleApp, choose, SKIP_BROWSER, useBrowser } from './harness';

/** The strict policy without Trusted Types enforcement (still `trusted-types lit-html`: no other policy may be created). */
const JQUERY_3_CSP = STRICT_CSP.replace("require-trusted-types-for 'script'; ", '');

type Violation = { directive: string };
type Pair = { name: string; value: string };
type JQueryForm = { serialize(): string; serializeArray(): Pair[] };
type JQueryWindow = { $: ((selector: string) => JQueryForm) & { fn: { jquery: string } }; __violations: Violation[] };

/** `$(form).serialize()` and `$(form).serializeArray()` of a form, and the JSON of its candidate element's `value`. */
function read(page: Page, form: '#with' | '#without') {
  return page.evaluate((selector) => {
    const { $ } = window as unknown as JQueryWindow;
    const element = document.querySelector(`${selector} truongthon-candidate`) as HTMLElement & { value: unknown };
    return { serialized: $(selector).serialize(), pairs: $(selector).serializeArray(), json: JSON.stringify(element.value), version: $.fn.jquery };
  }, form);
}

/** `name=value` as jQuery 3's `$.param` writes it (encodeURIComponent of each, spaces as `%20`). */
function encoded(name: string, value: string): string {
  return `${encodeURIComponent(name)}=${encodeURIComponent(value)}`;
}

describe.skipIf(SKIP_BROWSER)('inside a jQuery 3.7.1 portal form (strict CSP)', () => {
  const harness = useBrowser({ csp: (pathname) => (pathname === '/test/jquery.html' ? JQUERY_3_CSP : defaultPolicy(pathname)) });

  beforeAll(async () => {
    await bundleApp('jquery', 'jquery-app.js', {
      format: 'iife',
    });
  }, 60_000);

  it('serialize() and serializeArray() carry the value once with mirror-input, and lack it without; a reset empties it', async () => {
    const { page, errors } = await harness.open('/test/jquery.html');
    const host = page.locator('#with truongthon-candidate');
    const before = await read(page, '#with');
    expect(before.version).toBe('3.7.1');
    // Before anything is typed, the mirror already carries the (empty) value.
    expect(new URLSearchParams(before.serialized).getAll('candidate')).toEqual([before.json]);

    await host.locator('#f-fullName').pressSequentially('Nguyễn Văn An');
    await host.locator('#f-dateOfBirth').fill('01/05/1980');
    for (const path of ['permanentResident', 'livesInUnit', 'partyMember']) await choose(page, path, 'true', '#with truongthon-candidate');
    await choose(page, 'partyCellSecretary', 'false', '#with truongthon-candidate');

    const filled = await read(page, '#with');
    expect(JSON.parse(filled.json)).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-05-01', permanentResident: true, partyCellSecretary: false });
    // serialize(): the element's name and its JSON, URL-encoded as jQuery.param does, exactly once, beside the portal's own field.
    expect(filled.serialized).toBe(`${encoded('candidate', filled.json)}&${encoded('clerk', 'cán bộ A')}`);
    expect(filled.serialized.split('&').filter((pair) => pair.startsWith('candidate='))).toHaveLength(1);
    expect(new URLSearchParams(filled.serialized).getAll('candidate')).toEqual([filled.json]);
    // serializeArray(): likewise.
    expect(filled.pairs).toEqual([
      { name: 'candidate', value: filled.json },
      { name: 'clerk', value: 'cán bộ A' },
    ]);
    // FormData of the same form: one entry, the same JSON (the element's own form value is off while the mirror is on).
    expect(await page.evaluate(() => new FormData(document.getElementById('with') as HTMLFormElement).getAll('candidate'))).toEqual([filled.json]);

    // Without mirror-input: FormData carries the value (form-associated), jQuery does not see the element at all.
    const other = page.locator('#without truongthon-candidate');
    await other.locator('#f-fullName').pressSequentially('Trần Thị Bình');
    const without = await read(page, '#without');
    expect(JSON.parse(without.json)).toMatchObject({ fullName: 'Trần Thị Bình' });
    expect(without.serialized).toBe(encoded('clerk', 'cán bộ B'));
    expect(without.pairs.map((pair) => pair.name)).toEqual(['clerk']);
    expect(await page.evaluate(() => new FormData(document.getElementById('without') as HTMLFormElement).getAll('candidate'))).toEqual([without.json]);

    // A form reset: serialize() gives the empty value again, once.
    await page.evaluate(() => (document.getElementById('with') as HTMLFormElement).reset());
    await expect.poll(() => host.locator('#f-fullName').inputValue()).toBe('');
    const reset = await read(page, '#with');
    expect(reset.json).toBe(before.json);
    expect(JSON.parse(reset.json)).not.toHaveProperty('fullName');
    expect(reset.serialized).toBe(before.serialized);
    expect(new URLSearchParams(reset.serialized).getAll('candidate')).toEqual([before.json]);

    expect(await page.evaluate(() => (window as unknown as JQueryWindow).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });

  it('jQuery 3.7.1 does not load under the full strict policy (Trusted Types enforced); the element does', async () => {
    expect(JQUERY_3_CSP).not.toBe(STRICT_CSP);
    expect(JQUERY_3_CSP).not.toContain('require-trusted-types-for');
    const { page, errors } = await harness.open('/test/jquery-tt.html');
    expect(await page.evaluate(() => typeof (window as unknown as { $?: unknown }).$)).toBe('undefined');
    expect(errors.some((error) => error.startsWith('pageerror:') && error.includes('TrustedHTML'))).toBe(true);
    // The element still renders and mirrors its value.
    await expect.poll(() => page.locator('truongthon-candidate').locator('#f-fullName').count()).toBe(1);
    expect(await page.locator('input[type="hidden"][name="candidate"]').count()).toBe(1);
  });
});
