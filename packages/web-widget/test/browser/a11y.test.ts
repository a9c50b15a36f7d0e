import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, fillEligible, SKIP_BROWSER, useBrowser, VI } from './harness';

interface AxeResult {
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

async function axe(page: Page, label: string): Promise<AxeResult['violations']> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ url: '/vendor/axe.min.js' });
  const result = await page.evaluate(async () => {
    const run = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<AxeResult> } }).axe.run;
    return run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
  });
  for (const violation of result.violations) {
    console.log(`[axe ${label}] ${violation.impact}: ${violation.id} — ${violation.help} (${violation.nodes.length} node(s): ${JSON.stringify(violation.nodes[0]?.target)})`);
  }
  return result.violations.filter((violation) => violation.impact === 'serious' || violation.impact === 'critical');
}

describe.skipIf(SKIP_BROWSER)('accessibility (axe-core in Chromium)', () => {
  const harness = useBrowser();

  it('has no serious or critical violations: empty, after a blocked submit, and with results, in both languages', async () => {
    const { page } = await harness.open('/test/a11y.nocsp.html');
    const host = page.locator('truongthon-candidate');
    expect(await axe(page, 'vi empty')).toEqual([]);
    await page.locator('#submit').click();
    await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
    expect(await axe(page, 'vi errors')).toEqual([]);
    await host.getByLabel(VI.fullName).fill('Nguyễn Văn An');
    await host.getByLabel(VI.dateOfBirth).fill('1980-05-01');
    expect(await axe(page, 'vi undetermined')).toEqual([]);
    await fillEligible(page);
    await host.getByLabel(VI.dateOfBirth).fill('2010-05-01');
    await choose(page, 'partyMember', 'false');
    expect(await axe(page, 'vi ineligible')).toEqual([]);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Not eligible');
    expect(await axe(page, 'en ineligible')).toEqual([]);
  });

  it('labels every control in the same shadow root and names every group', async () => {
    const { page } = await harness.open('/test/a11y.nocsp.html');
    const unlabeled = await page.locator('truongthon-candidate').evaluate((element) => {
      const root = element.shadowRoot!;
      const missing: string[] = [];
      for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        const labelled = control.labels !== null && control.labels.length > 0 && [...control.labels].every((label) => label.getRootNode() === root);
        if (!labelled) missing.push(control.id || control.name);
      }
      for (const group of root.querySelectorAll('fieldset:not(.bare)')) if (!group.querySelector(':scope > legend')?.textContent?.trim()) missing.push('fieldset');
      return missing;
    });
    expect(unlabeled).toEqual([]);
  });

  it('can be used with the keyboard alone: every question is reachable with Tab', async () => {
    const { page } = await harness.open('/test/a11y.nocsp.html');
    await page.locator('truongthon-candidate').evaluate((element) => (element as HTMLElement).focus());
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const name = await page.locator('truongthon-candidate').evaluate((element) => {
        const active = element.shadowRoot?.activeElement as HTMLInputElement | null;
        return active?.name || active?.id || active?.textContent || '';
      });
      if (name) reached.add(name);
      await page.keyboard.press('Tab');
    }
    for (const name of ['fullName', 'dateOfBirth', 'gender', 'citizenId', 'role', 'unitName', 'permanentResident', 'livesInUnit', 'partyMember', 'partyCellSecretary', 'attestations.health', 'attestations.capacity']) {
      expect(reached, name).toContain(name);
    }
  });
});
