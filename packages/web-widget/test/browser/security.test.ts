import { describe, expect, it } from 'vitest';
import { STRICT_CSP } from '../../demo/server.mjs';
import { choose, fillEligible, fillMeeting, meetingField, outcomeOf, SKIP_BROWSER, useBrowser, verdictOf, VI } from './harness';

type Candidate = HTMLElementTagNameMap['truongthon-candidate'];
type Election = HTMLElementTagNameMap['truongthon-election'];
type Violation = { directive: string; blocked: string; sample: string; source: string };

const PAYLOADS = [
  '<img src=x onerror="window.__xss=1">',
  '"><svg onload="window.__xss=2">',
  '</textarea><script>window.__xss=3</script>',
  '${window.__xss=4}{{constructor.constructor("window.__xss=5")()}}',
  "javascript:window.__xss=6//'\"<b>bold</b>&amp;",
];

describe.skipIf(SKIP_BROWSER)('security in Chromium', () => {
  const harness = useBrowser();

  it('runs under a strict CSP (no unsafe-inline, no unsafe-eval, Trusted Types) with zero violations', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const response = await page.request.get(`${harness.origin}/test/form.html`);
    const policy = response.headers()['content-security-policy'] ?? '';
    expect(policy).toBe(STRICT_CSP);
    expect(policy).not.toMatch(/unsafe-inline|unsafe-eval/u);
    expect(policy).toContain("require-trusted-types-for 'script'");

    // Exercise everything: typing, every kind of result, the error summary, language switches, reset.
    const host = page.locator('truongthon-candidate');
    await page.locator('#submit').click();
    await host.getByLabel(VI.fullName).pressSequentially('Nguyễn Văn An');
    await host.getByLabel(VI.dateOfBirth).fill('2004-01-01');
    await fillEligible(page);
    await host.getByLabel(VI.dateOfBirth).fill('2010-01-01');
    await choose(page, 'partyMember', 'false');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await host.evaluate((element) => element.setAttribute('province', 'nowhere'));
    await page.locator('#reset').click();
    await page.evaluate(() => (document.documentElement.lang = 'vi'));
    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);

    // zod/mini's parse path never probes `new Function`, and the widget leaves the page's zod config alone.
    const zod = await page.evaluate(() => {
      const w = window as unknown as { __zodConfigBefore: object; __zod_globalConfig: object };
      return { same: w.__zod_globalConfig === w.__zodConfigBefore, keys: Object.keys(w.__zod_globalConfig) };
    });
    expect(zod).toEqual({ same: true, keys: ['marker'] });

    // The listener works: a deliberate `new Function` in a page task is reported (so "none" above means none).
    // (Trusted Types catch it before script-src does.)
    await page.evaluate(() => (window as unknown as { __cspCanary(): void }).__cspCanary());
    await expect.poll(() => page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations.length)).toBe(1);
    const [canary] = await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations);
    expect(['require-trusted-types-for', 'script-src']).toContain(canary!.directive);
    expect(canary!.source).toMatch(/\/test\/guards\.js$/u);
  });

  it('on a page without zod, loading the widget sets no zod option at all', async () => {
    const { page } = await harness.open('/test/a11y.nocsp.html');
    await fillEligible(page);
    const keys = await page.evaluate(() => Object.keys((globalThis as unknown as { __zod_globalConfig?: object }).__zod_globalConfig ?? {}));
    expect(keys).toEqual([]);
  });

  it('makes no network request: only the page and its scripts are fetched, nothing while in use', async () => {
    const { page, requests } = await harness.open('/test/form.html');
    const atLoad = requests.map((url) => new URL(url).pathname).filter((path) => path !== '/favicon.ico');
    expect(atLoad.sort()).toEqual(['/dist/truongthon.iife.js', '/test/form.html', '/test/form.js', '/test/guards.js']);
    const before = requests.length;
    await fillEligible(page);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await page.locator('truongthon-candidate').evaluate((element) => element.setAttribute('province', '62'));
    await page.waitForTimeout(300);
    expect(requests.slice(before).filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
    expect(requests.every((url) => url.startsWith(harness.origin))).toBe(true);
  });

  it('renders markup typed or assigned into text fields, attributes and values as text (page without CSP)', async () => {
    const { page, errors } = await harness.open('/test/xss.nocsp.html');
    const host = page.locator('truongthon-candidate');
    for (const payload of PAYLOADS) {
      await host.getByLabel(VI.fullName).fill(payload);
      await host.getByLabel(VI.unitName).fill(payload);
      await host.getByLabel('Số định danh cá nhân (CCCD)').fill(payload);
      expect(await host.evaluate((element) => (element as Candidate).value.fullName)).toBe(payload);
    }
    // Values and attributes that the element shows back (the province appears in a configuration message).
    for (const payload of PAYLOADS) {
      await host.evaluate((element, text) => {
        (element as Candidate).value = { fullName: text, unitName: text, dateOfBirth: text };
        element.setAttribute('province', text);
        element.setAttribute('lang', text);
        element.setAttribute('name', text);
      }, payload);
      await expect.poll(() => host.locator('[part="config"]').textContent()).toContain(payload.slice(0, 20));
      await page.locator('#submit').click();
    }
    await page.waitForTimeout(300);
    const census = await host.evaluate((element) => ({
      img: element.shadowRoot!.querySelectorAll('img, svg, script, b, textarea').length,
      pageImg: document.querySelectorAll('img, svg, b').length,
    }));
    expect(census).toEqual({ img: 0, pageImg: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(errors).toEqual([]);
    // The verdict for a payload as date of birth is a coded input error, not an echo.
    expect(await verdictOf(page)).toBe('invalid');
  });

  it('<truongthon-election> runs under the strict CSP with zero violations and makes no network request while in use', async () => {
    const { page, errors, requests } = await harness.open('/test/election.html');
    const atLoad = requests.map((url) => new URL(url).pathname).filter((path) => path !== '/favicon.ico');
    expect(atLoad.sort()).toEqual(['/dist/truongthon.iife.js', '/test/election.html', '/test/election.js', '/test/guards.js']);
    const before = requests.length;
    const host = page.locator('truongthon-election');
    // Exercise everything: a blocked submit, every outcome, lines added and removed, languages, a motion, reset.
    await page.locator('#submit').click();
    await fillMeeting(page, { present: '150', candidates: [['Nguyễn Văn An', '149']] });
    await meetingField(page, 'present').fill('300');
    await meetingField(page, 'candidates.0.votes').fill('159');
    await host.locator('#f-candidates').click();
    await meetingField(page, 'candidates.1.name').fill('Trần Thị Bình');
    await meetingField(page, 'candidates.1.votes').fill('131');
    expect(await outcomeOf(page)).toBe('no-winner');
    await meetingField(page, 'candidates.0.votes').fill('181');
    await meetingField(page, 'candidates.1.votes').fill('109');
    expect(await outcomeOf(page)).toBe('elected');
    await meetingField(page, 'present').fill('400');
    expect(await outcomeOf(page)).toBe('inconsistent');
    await page.locator('#submit').click();
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await host.locator('#r-1').click();
    await meetingField(page, 'purpose').selectOption('cho-thoi-lam');
    await meetingField(page, 'motion.votesFor').fill('200');
    await host.evaluate((element) => element.setAttribute('province', 'nowhere'));
    await page.locator('#reset').click();
    await page.evaluate(() => (document.documentElement.lang = 'vi'));
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __violations: Violation[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    expect(requests.slice(before).filter((url) => !url.endsWith('/favicon.ico'))).toEqual([]);
    // The page's zod configuration is left alone.
    expect(await page.evaluate(() => Object.keys((window as unknown as { __zod_globalConfig: object }).__zod_globalConfig))).toEqual(['marker']);
  });

  it('<truongthon-election> renders markup in candidate names, the unit name, the motion subject and attributes as text (page without CSP)', async () => {
    const { page, errors } = await harness.open('/test/election-xss.nocsp.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { candidates: [['x', '100'], ['y', '50']] });
    for (const payload of PAYLOADS) {
      await meetingField(page, 'candidates.0.name').fill(payload);
      await meetingField(page, 'candidates.1.name').fill(`${payload} 2`);
      await meetingField(page, 'unit.name').fill(payload);
      expect(await host.evaluate((element) => ((element as Election).value.candidates ?? [])[0]?.name)).toBe(payload);
      // The names come back in the shares table, the remove buttons' labels and (same name twice) a finding: as text.
      expect(await host.locator('[part="shares"] tbody th').first().textContent()).toBe(payload);
      expect(await host.locator('#r-0').getAttribute('aria-label')).toContain(payload.trim());
    }
    // The same name twice: the finding quotes it.
    await meetingField(page, 'candidates.0.name').fill(PAYLOADS[0]!);
    await meetingField(page, 'candidates.1.name').fill(PAYLOADS[0]!);
    await expect.poll(() => host.locator('[data-code="tally.duplicate-candidate"]').textContent()).toContain(PAYLOADS[0]!);
    // Values and attributes the element shows back (the province appears in a configuration message).
    for (const payload of PAYLOADS) {
      await host.evaluate((element, text) => {
        (element as Election).value = {
          unit: { name: text },
          electorateBase: 'households',
          totalElectorate: 361,
          present: 300,
          votingMode: 'show_of_hands',
          purpose: 'election',
          candidates: [{ name: text, votes: 100 }, { name: `${text}!`, votes: 10 }],
        };
        element.setAttribute('province', text);
        element.setAttribute('lang', text);
        element.setAttribute('name', text);
      }, payload);
      await expect.poll(() => host.locator('[part="config"]').textContent()).toContain(payload.slice(0, 20));
      await page.locator('#submit').click();
      await host.evaluate((element) => element.setAttribute('province', '46'));
      await expect.poll(() => host.locator('[part="shares"] tbody th').first().textContent()).toBe(payload);
      // A motion subject.
      await host.evaluate((element, text) => ((element as Election).value = { ...(element as Election).value, purpose: 'dismissal', candidates: null, motion: { subject: text, votesFor: 10 } }), payload);
      await expect.poll(() => meetingField(page, 'motion.subject').inputValue()).toBe(payload);
    }
    await page.waitForTimeout(300);
    const census = await host.evaluate((element) => ({
      injected: element.shadowRoot!.querySelectorAll('img, svg, script, b, textarea').length,
      page: document.querySelectorAll('img, svg, b').length,
    }));
    expect(census).toEqual({ injected: 0, page: 0 });
    expect(await page.evaluate(() => (window as unknown as { __xss: number }).__xss)).toBe(0);
    expect(errors).toEqual([]);
  });
});
