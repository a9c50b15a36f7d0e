import { describe, expect, it } from 'vitest';
import { choose, fillEligible, SKIP_BROWSER, useBrowser, verdictOf, VI } from './harness';

type Candidate = HTMLElementTagNameMap['truongthon-candidate'];
type Recorded = {
  type: string;
  detail: { verdict?: string; value: Record<string, unknown>; result: { verdict: string; missing: string[]; findings: { code: string; citations: unknown[] }[] } };
};

describe.skipIf(SKIP_BROWSER)('<truongthon-candidate> in Chromium', () => {
  const harness = useBrowser();

  it('checks as the user types: invalid → undetermined → eligible → ineligible, with citations', async () => {
    const { page, errors } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    // An empty form cannot be submitted, but its result panel is neutral until something is typed or a submit is tried.
    expect(await verdictOf(page)).toBe('invalid');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Nhập thông tin người ứng cử để xem kết quả');
    expect(await host.locator('[part="result"]').getAttribute('data-verdict')).toBe('empty');
    expect(await host.locator('[part="missing"], [part="finding"], .error').count()).toBe(0);
    // The day age is counted on is shown.
    expect(await host.locator('[part="result"]').textContent()).toContain('Ngày bầu cử (ngày tính tuổi): 10/12/2023');

    await host.getByLabel(VI.fullName).pressSequentially('Nguyễn Văn An');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Dữ liệu không hợp lệ');
    await host.getByLabel(VI.dateOfBirth).fill('01/05/1980');
    await expect.poll(() => host.locator('#w-dateOfBirth').textContent()).toBe('ngày 01 tháng 5 năm 1980');
    expect(await verdictOf(page)).toBe('undetermined');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Chưa xác định');
    // The missing answers that could still change the verdict are listed with their labels.
    const missing = host.locator('[part="missing"]');
    await expect.poll(() => missing.textContent()).toContain(VI.permanentResident);

    await fillRest(page);
    expect(await verdictOf(page)).toBe('eligible');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Đủ điều kiện');
    expect(await missing.count()).toBe(0);
    // Custom states let the page style by verdict: truongthon-candidate:state(eligible).
    expect(await host.evaluate((element) => [element.matches(':state(eligible)'), element.matches(':state(invalid)')])).toEqual([true, false]);

    // 19 on election day (born 2003-12-11, election 2023-12-10) → ineligible, with the finding's legal basis shown.
    await host.getByLabel(VI.dateOfBirth).fill('2003-12-11');
    expect(await verdictOf(page)).toBe('ineligible');
    const finding = host.locator('[data-code="elig.age.under-minimum"]');
    await expect.poll(() => finding.textContent()).toContain('Chưa đủ 21 tuổi');
    expect(await finding.locator('[part="citation"]').textContent()).toContain('Điều 11 Thông tư 04/2012/TT-BNV');

    // An attestation answered "not met" is a legal failure too.
    await host.getByLabel(VI.dateOfBirth).fill('1980-05-01');
    await choose(page, 'attestations.health', 'false');
    expect(await verdictOf(page)).toBe('ineligible');
    await expect.poll(() => host.locator('[data-code="elig.judgment.not-met"]').textContent()).toContain('Có sức khỏe');
    // A Party letter is named as officials name it: its kind, number and issuer (issue 15).
    await choose(page, 'partyMember', 'false');
    await expect.poll(() => host.locator('[data-code="policy.not-party-member"] [part="citation"]').textContent()).toContain('Công văn 13-CV/ĐU của Đảng ủy phường Hương Xuân');
    expect(errors).toEqual([]);
  });

  it('lists the missing answers as buttons that move focus to the question', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.getByLabel(VI.fullName).fill('Trần Thị Bình');
    await host.getByLabel(VI.dateOfBirth).fill('1975-02-03');
    await host.locator('[part="missing"]').getByRole('button', { name: VI.livesInUnit }).click();
    const focused = await host.evaluate((element) => {
      const active = element.shadowRoot?.activeElement as HTMLInputElement | null;
      return active ? `${active.name}=${active.value}` : null;
    });
    // Unanswered questions have "Chưa rõ" (unknown) checked, so focus lands on it, as in any radio group.
    expect(focused).toBe('livesInUnit=null');
  });

  it('blocks submission while invalid, shows an error summary that takes focus, and submits JSON once valid', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await page.locator('#submit').click();
    await page.waitForTimeout(200);
    expect(new URL(page.url()).pathname).toBe('/test/form.html');
    expect(await host.evaluate((element) => (element as Candidate).validity.valid)).toBe(false);
    // The summary is focused and names each problem; the fields are marked invalid and described by their errors.
    const summary = host.locator('[part="summary"]');
    await expect.poll(() => host.evaluate((element) => element.shadowRoot?.activeElement?.getAttribute('part'))).toBe('summary');
    expect(await summary.textContent()).toContain('Có 2 mục cần sửa');
    const name = host.getByLabel(VI.fullName);
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await name.getAttribute('aria-describedby')) ?? '';
    expect(await host.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('Họ và tên');
    // The validity is anchored on the offending inner input.
    expect(await host.evaluate((element) => (element as Candidate).validationMessage)).toContain('Họ và tên');

    // A summary entry moves focus to its field; fixing the fields clears the errors live.
    await summary.getByRole('button', { name: /Ngày sinh/u }).click();
    expect(await host.evaluate((element) => element.shadowRoot?.activeElement?.id)).toBe('f-dateOfBirth');
    await fillEligible(page);
    await expect.poll(() => summary.count()).toBe(0);
    expect(await name.getAttribute('aria-invalid')).toBeNull();

    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    const text = (await page.locator('#submitted').textContent()) ?? '';
    expect(text).toContain('candidate');
    const json = await page.locator('#submitted dd pre').first().textContent();
    const submitted = JSON.parse(json ?? '{}') as Record<string, unknown>;
    expect(submitted).toMatchObject({ fullName: 'Nguyễn Văn An', dateOfBirth: '1980-05-01', role: 'leader', permanentResident: true, attestations: { health: true, capacity: true } });
    expect(text).toContain('cán bộ A');
  });

  it('a script calling checkValidity() neither shows the summary nor moves focus; an earlier invalid field of the page is focused first', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await page.locator('#clerk').focus();
    expect(await page.evaluate(() => (document.getElementById('host') as HTMLFormElement).checkValidity())).toBe(false);
    expect(await host.evaluate((element) => (element as Candidate).checkValidity())).toBe(false);
    await page.waitForTimeout(100);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('clerk');
    expect(await host.locator('[part="summary"]').count()).toBe(0);

    // A required page field before the element: the browser focuses it; the widget still shows its errors and summary.
    await page.evaluate(() => {
      const input = Object.assign(document.createElement('input'), { id: 'before', required: true });
      input.setAttribute('aria-label', 'before');
      document.getElementById('candidate')!.before(input);
    });
    await page.locator('#submit').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('before');
    await expect.poll(() => host.locator('[part="summary"]').count()).toBe(1);
    expect(await host.getByLabel(VI.fullName).getAttribute('aria-invalid')).toBe('true');

    // reportValidity() is an explicit request to show the problems: the summary takes focus.
    await page.evaluate(() => document.getElementById('before')!.remove());
    await host.evaluate((element) => (element as Candidate).reportValidity());
    await expect.poll(() => host.evaluate((element) => element.shadowRoot?.activeElement?.getAttribute('part'))).toBe('summary');
  });

  it('with require-eligible, blocks an ineligible or undetermined candidate but accepts an eligible one', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => element.setAttribute('require-eligible', ''));
    await fillEligible(page);
    await choose(page, 'livesInUnit', 'false');
    expect(await verdictOf(page)).toBe('ineligible');
    await page.locator('#submit').click();
    await expect.poll(() => host.locator('[part="summary"]').textContent()).toContain('không đủ điều kiện');
    expect(new URL(page.url()).pathname).toBe('/test/form.html');
    await choose(page, 'livesInUnit', 'null');
    expect(await verdictOf(page)).toBe('undetermined');
    expect(await host.evaluate((element) => (element as Candidate).checkValidity())).toBe(false);
    await choose(page, 'livesInUnit', 'true');
    expect(await host.evaluate((element) => (element as Candidate).checkValidity())).toBe(true);
  });

  it('Enter in a field submits the host form (keyboard), and radios work with arrow keys', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.getByLabel(VI.fullName).focus();
    await page.keyboard.type('Lê Văn Cường');
    await page.keyboard.press('Enter');
    await expect.poll(() => host.evaluate((element) => element.shadowRoot?.activeElement?.getAttribute('part'))).toBe('summary');
    // Tab from the summary reaches its first entry; Enter on it focuses the date of birth.
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    expect(await host.evaluate((element) => element.shadowRoot?.activeElement?.id)).toBe('f-dateOfBirth');
    // Arrow keys move within a yes / no / unknown group and answer it.
    await host.locator('input[name="permanentResident"][value="true"]').focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowRight');
    expect(await host.evaluate((element) => (element as Candidate).value.permanentResident)).toBe(false);
  });

  it('resets, follows a disabled fieldset, and restores its state when the page comes back from history', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await fillEligible(page);
    await page.locator('#reset').click();
    expect(await host.evaluate((element) => (element as Candidate).value)).toEqual({
      role: 'leader',
      permanentResident: null,
      livesInUnit: null,
      residesInCommune: null,
      underSanction: null,
      partyMember: null,
      partyCellSecretary: null,
      attestations: { health: null, dedication: null, moralQuality: null, exemplaryFamily: null, capacity: null, digitalSkills: null },
    });
    expect(await host.getByLabel(VI.fullName).inputValue()).toBe('');

    await page.evaluate(() => {
      const fieldset = document.createElement('fieldset');
      const element = document.getElementById('candidate')!;
      element.before(fieldset);
      fieldset.append(element);
      fieldset.disabled = true;
    });
    expect(await host.getByLabel(VI.fullName).isDisabled()).toBe(true);
    expect(await host.evaluate((element) => (element as Candidate).willValidate)).toBe(false);
    await page.evaluate(() => ((document.querySelector('fieldset') as HTMLFieldSetElement).disabled = false));
    expect(await host.getByLabel(VI.fullName).isEnabled()).toBe(true);
    // Its own disabled attribute too: disabled controls are not submitted and not validated.
    await host.evaluate((element) => element.setAttribute('disabled', ''));
    expect(await host.locator('input[name="attestations.health"]').first().isDisabled()).toBe(true);
    await host.evaluate((element) => element.removeAttribute('disabled'));
    expect(await host.getByLabel(VI.fullName).isEnabled()).toBe(true);

    // formStateRestoreCallback: the browser hands back the state saved with setFormValue.
    await fillEligible(page);
    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    await page.goBack();
    await page.waitForFunction(() => customElements.get('truongthon-candidate') !== undefined);
    await expect.poll(() => host.evaluate((element) => (element as Candidate).value.fullName ?? '')).toBe('Nguyễn Văn An');
    expect(await verdictOf(page)).toBe('eligible');
    // And called directly, as a framework might.
    await host.evaluate((element) => (element as Candidate).formStateRestoreCallback(JSON.stringify({ fullName: 'Phạm Thị Dung', dateOfBirth: '1990-09-09' }), 'restore'));
    expect(await host.getByLabel(VI.fullName).inputValue()).toBe('Phạm Thị Dung');
  });

  it('exposes value, result and structured events for frameworks', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await host.evaluate((element) => {
      (element as Candidate).value = {
        fullName: 'Võ Văn Em',
        dateOfBirth: '1970-10-10',
        permanentResident: true,
        livesInUnit: true,
        partyMember: false,
        attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: null },
      };
    });
    // A programmatic value fills the fields and fires only the verdict event (no change event).
    await expect.poll(() => host.getByLabel(VI.fullName).inputValue()).toBe('Võ Văn Em');
    let events = await page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
    expect(events.map((event) => event.type)).toEqual(['truongthon-verdict']);
    expect(events[0]!.detail.verdict).toBe('undetermined');
    expect(events[0]!.detail.result.missing).toContain('attestations.capacity');

    await choose(page, 'attestations.capacity', 'true');
    events = await page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
    const types = events.map((event) => event.type);
    expect(types.slice(1)).toEqual(['truongthon-change', 'truongthon-verdict']);
    const change = events[1]!.detail;
    expect(change.value['fullName']).toBe('Võ Văn Em');
    expect(change.result.verdict).toBe('eligible');
    expect(change.result.findings.find((finding) => finding.code === 'policy.not-party-member')?.citations.length).toBeGreaterThan(0);

    // The initial verdict is reported to listeners attached before the element renders.
    const first = await page.evaluate(async () => {
      const element = document.createElement('truongthon-candidate');
      const seen: string[] = [];
      element.addEventListener('truongthon-verdict', (event) => seen.push(event.detail.verdict));
      element.setAttribute('election-date', '2023-12-10');
      document.body.append(element);
      await element.updateComplete;
      return seen;
    });
    expect(first).toEqual(['invalid']);
  });

  it('controls always show the value: a host that puts an edit back in its change listener is shown, and an unknown choice selects no other', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    // A host that only accepts letters and spaces in the name, and refuses "No" to permanent residence.
    await host.evaluate((element) => {
      const candidate = element as Candidate;
      element.addEventListener('truongthon-change', (event) => {
        const value = (event as CustomEvent<{ value: Record<string, unknown> }>).detail.value;
        const name = String(value['fullName'] ?? '');
        if (/[^\p{L} ]/u.test(name) || value['permanentResident'] === false) {
          candidate.value = { ...value, fullName: name.replace(/[^\p{L} ]/gu, ''), permanentResident: value['permanentResident'] === false ? null : value['permanentResident'] } as never;
        }
      });
    });
    const name = host.getByLabel(VI.fullName);
    await name.pressSequentially('An1');
    await expect.poll(() => name.inputValue()).toBe('An');
    // (A click, not check(): the radio does not stay checked.)
    await host.locator('input[type="radio"][name="permanentResident"][value="false"]').click();
    await expect
      .poll(() => host.evaluate((element) => [...element.shadowRoot!.querySelectorAll<HTMLInputElement>('input[name="permanentResident"]')].map((radio) => radio.checked)))
      .toEqual([false, false, true]);
    // A value a select has no option for selects none of the others (the browser falls back to the first, "not stated"); the element keeps it.
    await host.evaluate((element) => {
      (element as Candidate).value = { fullName: 'An', dateOfBirth: '1980-05-01', gender: 'other' as never, role: 'deputy' };
    });
    await expect.poll(() => host.locator('select[name="role"]').inputValue()).toBe('deputy');
    expect(await host.locator('select[name="gender"]').inputValue()).toBe('');
    expect(await host.evaluate((element) => (element as Candidate).value.gender)).toBe('other');
    expect(await name.inputValue()).toBe('An');
  });

  it('shows configuration errors for a wrong election-date or province, and blocks the form', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    await fillEligible(page);
    await host.evaluate((element) => element.setAttribute('province', '99'));
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('"99"');
    expect(await verdictOf(page)).toBe('invalid');
    expect(await host.evaluate((element) => (element as Candidate).checkValidity())).toBe(false);
    await host.evaluate((element) => {
      element.setAttribute('province', 'Thừa Thiên Huế');
      element.removeAttribute('election-date');
    });
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('Ngày bầu cử');
    await host.evaluate((element) => element.setAttribute('election-date', '2021-01-10'));
    expect(await verdictOf(page)).toBe('eligible');
    // The term of the province is shown from the rules (Huế: 2.5 years).
    await expect.poll(() => host.locator('.meta').last().textContent()).toContain('2,5 năm');
  });

  it('switches language: inherited from the page, live, and overridden by its own lang attribute', async () => {
    const { page } = await harness.open('/test/form.html');
    const host = page.locator('truongthon-candidate');
    expect(await host.locator('label[for="f-fullName"]').textContent()).toContain('Họ và tên');
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => host.locator('label[for="f-fullName"]').textContent()).toContain('Full name');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Enter the candidate’s details');
    await fillEligible(page);
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Eligible');
    expect(await host.locator('.root').getAttribute('lang')).toBe('en');
    // Its own attribute wins over the page; removing it falls back to the page again.
    await host.evaluate((element) => element.setAttribute('lang', 'vi-VN'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Đủ điều kiện');
    await host.evaluate((element) => element.removeAttribute('lang'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Eligible');
    // A language we do not ship falls back to Vietnamese.
    await page.evaluate(() => (document.documentElement.lang = 'fr'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Đủ điều kiện');
  });

  it('registers once: loading the IIFE twice, even under Trusted Types, does not throw', async () => {
    // twice.html loads the IIFE twice under `trusted-types lit-html`: the guarded second copy is not even evaluated.
    const { page, errors } = await harness.open('/test/twice.html');
    await page.waitForFunction(() => (window as unknown as { __moduleLoaded?: boolean }).__moduleLoaded === true);
    expect(await page.evaluate(() => (window as unknown as { __first: unknown }).__first === customElements.get('truongthon-candidate'))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations)).toEqual([]);
    expect(errors).toEqual([]);
    await fillEligible(page);
    expect(await verdictOf(page)).toBe('eligible');
  });

  it('registers once: the IIFE and the ESM bundle side by side (two copies of Lit) with trusted-types allow-duplicates', async () => {
    const { page, errors } = await harness.open('/test/twice-mixed.allow-duplicates.html');
    await page.waitForFunction(() => (window as unknown as { __moduleLoaded?: boolean }).__moduleLoaded === true);
    expect(await page.evaluate(() => (window as unknown as { __first: unknown }).__first === customElements.get('truongthon-candidate'))).toBe(true);
    expect(errors).toEqual([]);
    // The first definition stays in force and keeps working.
    await fillEligible(page);
    expect(await verdictOf(page)).toBe('eligible');
  });
});

async function fillRest(page: import('playwright-core').Page): Promise<void> {
  for (const path of ['permanentResident', 'livesInUnit', 'partyMember', 'partyCellSecretary']) await choose(page, path, 'true');
  for (const key of ['health', 'dedication', 'moralQuality', 'exemplaryFamily', 'capacity']) await choose(page, `attestations.${key}`, 'true');
}
