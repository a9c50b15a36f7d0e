/**
 * Inside a Vue 3 app (issue 18, item 3 and its done-when line): `v-model`
 * on `<truongthon-candidate>` in a template compiled at build time by
 * Vue's own compiler, bundled by esbuild with Vue's production flags. The
 * model follows typing and choosing (the element's composed `input`
 * events), the element follows the model, a form reset reaches the model
 * (the element's `input` on reset), and FormData carries the value once.
 *
 * Vue's runtime creates a Trusted Types policy named `vue` as it loads, so a
 * Vue portal under the strict policy allows that name beside Lit's
 * (`trusted-types lit-html vue`); every other directive stays as it is.
 */
import { readFile } from 'node:fs/promises';
import type { Plugin } from 'esbuild';
import { compileTemplate } from 'vue/compiler-sfc';
import { beforeAll, describe, expect, it } from 'vitest';
import { defaultPolicy, STRICT_CSP } from '../../demo/server.mjs';
import { bundleApp, choose, FIXTURES, SKIP_BROWSER, useBrowser } from './harness';

/** The strict policy, with Vue's Trusted Types policy name allowed beside Lit's. */
const VUE_CSP = STRICT_CSP.replace('trusted-types lit-html', 'trusted-types lit-html vue');

type Violation = { directive: string };

/** `*.template.html` → a module exporting `render`, compiled by vue/compiler-sfc (no runtime compiler, no eval). */
const vueTemplates: Plugin = {
  name: 'vue-templates',
  setup(esbuild) {
    esbuild.onLoad({ filter: /\.template\.html$/ }, async ({ path }) => {
      const compiled = compileTemplate({
        source: await readFile(path, 'utf8'),
        filename: path,
        id: 'vue-app',
        compilerOptions: { isCustomElement: (tag) => tag.startsWith('truongthon-') },
      });
      if (compiled.errors.length > 0) return { errors: compiled.errors.map((error) => ({ text: String(error) })) };
      return { contents: compiled.code, loader: 'js', resolveDir: FIXTURES };
    });
  },
};

describe.skipIf(SKIP_BROWSER)('inside a Vue 3 app (template compiled at build time, bundler entry, strict CSP)', () => {
  const harness = useBrowser({ csp: (pathname) => (pathname === '/test/vue.html' ? VUE_CSP : defaultPolicy(pathname)) });

  beforeAll(async () => {
    await bundleApp('vue', 'vue-app.js', {
      plugins: [vueTemplates],
      // The flags Vue's esm-bundler build expects a bundler to define.
      define: {
        'process.env.NODE_ENV': '"production"',
        __VUE_OPTIONS_API__: 'true',
        __VUE_PROD_DEVTOOLS__: 'false',
        __VUE_PROD_HYDRATION_MISMATCH_DETAILS__: 'false',
      },
    });
  }, 60_000);

  it('v-model follows typing and choosing, drives the element, comes back to empty on a form reset; FormData carries the value once', async () => {
    expect(VUE_CSP).toContain("require-trusted-types-for 'script'; trusted-types lit-html vue");
    const { page, errors } = await harness.open('/test/vue.html');
    const host = page.locator('truongthon-candidate');
    const model = async () => JSON.parse((await page.locator('#model').textContent()) || 'null') as Record<string, unknown> | null;
    const elementValue = () => host.evaluate((element) => JSON.stringify((element as HTMLElementTagNameMap['truongthon-candidate']).value));
    await expect.poll(() => host.locator('#f-fullName').count()).toBe(1);
    const empty = await elementValue();
    expect(JSON.parse(empty)).not.toHaveProperty('fullName');

    // Typing and choosing in the element: the Vue model (shown by the page) follows, character by character.
    await host.locator('#f-fullName').pressSequentially('Nguyễn Văn An');
    await expect.poll(() => page.locator('#model-name').textContent()).toBe('Nguyễn Văn An');
    await host.locator('#f-dateOfBirth').pressSequentially('01/05/1980');
    await choose(page, 'permanentResident', 'true');
    await choose(page, 'partyMember', 'false');
    await expect.poll(model).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-05-01', permanentResident: true, partyMember: false });
    // What Vue re-assigns on each update did not undo anything typed.
    expect(await host.locator('#f-fullName').inputValue()).toBe('Nguyễn Văn An');
    expect(await host.locator('#f-dateOfBirth').inputValue()).toBe('01/05/1980');
    expect(await model()).toEqual(JSON.parse(await elementValue()));

    // FormData of the form: one entry, the element's JSON (no mirror-input needed).
    const entries = await page.evaluate(() => new FormData(document.getElementById('vue-form') as HTMLFormElement).getAll('candidate'));
    expect(entries).toEqual([await elementValue()]);
    await page.locator('#vue-submit').click();
    const submitted = JSON.parse((await page.locator('#vue-submitted').textContent()) ?? '{}') as { candidate: string };
    expect(JSON.parse(submitted.candidate)).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-05-01' });

    // The model set from Vue: the element shows it.
    await page.locator('#set-model').click();
    await expect.poll(() => host.locator('#f-fullName').inputValue()).toBe('Bùi Văn Giang');
    expect(await host.locator('#f-dateOfBirth').inputValue()).toBe('03/02/1975');
    expect(JSON.parse(await elementValue())).toMatchObject({ fullName: 'Bùi Văn Giang', dateOfBirth: '1975-02-03', permanentResident: true, partyMember: null });

    // A form reset: the element empties and tells v-model, so the model comes back to the element's empty value.
    await page.locator('#vue-reset').click();
    await expect.poll(() => host.locator('#f-fullName').inputValue()).toBe('');
    await expect.poll(() => page.locator('#model-name').textContent()).toBe('—');
    expect(await model()).toEqual(JSON.parse(empty));
    expect(await elementValue()).toBe(empty);
    // The next render of the app keeps it empty: v-model writes back the reset value, not the one before.
    await page.locator('#rerender').click();
    await expect.poll(() => page.locator('#rerender').textContent()).toContain('(1)');
    expect(await host.locator('#f-fullName').inputValue()).toBe('');
    expect(await elementValue()).toBe(empty);

    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
  });
});
