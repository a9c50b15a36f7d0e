import { describe, expect, it } from 'vitest';
import { fillMeeting, SKIP_BROWSER, useBrowser } from './harness';

type Election = HTMLElementTagNameMap['truongthon-election'];

/** A province data file as a portal team would write it (packages/rules/province-data.schema.json): Hà Nội's recognition in 2 working days. */
const FILE = {
  id: '01-test-recognition',
  province: { code: '01', name: 'Hà Nội', from: '2005-05-12', to: '2025-06-30' },
  documents: [
    { number: '98/2018/QĐ-UBND', type: 'Quyết định', issuer: 'UBND thành phố Hà Nội', title: 'Quy chế tổ chức và hoạt động của thôn, tổ dân phố (test)', signed: '2018-12-20', effective: '2019-01-01', kind: 'law', confidence: 'confirmed' },
  ],
  parameters: {
    'recognition.workingDays': [{ from: '2019-01-01', to: '2025-06-30', value: 2, citations: [{ document: '98/2018/QĐ-UBND', article: '15', clause: '2', confidence: 'confirmed' }] }],
  },
};

describe.skipIf(SKIP_BROWSER)('<truongthon-election>: province data as the `overlays` property (issue 20, item 3)', () => {
  const harness = useBrowser();

  it('the single-file build under a strict CSP: truongthon-overlays.js is requested only once `overlays` is set; a recognition deadline in the file moves the step; a file invalid against the schema is a coded error, never a throw', async () => {
    const { page, requests, errors } = await harness.open('/test/election-only.html');
    const host = page.locator('truongthon-election');
    await host.evaluate((element) => element.setAttribute('province', '01'));
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '200']] });
    const step = host.locator('[data-step="recognition"]');
    // The national deadline (5 working days from Sunday 10/01/2021).
    await expect.poll(() => step.textContent()).toContain('14/01/2021');
    expect(requests.some((url) => url.endsWith('/truongthon-overlays.js'))).toBe(false);

    await host.evaluate((element, file) => ((element as Election).overlays = [file]), FILE);
    await expect.poll(() => step.textContent()).toContain('12/01/2021');
    expect(requests).toContain(`${harness.origin}/dist/truongthon-overlays.js`);
    expect(await step.textContent()).toContain('98/2018/QĐ-UBND');
    expect(await host.evaluate((element) => (element as Election).result.steps.find((s) => s.id === 'recognition')!.date)).toBe('2021-01-12');
    expect(await host.locator('[part="config"]').count()).toBe(0);

    // A file that does not fit the schema (a province without its name): the coded error in the configuration box, the built-in data meanwhile.
    await host.evaluate((element, file) => ((element as Election).overlays = [{ ...file, province: { code: '01' } }]), FILE);
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('overlay.invalid');
    expect(await host.locator('[part="config"]').textContent()).toContain('#1 province.name');
    expect(await step.textContent()).toContain('14/01/2021');
    // Two files claiming one value for one period: the rules' conflict, naming both.
    await host.evaluate((element, file) => ((element as Election).overlays = [file, { ...file, id: '01-test-other' }]), FILE);
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('overlay.conflict');
    expect(await host.locator('[part="config"]').textContent()).toContain('01-test-other');
    // None again: the built-in data, no error.
    await host.evaluate((element) => ((element as Election).overlays = null));
    await expect.poll(() => host.locator('[part="config"]').count()).toBe(0);
    expect(await step.textContent()).toContain('14/01/2021');
    expect(errors).toEqual([]);
  });

  it('the ES module build (dist/election.js) finds the module through import.meta.url', async () => {
    const { page, requests, errors } = await harness.open('/test/download-module.html');
    const host = page.locator('truongthon-election');
    await host.evaluate((element) => (element.setAttribute('province', '01'), element.setAttribute('meeting-date', '2021-01-10')));
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '200']] });
    const step = host.locator('[data-step="recognition"]');
    await expect.poll(() => step.textContent()).toContain('14/01/2021');
    await host.evaluate((element, file) => ((element as Election).overlays = [file]), FILE);
    await expect.poll(() => step.textContent()).toContain('12/01/2021');
    expect(requests).toContain(`${harness.origin}/dist/truongthon-overlays.js`);
    expect(errors).toEqual([]);
  });
});
