import { describe, expect, it } from 'vitest';
import { choose, fillEligible, SKIP_BROWSER, useBrowser, verdictOf, VI } from './harness';

type Candidate = HTMLElementTagNameMap['truongthon-candidate'];

/** Labels of the questions of Nghị định 185/2026/NĐ-CP Điều 7 (from the rules catalogues). */
const VI_2026 = {
  residesInCommune: 'Cư trú thường xuyên tại địa bàn xã, phường, đặc khu',
  underSanction: 'Đang bị xử lý kỷ luật, truy cứu trách nhiệm hình sự hoặc chấp hành bản án',
  digitalSkills: 'Có khả năng ứng dụng công nghệ thông tin, lập kế hoạch, thống kê, báo cáo',
} as const;

/** The yes / no / unknown questions the element shows, by input name. */
function questions(page: import('playwright-core').Page): Promise<string[]> {
  return page
    .locator('truongthon-candidate')
    .evaluate((element) => [...new Set([...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[type="radio"]')].map((radio) => radio.name))]);
}

describe.skipIf(SKIP_BROWSER)('<truongthon-candidate> under Nghị định 185/2026/NĐ-CP (elections from 26/05/2026)', () => {
  const harness = useBrowser();

  it('asks what the law of the election date asks: the 2026 questions from 26/05/2026, the 2012 ones before', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    // form.html: an election on 10/12/2023 (TT 04/2012 Điều 11).
    expect(await questions(page)).toEqual([
      'permanentResident', 'livesInUnit', 'partyMember', 'partyCellSecretary',
      'attestations.health', 'attestations.dedication', 'attestations.moralQuality', 'attestations.exemplaryFamily', 'attestations.capacity',
    ]);
    await host.evaluate((element) => element.setAttribute('election-date', '2026-10-18'));
    await expect
      .poll(() => questions(page))
      .toEqual([
        'residesInCommune', 'partyMember', 'partyCellSecretary',
        'attestations.health', 'attestations.moralQuality', 'attestations.exemplaryFamily', 'attestations.capacity', 'attestations.digitalSkills', 'underSanction',
      ]);
    // The last day of the old criteria, and the first of the new.
    await host.evaluate((element) => element.setAttribute('election-date', '2026-05-25'));
    await expect.poll(() => questions(page)).toContain('permanentResident');
    expect(await questions(page)).not.toContain('residesInCommune');
    await host.evaluate((element) => element.setAttribute('election-date', '2026-05-26'));
    await expect.poll(() => questions(page)).toContain('residesInCommune');
    // Without a usable election date no law can be chosen: every question is shown (and the configuration error says why).
    await host.evaluate((element) => element.removeAttribute('election-date'));
    await expect.poll(() => questions(page)).toEqual(expect.arrayContaining(['permanentResident', 'livesInUnit', 'residesInCommune', 'underSanction', 'attestations.dedication', 'attestations.digitalSkills']));
    expect(errors).toEqual([]);
  });

  it('the example of the issue: not registered and not living in the thôn, but in the commune → eligible; under sanction → ineligible, with the legal basis', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => element.setAttribute('election-date', '2026-10-18'));
    await host.getByLabel(VI.fullName).pressSequentially('Nguyễn Văn An');
    await host.getByLabel(VI.dateOfBirth).fill('1990-01-01');
    expect(await verdictOf(page)).toBe('undetermined');
    // The missing answers are the new questions, each a button to its field.
    const missing = host.locator('[part="missing"]');
    for (const label of Object.values(VI_2026)) await expect.poll(() => missing.textContent()).toContain(label);
    await missing.getByRole('button', { name: VI_2026.residesInCommune }).click();
    expect(await host.evaluate((element) => (element.shadowRoot?.activeElement as HTMLInputElement | null)?.name)).toBe('residesInCommune');

    await choose(page, 'residesInCommune', 'true');
    await choose(page, 'underSanction', 'false');
    for (const key of ['health', 'moralQuality', 'exemplaryFamily', 'capacity', 'digitalSkills']) await choose(page, `attestations.${key}`, 'true');
    expect(await verdictOf(page)).toBe('eligible');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Đủ điều kiện');
    expect(await host.evaluate((element) => (element as Candidate).value)).toMatchObject({
      residesInCommune: true,
      underSanction: false,
      attestations: { health: true, moralQuality: true, exemplaryFamily: true, capacity: true, digitalSkills: true },
    });

    await choose(page, 'underSanction', 'true');
    expect(await verdictOf(page)).toBe('ineligible');
    const sanction = host.locator('[data-code="elig.sanction.current"]');
    await expect.poll(() => sanction.count()).toBe(1);
    expect(await sanction.locator('[part="citation"]').textContent()).toContain('khoản 5 Điều 7 Nghị định 185/2026/NĐ-CP');

    await choose(page, 'underSanction', 'false');
    await choose(page, 'attestations.digitalSkills', 'false');
    expect(await verdictOf(page)).toBe('ineligible');
    await expect.poll(() => host.locator('[data-code="elig.judgment.not-met"]').textContent()).toContain(VI_2026.digitalSkills);

    // Someone who lives in the thôn lives in its commune: a host value with livesInUnit answers the question, and shows it.
    await host.evaluate((element) => {
      const candidate = element as Candidate;
      candidate.value = { ...candidate.value, livesInUnit: true, residesInCommune: null, attestations: { ...candidate.value.attestations, digitalSkills: true } };
    });
    await expect.poll(() => questions(page)).toContain('livesInUnit');
    expect(await verdictOf(page)).toBe('eligible');
    expect(errors).toEqual([]);
  });

  it('a former criterion answered by the host stays on the form, and the rules say it no longer counts', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => {
      element.setAttribute('election-date', '2026-10-18');
      (element as Candidate).value = { fullName: 'Trần Thị Bình', dateOfBirth: '1985-03-04', permanentResident: false, residesInCommune: true };
    });
    await expect.poll(() => questions(page)).toContain('permanentResident');
    expect(await questions(page)).not.toContain('attestations.dedication');
    expect(await host.locator('input[name="permanentResident"][value="false"]').isChecked()).toBe(true);
    await expect.poll(() => host.locator('[data-code="elig.not-a-criterion"]').count()).toBe(1);
    // Answered "unknown" by the user, the question stays where it is (with the focus) instead of vanishing under the cursor.
    await host.locator('input[name="permanentResident"][value="null"]').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => host.evaluate((element) => (element as Candidate).value.permanentResident)).toBeNull();
    expect(await questions(page)).toContain('permanentResident');
    expect(await host.evaluate((element) => (element.shadowRoot?.activeElement as HTMLInputElement | null)?.name)).toBe('permanentResident');
    await expect.poll(() => host.locator('[data-code="elig.not-a-criterion"]').count()).toBe(0);
  });

  it('shows the rules\' warning for an election after the day the law was last reviewed (06/12/2026), in either language', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => {
      element.setAttribute('election-date', '2027-01-10');
      (element as Candidate).value = {
        fullName: 'Lê Văn Cường',
        dateOfBirth: '1980-05-01',
        residesInCommune: true,
        underSanction: false,
        attestations: { health: true, moralQuality: true, exemplaryFamily: true, capacity: true, digitalSkills: true },
      };
    });
    const warning = host.locator('[data-code="law.not-reviewed"]');
    await expect.poll(() => warning.count()).toBe(1);
    expect(await warning.isVisible()).toBe(true);
    expect(await warning.getAttribute('data-severity')).toBe('warning');
    expect(await warning.textContent()).toContain('06/12/2026');
    // A warning: the verdict stands.
    expect(await verdictOf(page)).toBe('eligible');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => warning.textContent()).toContain('The rules were reviewed up to 2026-12-06');
    // On the review day itself there is nothing to warn about.
    await host.evaluate((element) => element.setAttribute('election-date', '2026-12-06'));
    await expect.poll(() => warning.count()).toBe(0);
    expect(errors).toEqual([]);
  });

  it('labels the new questions in English too', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await host.evaluate((element) => element.setAttribute('election-date', '2026-10-18'));
    const legends = () => host.evaluate((element) => [...element.shadowRoot!.querySelectorAll('fieldset.tri legend')].map((legend) => legend.textContent?.trim()));
    await expect.poll(legends).toEqual(
      expect.arrayContaining([
        'Regularly lives in the commune (xã, phường, đặc khu)',
        'Under a disciplinary sanction, criminal prosecution or court sentence',
        'Able to use information technology, plan, compile statistics and report',
      ]),
    );
  });
});

describe.skipIf(SKIP_BROWSER)('<truongthon-candidate> built from the field descriptions', () => {
  const harness = useBrowser();

  it('a field added to the schema is asked: its question under "Thông tin khác", its answer in the value', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    // What `describeCandidate` of @truongthon/rules gives for `z.safeExtend(candidateSchema, { throwAwayQuestion: flagSchema })`
    // (packages/cli/test/new-field.test.ts checks that): the field's shape, its path as its label, the `other` section.
    await page.evaluate(() => {
      const Base = customElements.get('truongthon-candidate') as unknown as { fields: readonly object[] } & (new () => HTMLElement);
      const added = { path: 'throwAwayQuestion', kind: 'flag', required: false, nullable: true, label: { vi: 'throwAwayQuestion', en: 'throwAwayQuestion' }, group: 'other' };
      customElements.define('extended-candidate', class extends Base {
        static override fields = [...Base.fields, added];
      } as unknown as CustomElementConstructor);
      const element = document.createElement('extended-candidate');
      element.setAttribute('election-date', '2026-10-18');
      document.querySelector('main')!.append(element);
    });
    const host = page.locator('extended-candidate');
    const other = host.locator('fieldset', { hasText: 'Thông tin khác' });
    await expect.poll(() => other.locator('input[type="radio"][name="throwAwayQuestion"]').count()).toBe(3);
    await choose(page, 'throwAwayQuestion', 'true', 'extended-candidate');
    expect(await host.evaluate((element) => (element as unknown as { value: Record<string, unknown> }).value['throwAwayQuestion'])).toBe(true);
    // The library's own fields are asked as before.
    expect(await host.getByLabel(VI.fullName).count()).toBe(1);
    expect(errors).toEqual([]);
  });
});

describe.skipIf(SKIP_BROWSER)('<truongthon-candidate hide-policy>', () => {
  const harness = useBrowser();

  it('leaves the Party-policy advice out of the panel; the verdict and the result are unchanged (issue 15, item 4)', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await fillEligible(page);
    await choose(page, 'partyMember', 'false');
    const panel = host.locator('[part="result"]');
    await expect.poll(() => panel.textContent()).toContain('Chủ trương của Đảng');
    const verdict = await verdictOf(page);
    const findings = await host.evaluate((element) => (element as Candidate).result.findings.length);
    await host.evaluate((element) => element.setAttribute('hide-policy', ''));
    await expect.poll(() => panel.textContent()).not.toContain('Chủ trương của Đảng');
    expect(await verdictOf(page)).toBe(verdict);
    expect(await host.evaluate((element) => (element as Candidate).result.findings.length)).toBe(findings);
    expect(errors).toEqual([]);
  });
});
