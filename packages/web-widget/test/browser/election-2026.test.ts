import { describe, expect, it } from 'vitest';
import { fillMeeting, meetingField, outcomeOf, SKIP_BROWSER, useBrowser } from './harness';

describe.skipIf(SKIP_BROWSER)('<truongthon-election>: the household-ballot path (Luật 10/2022 Điều 17 khoản 2, Điều 19 khoản 1 điểm b)', () => {
  const harness = useBrowser();

  it('40 of 100 households present in 2024 → ballots to each household; then the household ballot where A has 60 → elected', async () => {
    const { page, errors } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { date: '2024-12-08', total: '100', present: '40', candidates: [['Nguyễn Văn An', '35']] });
    expect(await outcomeOf(page)).toBe('household-ballot-required');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Phải phát phiếu lấy ý kiến tới từng hộ gia đình');
    expect(await host.locator('[data-step="household-ballot"]').count()).toBe(1);
    expect(await host.locator('[part="result"]').getAttribute('data-tone')).toBe('warn');

    await host.locator('input[type="radio"][name="votingMode"][value="household_ballot"]').check();
    await meetingField(page, 'present').fill('90');
    await meetingField(page, 'candidates.0.votes').fill('60');
    expect(await outcomeOf(page)).toBe('elected');
    expect(await host.locator('[data-step="recognition"]').textContent()).toContain('13/12/2024');
    expect(errors).toEqual([]);
  });

  it('a meeting dated after the review date shows the law.not-reviewed warning', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { date: '2027-03-14', total: '100', present: '80', candidates: [['Nguyễn Văn An', '60']] });
    expect(await outcomeOf(page)).toBe('elected');
    await expect.poll(() => host.locator('[data-code="law.not-reviewed"]').count()).toBe(1);
  });
});
