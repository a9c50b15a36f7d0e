/**
 * Form libraries (issue 18, item 3): `mirror-input` for code that reads
 * `form.elements` (jQuery's `serialize()`), `FormData` with and without it,
 * and `input` / `change` on a form reset (what Vue's v-model follows).
 */
import { describe, expect, it } from 'vitest';
import { SKIP_BROWSER, useBrowser } from './harness';

describe.skipIf(SKIP_BROWSER)('form libraries', () => {
  const harness = useBrowser();

  it('mirror-input: serialize() (jQuery’s algorithm) and FormData carry the value once; a reset reaches a listener with input and change', async () => {
    const { page, errors } = await harness.open('/test/mirror.html');
    const host = page.locator('truongthon-candidate');
    await host.locator('#f-fullName').pressSequentially('Nguyễn Văn An');
    await host.locator('#f-dateOfBirth').fill('01/05/1980');
    const serialized = await page.evaluate(() => (window as unknown as { serialize(form: HTMLFormElement): string }).serialize(document.getElementById('host') as HTMLFormElement));
    const params = new URLSearchParams(serialized);
    expect(JSON.parse(params.get('candidate')!)).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-05-01' });
    expect(params.get('clerk')).toBe('cán bộ A');
    // FormData: one entry (the hidden input's), not two.
    const entries = await page.evaluate(() => new FormData(document.getElementById('host') as HTMLFormElement).getAll('candidate'));
    expect(entries).toHaveLength(1);
    expect(JSON.parse(entries[0] as string)).toMatchObject({ fullName: 'Nguyễn Văn An' });

    await page.evaluate(() => ((window as unknown as { __heard: unknown[] }).__heard = []));
    await page.locator('#reset').click();
    const heard = await page.evaluate(() => (window as unknown as { __heard: { type: string; value: string }[] }).__heard);
    expect(heard.map((event) => event.type)).toEqual(['input', 'change']);
    expect(JSON.parse(heard[0]!.value)).not.toHaveProperty('fullName');
    // The mirror follows the reset, and goes with the attribute.
    expect(new URLSearchParams(await page.evaluate(() => (window as unknown as { serialize(form: HTMLFormElement): string }).serialize(document.getElementById('host') as HTMLFormElement))).get('candidate')).not.toContain('Nguy');
    await host.evaluate((element) => element.removeAttribute('mirror-input'));
    await expect.poll(() => page.locator('input[type="hidden"][name="candidate"]').count()).toBe(0);
    expect(await page.evaluate(() => new FormData(document.getElementById('host') as HTMLFormElement).getAll('candidate'))).toHaveLength(1);
    expect(errors).toEqual([]);
  });

  it('without mirror-input: FormData carries the value and serialize() does not (what the attribute is for); the citizen id is in it', async () => {
    const { page } = await harness.open('/test/mirror.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => element.removeAttribute('mirror-input'));
    await host.locator('#f-citizenId').fill('001080012345');
    const [formData, serialized] = await page.evaluate(() => {
      const form = document.getElementById('host') as HTMLFormElement;
      return [new FormData(form).get('candidate'), (window as unknown as { serialize(form: HTMLFormElement): string }).serialize(form)] as const;
    });
    // The citizen id is submitted (the README says so; its hint claims nothing else).
    expect(JSON.parse(formData as string)).toMatchObject({ citizenId: '001080012345' });
    expect(new URLSearchParams(serialized).has('candidate')).toBe(false);
  });
});
