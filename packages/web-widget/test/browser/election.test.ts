import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { fillMeeting, meetingField, outcomeOf, SKIP_BROWSER, useBrowser, VI_MEETING } from './harness';

type Election = HTMLElementTagNameMap['truongthon-election'];
type Recorded = { type: string; detail: { outcome?: string; value: Record<string, unknown>; result: { outcome: string; findings: { code: string }[] } } };

const events = (page: Page) => page.evaluate(() => (window as unknown as { __events: Recorded[] }).__events);
const active = (page: Page) =>
  page.locator('truongthon-election').evaluate((element) => {
    const focused = element.shadowRoot?.activeElement as HTMLElement | null;
    return focused ? focused.id || focused.getAttribute('part') || focused.tagName : null;
  });

describe.skipIf(SKIP_BROWSER)('<truongthon-election> in Chromium', () => {
  const harness = useBrowser();

  it('counts as the user types: invalid meeting → no winner with the re-run deadline → elected with the recognition deadline', async () => {
    const { page, errors } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    // An empty form cannot be submitted, but its panel is neutral until something is typed or a submit is tried.
    expect(await outcomeOf(page)).toBe('invalid');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Nhập kết quả hội nghị để xem kết quả kiểm phiếu');
    expect(await host.locator('[part="result"]').getAttribute('data-outcome')).toBe('empty');
    await meetingField(page, 'unit.name').pressSequentially('Thôn 1');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Dữ liệu không hợp lệ');

    // 150 of 361 households present: the meeting cannot decide, whatever the votes.
    await fillMeeting(page, { present: '150', candidates: [['Nguyễn Văn An', '149']] });
    expect(await outcomeOf(page)).toBe('invalid-meeting');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Hội nghị không hợp lệ');
    expect(await host.locator('[part="quorum"]').textContent()).toContain('150/361 (41,55%)');
    const quorum = host.locator('[data-code="procedure.quorum.not-met"]');
    expect(await quorum.textContent()).toContain('cần trên 50%');
    expect(await quorum.locator('[part="citation"]').textContent()).toContain('khoản 1 Điều 8 Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN');

    // The published worked example: 159 of 361 households = 44.04% → no winner, though a majority of those present.
    await meetingField(page, 'present').fill('300');
    await meetingField(page, 'candidates.0.votes').fill('159');
    await host.locator('#f-candidates').click();
    await meetingField(page, 'candidates.1.name').fill('Trần Thị Bình');
    await meetingField(page, 'candidates.1.votes').fill('131');
    expect(await outcomeOf(page)).toBe('no-winner');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Không có người trúng cử');
    const shares = host.locator('[part="shares"]');
    expect(await shares.locator('tbody tr').first().textContent()).toMatch(/Nguyễn Văn An\s*159\s*44,04%/u);
    expect(await shares.locator('caption').textContent()).toContain('361');
    const rerun = host.locator('[data-step="rerun"]');
    expect(await rerun.textContent()).toContain('chậm nhất 25/01/2021');
    expect(await rerun.textContent()).toContain('trong 15 ngày kể từ 10/01/2021');
    expect(await host.locator('[data-code="procedure.rerun.deadline"]').count()).toBe(1);

    // 181 of 361 = 50.14%: elected; the commune recognises within 4 working days (unconfirmed number, flagged).
    await meetingField(page, 'candidates.0.votes').fill('181');
    await meetingField(page, 'candidates.1.votes').fill('109');
    expect(await outcomeOf(page)).toBe('elected');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Có người trúng cử');
    expect(await shares.locator('tr[data-winner]').textContent()).toMatch(/Nguyễn Văn An\s*trúng cử\s*181\s*50,14%/u);
    const recognition = host.locator('[data-step="recognition"]');
    expect(await recognition.textContent()).toContain('chậm nhất 14/01/2021');
    expect(await recognition.textContent()).toContain('trong 4 ngày làm việc kể từ 10/01/2021');
    expect(await recognition.locator('[part="citation"]').textContent()).toContain('Điều 9 Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN (cần đối chiếu văn bản gốc)');
    expect(await host.locator('[data-step="rerun"]').count()).toBe(0);

    // The province sets its own number: Kon Tum, 5 working days (QĐ 34/2020/QĐ-UBND).
    await host.evaluate((element) => element.setAttribute('province', '62'));
    await expect.poll(() => recognition.textContent()).toContain('chậm nhất 15/01/2021');
    expect(await recognition.textContent()).toContain('theo quy định của tỉnh');
    expect(await recognition.textContent()).toContain('34/2020/QĐ-UBND');

    // Under Nghị định 59/2023 no text sets a re-run deadline; the commune decides within 5 working days.
    await host.evaluate((element) => element.setAttribute('province', '46'));
    await meetingField(page, 'electionDate').fill('2024-12-08');
    await meetingField(page, 'candidates.0.votes').fill('159');
    await meetingField(page, 'candidates.1.votes').fill('131');
    expect(await outcomeOf(page)).toBe('no-winner');
    await expect.poll(() => host.locator('[data-step="rerun"]').textContent()).toContain('chưa có văn bản quy định');
    expect(await host.locator('[data-step="recognition"]').textContent()).toContain('chậm nhất 13/12/2024');
    expect(await host.locator('.meta').first().textContent()).toContain('Quy định áp dụng');

    const outcomes = (await events(page)).filter((event) => event.type === 'truongthon-result').map((event) => event.detail.outcome);
    expect(outcomes).toEqual(expect.arrayContaining(['invalid-meeting', 'no-winner', 'elected']));
    expect(errors).toEqual([]);
  });

  it('reports contradicting figures as coded findings on the fields concerned, and blocks the form unless allow-inconsistent', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { mode: 'secret_ballot', candidates: [['Nguyễn Văn An', '291']] });
    await meetingField(page, 'ballots.valid').fill('290');
    // More votes than valid ballots.
    expect(await outcomeOf(page)).toBe('inconsistent');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Số liệu mâu thuẫn');
    const votesFinding = host.locator('[data-code="tally.votes-exceed-valid"]');
    expect(await votesFinding.textContent()).toContain('Nguyễn Văn An: số phiếu (291) lớn hơn số phiếu hợp lệ (290)');
    expect(await host.locator('[part="shares"]').count()).toBe(1);
    expect(await host.locator('[data-step]').count()).toBe(0);
    // Once the field was left, it is marked and described by the contradiction.
    const votes = meetingField(page, 'candidates.0.votes');
    await votes.focus();
    await page.keyboard.press('Tab');
    await expect.poll(() => votes.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await votes.getAttribute('aria-describedby')) ?? '';
    expect(await host.locator(`[id="${describedBy.split(' ')[0]}"]`).textContent()).toContain('lớn hơn số phiếu hợp lệ');
    expect(await host.evaluate((element) => (element as Election).validationMessage)).toContain('Số liệu biên bản mâu thuẫn');

    // More present than the whole electorate.
    await meetingField(page, 'candidates.0.votes').fill('200');
    await meetingField(page, 'present').fill('400');
    await expect.poll(() => host.locator('[data-code="tally.present-exceeds-total"]').textContent()).toContain('Số người tham dự (400) lớn hơn tổng số cử tri / hộ');
    expect(await outcomeOf(page)).toBe('inconsistent');

    // A submit is blocked; the summary takes focus and leads to the figure concerned.
    await page.locator('#submit').click();
    await expect.poll(() => active(page)).toBe('summary');
    expect(new URL(page.url()).pathname).toBe('/test/election.html');
    const summary = host.locator('[part="summary"]');
    await summary.getByRole('button', { name: /Số người tham dự \(400\)/u }).click();
    expect(await active(page)).toBe('f-present');
    expect(await meetingField(page, 'present').getAttribute('aria-invalid')).toBe('true');

    // A portal that files records as they are may let contradictions through.
    await host.evaluate((element) => element.setAttribute('allow-inconsistent', ''));
    expect(await host.evaluate((element) => (element as Election).checkValidity())).toBe(true);
    await host.evaluate((element) => element.removeAttribute('allow-inconsistent'));
    expect(await host.evaluate((element) => (element as Election).checkValidity())).toBe(false);
    await meetingField(page, 'present').fill('300');
    await expect.poll(() => outcomeOf(page)).toBe('elected');
    expect(await host.evaluate((element) => (element as Election).checkValidity())).toBe(true);
    await expect.poll(() => summary.count()).toBe(0);
  });

  it('adds and removes candidate lines with the keyboard, moving focus sensibly and announcing removals', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    expect(await host.locator('fieldset.row').count()).toBe(1);
    // Tab from the last field of the line reaches its remove button, then the add button.
    await meetingField(page, 'candidates.0.name').focus();
    await page.keyboard.type('Nguyễn Văn An');
    await page.keyboard.press('Tab');
    await page.keyboard.type('150');
    await page.keyboard.press('Tab');
    expect(await active(page)).toBe('f-candidates.0.nominatedBy');
    await page.keyboard.press('Tab');
    expect(await active(page)).toBe('r-0');
    expect(await host.locator('#r-0').getAttribute('aria-label')).toBe('Xóa người ứng cử 1 Nguyễn Văn An');
    await page.keyboard.press('Tab');
    expect(await active(page)).toBe('f-candidates');

    // Enter on "add" makes a new line and puts the caret in its name.
    await page.keyboard.press('Enter');
    await expect.poll(() => active(page)).toBe('f-candidates.1.name');
    await page.keyboard.type('Trần Thị Bình');
    await page.keyboard.press('Tab');
    await page.keyboard.type('120');
    await host.locator('#f-candidates').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => active(page)).toBe('f-candidates.2.name');
    await page.keyboard.type('Lê Văn Cường');
    expect(await host.locator('fieldset.row legend').allTextContents()).toEqual(['Người ứng cử 1', 'Người ứng cử 2', 'Người ứng cử 3']);

    // Removing the first line: the next line moves up and its remove button takes focus.
    await host.locator('#r-0').focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => host.locator('fieldset.row').count()).toBe(2);
    expect(await active(page)).toBe('r-0');
    expect(await host.locator('#r-0').getAttribute('aria-label')).toBe('Xóa người ứng cử 1 Trần Thị Bình');
    expect(await meetingField(page, 'candidates.0.name').inputValue()).toBe('Trần Thị Bình');
    expect(await meetingField(page, 'candidates.0.votes').inputValue()).toBe('120');
    expect(await host.locator('.sr-only[role="status"]').textContent()).toContain('Đã xóa người ứng cử 1.');
    // Removing the last line: focus goes to the previous line's button.
    await host.locator('#r-1').focus();
    await page.keyboard.press('Space');
    await expect.poll(() => host.locator('fieldset.row').count()).toBe(1);
    expect(await active(page)).toBe('r-0');
    // Removing the only line: focus goes to the add button, and the empty list is stated.
    await page.keyboard.press('Enter');
    await expect.poll(() => host.locator('fieldset.row').count()).toBe(0);
    expect(await active(page)).toBe('f-candidates');
    expect(await host.locator('[part="section"].rows').textContent()).toContain('Chưa có người ứng cử nào.');
    expect(await host.evaluate((element) => (element as Election).value.candidates)).toEqual([]);

    const changes = (await events(page)).filter((event) => event.type === 'truongthon-change');
    expect(changes.length).toBeGreaterThan(5);
    expect(changes.at(-1)!.detail.value['candidates']).toEqual([]);
  });

  it('blocks submission while invalid, with a focused summary and the validity on the offending input, and submits the record as JSON once valid', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await page.locator('#submit').click();
    await expect.poll(() => active(page)).toBe('summary');
    expect(new URL(page.url()).pathname).toBe('/test/election.html');
    const summary = host.locator('[part="summary"]');
    const text = (await summary.textContent()) ?? '';
    for (const label of [VI_MEETING.electionDate, VI_MEETING.unitName, VI_MEETING.totalElectorate, VI_MEETING.present, 'Hình thức biểu quyết', 'Họ và tên người ứng cử']) {
      expect(text).toContain(`Thiếu thông tin bắt buộc: ${label}`);
    }
    // The unanswered voting mode reads as missing, not as a list of internal values.
    expect(text).not.toContain('show_of_hands');
    expect(await host.evaluate((element) => (element as Election).validationMessage)).toContain('Biên bản chưa hợp lệ: Thiếu thông tin bắt buộc: Ngày bầu cử');
    expect(await meetingField(page, 'totalElectorate').getAttribute('aria-invalid')).toBe('true');
    // Text in a count is reported as not a whole number.
    await meetingField(page, 'totalElectorate').fill('ba trăm');
    await expect.poll(() => host.locator('[id="e-totalElectorate"]').textContent()).toContain('Tổng số cử tri / hộ của thôn, tổ dân phố: phải là số nguyên');

    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '159'], ['Trần Thị Bình', '131']] });
    await meetingField(page, 'totalElectorate').fill('361');
    await expect.poll(() => summary.count()).toBe(0);
    expect(await outcomeOf(page)).toBe('no-winner');
    // A result with no winner is a valid record: it is submitted.
    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    const json = await page.locator('#submitted dd pre').first().textContent();
    expect(JSON.parse(json ?? '{}')).toEqual({
      electionDate: '2021-01-10',
      province: '46',
      unit: { name: 'Tổ dân phố 1' },
      purpose: 'election',
      round: 'first',
      electorateBase: 'households',
      totalElectorate: 361,
      present: 300,
      votingMode: 'show_of_hands',
      candidates: [
        { name: 'Nguyễn Văn An', votes: 159 },
        { name: 'Trần Thị Bình', votes: 131 },
      ],
    });
    expect(await page.locator('#submitted').textContent()).toContain('cán bộ B');
  });

  it('switches language: inherited from the page, live, and overridden by its own lang attribute', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '159'], ['Trần Thị Bình', '131']] });
    expect(await host.locator('label[for="f-totalElectorate"]').textContent()).toContain(VI_MEETING.totalElectorate);
    await page.evaluate(() => (document.documentElement.lang = 'en'));
    await expect.poll(() => host.locator('label[for="f-totalElectorate"]').textContent()).toContain('Whole electorate of the unit');
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('No winner');
    expect(await host.locator('[part="shares"] tbody tr').first().textContent()).toContain('44.04%');
    expect(await host.locator('[data-step="rerun"]').textContent()).toMatch(/Re-run: by 2021-01-25, within 15 days from 2021-01-10/u);
    expect(await host.locator('[data-code="procedure.no-winner"]').textContent()).toContain('Nobody is elected');
    expect(await host.locator('[part="quorum"]').textContent()).toContain('Present: 300 of 361 (83.1%)');
    expect(await host.locator('.root').getAttribute('lang')).toBe('en');
    await host.evaluate((element) => element.setAttribute('lang', 'vi'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('Không có người trúng cử');
    await host.evaluate((element) => element.removeAttribute('lang'));
    await expect.poll(() => host.locator('.verdict').textContent()).toContain('No winner');
  });

  it('takes the meeting date from the portal, shows configuration errors, and switches to a motion for dismissal / cho thôi làm', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await host.evaluate((element) => element.setAttribute('meeting-date', '2023-09-17'));
    const date = meetingField(page, 'electionDate');
    await expect.poll(() => date.inputValue()).toBe('17/09/2023');
    expect(await date.getAttribute('readonly')).not.toBeNull();
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '200'], ['Trần Thị Bình', '90']] });
    expect(await outcomeOf(page)).toBe('elected');
    // ND 59/2023 Điều 8: 5 working days (confirmed).
    await expect.poll(() => host.locator('[data-step="recognition"]').textContent()).toContain('chậm nhất 22/09/2023');
    expect(await host.evaluate((element) => (element as Election).value.electionDate)).toBe('2023-09-17');

    await host.evaluate((element) => element.setAttribute('province', '99'));
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('"99"');
    expect(await outcomeOf(page)).toBe('invalid');
    expect(await host.evaluate((element) => (element as Election).validationMessage)).toContain('Biểu mẫu chưa được cấu hình đúng');
    await host.evaluate((element) => {
      element.setAttribute('province', '46');
      element.setAttribute('meeting-date', '2005-01-01');
    });
    await expect.poll(() => host.locator('[part="config"]').textContent()).toContain('01/01/2005');
    await host.evaluate((element) => element.setAttribute('meeting-date', '2023-09-17'));
    await expect.poll(() => host.locator('[part="config"]').count()).toBe(0);

    // Cho thôi làm: a vote on the motion instead of candidates; the interim appointment follows.
    await meetingField(page, 'purpose').selectOption('cho-thoi-lam');
    expect(await host.locator('fieldset.row').count()).toBe(0);
    await meetingField(page, 'motion.votesFor').fill('200');
    expect(await outcomeOf(page)).toBe('carried');
    await expect.poll(() => host.locator('[part="motion"]').textContent()).toContain('200/361');
    expect(await host.locator('[data-step="interim-appointment"]').count()).toBe(1);
    expect(await host.locator('[data-step="new-election-decision"]').count()).toBe(1);
    const value = await host.evaluate((element) => (element as Election).value);
    expect(value).toMatchObject({ purpose: 'cho-thoi-lam', motion: { votesFor: 200 } });
    expect(value).not.toHaveProperty('candidates');
  });

  it('exposes value, result and structured events for frameworks, resets, follows a disabled fieldset and restores its state', async () => {
    const { page } = await harness.open('/test/election.html');
    const host = page.locator('truongthon-election');
    await host.evaluate((element) => {
      (element as Election).value = {
        electionDate: '2021-01-10',
        unit: { name: 'Thôn Đông', kind: 'thon' },
        electorateBase: 'households',
        totalElectorate: 361,
        present: 300,
        votingMode: 'secret_ballot',
        ballots: { issued: 300, returned: 298, valid: 290, invalid: 8 },
        candidates: [
          { name: 'Nguyễn Văn An', votes: 181, nominatedBy: 'front_committee' },
          { name: 'Trần Thị Bình', votes: 109, nominatedBy: 'self' },
        ],
      };
    });
    await expect.poll(() => meetingField(page, 'candidates.1.name').inputValue()).toBe('Trần Thị Bình');
    expect(await meetingField(page, 'ballots.invalid').inputValue()).toBe('8');
    expect(await meetingField(page, 'candidates.0.nominatedBy').inputValue()).toBe('front_committee');
    let recorded = await events(page);
    // A programmatic value fires only the result event (no change event). (The first one, 'invalid', came before the page's listener.)
    expect(recorded.map((event) => event.type)).toEqual(['truongthon-result']);
    expect(recorded[0]!.detail.outcome).toBe('elected');
    expect(recorded[0]!.detail.result.findings.map((finding) => finding.code)).toContain('procedure.elected');
    expect(await host.evaluate((element) => (element as Election).result.winner)).toEqual({ name: 'Nguyễn Văn An', votes: 181, percent: 50.14 });
    expect(await host.evaluate((element) => element.matches(':state(elected)'))).toBe(true);

    // Reset returns to the empty form (election, first round, households).
    await page.locator('#reset').click();
    expect(await host.evaluate((element) => (element as Election).value)).toEqual({
      province: '46',
      unit: {},
      purpose: 'election',
      round: 'first',
      electorateBase: 'households',
      candidates: [{}],
    });
    recorded = await events(page);
    expect(recorded.at(-1)!.detail.outcome).toBe('invalid');

    // A disabled fieldset disables every control, the add and remove buttons too.
    await page.evaluate(() => {
      const fieldset = document.createElement('fieldset');
      const element = document.getElementById('meeting')!;
      element.before(fieldset);
      fieldset.append(element);
      fieldset.disabled = true;
    });
    expect(await host.locator('#f-candidates').isDisabled()).toBe(true);
    expect(await host.locator('#r-0').isDisabled()).toBe(true);
    expect(await host.evaluate((element) => (element as Election).willValidate)).toBe(false);
    await page.evaluate(() => ((document.querySelector('fieldset') as HTMLFieldSetElement).disabled = false));
    expect(await host.locator('#f-candidates').isEnabled()).toBe(true);

    // Back from the submitted page: the browser hands the state back (formStateRestoreCallback).
    await fillMeeting(page, { candidates: [['Nguyễn Văn An', '181'], ['Trần Thị Bình', '109']] });
    await Promise.all([page.waitForURL('**/submit'), page.locator('#submit').click()]);
    await page.goBack();
    await page.waitForFunction(() => customElements.get('truongthon-election') !== undefined);
    await expect.poll(() => host.evaluate((element) => ((element as Election).value.candidates ?? []).length)).toBe(2);
    expect(await outcomeOf(page)).toBe('elected');
    expect(await meetingField(page, 'candidates.1.votes').inputValue()).toBe('109');
  });

  it('the per-element builds: the election file alone registers only its element; both files on one page share the Truongthon global', async () => {
    const alone = await harness.open('/test/election-only.html');
    expect(await alone.page.evaluate(() => [customElements.get('truongthon-election') !== undefined, customElements.get('truongthon-candidate') !== undefined])).toEqual([true, false]);
    await fillMeeting(alone.page, { candidates: [['Nguyễn Văn An', '181']] });
    expect(await outcomeOf(alone.page)).toBe('elected');
    expect(alone.errors).toEqual([]);

    // Each per-element file has its own Lit: under Trusted Types the page must allow duplicate policies (this one does).
    const both = await harness.open('/test/per-element.allow-duplicates.html');
    expect(
      await both.page.evaluate(() => {
        const global = (window as unknown as { Truongthon: Record<string, unknown> }).Truongthon;
        return [Object.keys(global).sort(), global['TruongthonElection'] === customElements.get('truongthon-election')];
      }),
    ).toEqual([['FormAssociatedElement', 'TruongthonCandidate', 'TruongthonElection', 'defineOnce', 'resolveLang', 'toLang'], true]);
    await fillMeeting(both.page, { candidates: [['Nguyễn Văn An', '159']] });
    expect(await outcomeOf(both.page)).toBe('no-winner');
    await both.page.locator('truongthon-candidate').locator('#f-fullName').fill('Nguyễn Văn An');
    expect(await both.page.evaluate(() => (window as unknown as { __violations: unknown[] }).__violations)).toEqual([]);
    expect(both.errors).toEqual([]);
  });
});
