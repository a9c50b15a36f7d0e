import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { choose, fillEligible, fillMeeting, meetingField, SKIP_BROWSER, useBrowser, VI } from './harness';

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

describe.skipIf(SKIP_BROWSER)('accessibility of <truongthon-election> (axe-core in Chromium)', () => {
  const harness = useBrowser();

  it('has no serious or critical violations: empty, blocked submit, invalid meeting, no winner, elected, inconsistent, no lines, in both languages', async () => {
    const { page } = await harness.open('/test/election-a11y.nocsp.html');
    const host = page.locator('truongthon-election');
    expect(await axe(page, 'election vi empty')).toEqual([]);
    await page.locator('#submit').click();
    await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
    expect(await axe(page, 'election vi errors')).toEqual([]);
    await fillMeeting(page, { present: '150', mode: 'secret_ballot', candidates: [['Nguyễn Văn An', '120'], ['Trần Thị Bình', '25']] });
    expect(await axe(page, 'election vi invalid meeting')).toEqual([]);
    await meetingField(page, 'present').fill('300');
    await meetingField(page, 'candidates.0.votes').fill('159');
    await meetingField(page, 'candidates.1.votes').fill('131');
    await meetingField(page, 'ballots.valid').fill('290');
    expect(await axe(page, 'election vi no winner')).toEqual([]);
    await meetingField(page, 'candidates.0.votes').fill('181');
    await meetingField(page, 'candidates.1.votes').fill('109');
    expect(await axe(page, 'election vi elected')).toEqual([]);
    await meetingField(page, 'candidates.0.votes').fill('291');
    await meetingField(page, 'candidates.0.votes').press('Tab');
    expect(await axe(page, 'election vi inconsistent')).toEqual([]);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Inconsistent record');
    expect(await axe(page, 'election en inconsistent')).toEqual([]);
    await host.locator('#r-1').click();
    await host.locator('#r-0').click();
    await expect.poll(() => host.locator('fieldset.row').count()).toBe(0);
    expect(await axe(page, 'election en no lines')).toEqual([]);
  });

  it('labels every control in the same shadow root, names every group and every button', async () => {
    const { page } = await harness.open('/test/election-a11y.nocsp.html');
    const host = page.locator('truongthon-election');
    await host.locator('input[type="radio"][name="votingMode"][value="secret_ballot"]').check();
    await host.locator('#f-candidates').click();
    const unlabeled = await host.evaluate((element) => {
      const root = element.shadowRoot!;
      const missing: string[] = [];
      for (const control of root.querySelectorAll<HTMLInputElement | HTMLSelectElement>('input, select')) {
        const labelled = control.labels !== null && control.labels.length > 0 && [...control.labels].every((label) => label.getRootNode() === root);
        if (!labelled) missing.push(control.id || control.name);
      }
      for (const group of root.querySelectorAll('fieldset:not(.bare)')) if (!group.querySelector(':scope > legend')?.textContent?.trim()) missing.push('fieldset');
      for (const button of root.querySelectorAll('button')) if (!(button.getAttribute('aria-label') ?? button.textContent ?? '').trim()) missing.push('button');
      return missing;
    });
    expect(unlabeled).toEqual([]);
    // Each remove button says which line it removes.
    expect(await host.locator('button.remove').evaluateAll((buttons) => buttons.map((button) => button.getAttribute('aria-label')))).toEqual([
      'Xóa người ứng cử 1 ',
      'Xóa người ứng cử 2 ',
    ].map((label) => label.trim()));
  });

  it('can be used with the keyboard alone: every field, choice and button is reachable with Tab', async () => {
    const { page } = await harness.open('/test/election-a11y.nocsp.html');
    const host = page.locator('truongthon-election');
    await host.locator('input[type="radio"][name="votingMode"][value="secret_ballot"]').check();
    await host.evaluate((element) => (element as HTMLElement).focus());
    const reached = new Set<string>();
    for (let i = 0; i < 40; i++) {
      const name = await host.evaluate((element) => {
        const active = element.shadowRoot?.activeElement as HTMLInputElement | null;
        return active?.name || active?.id || '';
      });
      if (name) reached.add(name);
      await page.keyboard.press('Tab');
    }
    for (const name of [
      'electionDate',
      'unit.name',
      'unit.kind',
      'purpose',
      'round',
      'receivedOn',
      'electorateBase',
      'totalElectorate',
      'present',
      'votingMode',
      'ballots.issued',
      'ballots.invalid',
      'candidates.0.name',
      'candidates.0.votes',
      'candidates.0.nominatedBy',
      'r-0',
      'f-candidates',
    ]) {
      expect(reached, name).toContain(name);
    }
  });
});
