/**
 * Themes (issue 18, item 2): the demo portal in light, dark (emulated
 * `prefers-color-scheme: dark`; the portal declares `color-scheme: light dark`)
 * and forced-colors modes, checked by axe-core (contrast of every text,
 * including typed text, hints, errors and the result) with both elements
 * showing errors and results. The focus ring's contrast is computed here,
 * since axe does not check focus indicators.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillEligible, SKIP_BROWSER, useBrowser } from './harness';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: unknown[] }[];
}

async function seriousViolations(page: Page, label: string): Promise<string[]> {
  // The demo's CSP (Trusted Types) refuses a script tag added by the test; DevTools evaluation is not subject to it.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(AXE_SOURCE);
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: unknown, options: unknown): Promise<{ violations: Violation[] }> } }).axe;
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'] } })).violations;
  });
  for (const v of violations) console.log(`[axe ${label}] ${v.impact}: ${v.id} — ${v.help} (${v.nodes.length}: ${JSON.stringify(v.nodes[0]?.target)})`);
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} ${JSON.stringify(v.nodes.map((n) => n.target))}`);
}

/** WCAG contrast ratio of two computed `rgb(…)` colours. */
function ratio(a: string, b: string): number {
  const lum = (color: string) => {
    const [r, g, bl] = color.match(/[\d.]+/gu)!.slice(0, 3).map((c) => {
      const s = Number(c) / 255;
      return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
}

/** The focus ring of the name field and what it sits on (the page behind the element), and typed text on its field. */
async function focusAndFieldColours(page: Page): Promise<{ ring: string; behind: string; text: string; field: string }> {
  const input = page.locator('truongthon-candidate').locator('#f-fullName');
  await input.focus();
  await page.keyboard.press('End');
  return input.evaluate((element) => {
    const style = getComputedStyle(element);
    let node: Element | null = element.getRootNode() instanceof ShadowRoot ? (element.getRootNode() as ShadowRoot).host : null;
    let behind = 'rgb(255, 255, 255)';
    while (node) {
      const bg = getComputedStyle(node).backgroundColor;
      if (bg !== 'rgba(0, 0, 0, 0)' && bg !== 'transparent') {
        behind = bg;
        break;
      }
      node = node.parentElement;
    }
    return { ring: style.outlineColor, behind, text: style.color, field: style.backgroundColor };
  });
}

describe.skipIf(SKIP_BROWSER)('themes of the demo portal (axe-core in Chromium)', () => {
  const harness = useBrowser();

  for (const mode of ['light', 'dark', 'forced-colors'] as const) {
    it(`${mode}: no serious or critical axe violations with errors and results shown; typed text and the focus ring at AA`, async () => {
      const { page } = await harness.open('/');
      if (mode === 'dark') await page.emulateMedia({ colorScheme: 'dark' });
      if (mode === 'forced-colors') await page.emulateMedia({ forcedColors: 'active' });
      const candidate = page.locator('truongthon-candidate');
      await page.locator('#register button[type="submit"]').click();
      await expect.poll(() => candidate.locator('[part="summary"]').count()).toBe(1);
      expect(await seriousViolations(page, `${mode} errors`)).toEqual([]);
      await fillEligible(page);
      await candidate.locator('#f-dateOfBirth').fill('2010-05-01');
      await expect.poll(() => candidate.locator('.verdict').textContent()).toMatch(/Không đủ điều kiện/u);
      await page.locator('#fill-example').click();
      await expect.poll(() => page.locator('truongthon-election').locator('[part="result"]').getAttribute('data-outcome')).not.toBe('empty');
      expect(await seriousViolations(page, `${mode} results`)).toEqual([]);
      const colours = await focusAndFieldColours(page);
      expect(ratio(colours.text, colours.field), `typed text ${colours.text} on ${colours.field}`).toBeGreaterThanOrEqual(4.5);
      // WCAG 2.2 SC 1.4.11 / 2.4.13: the focus indicator against what it sits next to, at least 3:1.
      expect(ratio(colours.ring, colours.behind), `focus ring ${colours.ring} on ${colours.behind}`).toBeGreaterThanOrEqual(3);
    });
  }

  it('dark defaults without any portal theme: the element follows color-scheme, not only the reader’s preference', async () => {
    const { page } = await harness.open('/test/a11y.nocsp.html');
    const field = () => page.locator('truongthon-candidate').locator('#f-fullName').evaluate((element) => getComputedStyle(element).backgroundColor);
    const light = await field();
    // A portal that declares no dark scheme stays light even for a reader who prefers dark.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'normal'));
    expect(await field()).toBe(light);
    await page.evaluate(() => document.documentElement.style.setProperty('color-scheme', 'dark'));
    expect(ratio(await field(), 'rgb(255, 255, 255)')).toBeGreaterThan(4.5);
  });
});
