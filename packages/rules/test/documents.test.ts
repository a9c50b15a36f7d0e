import { describe, expect, it } from 'vitest';
import { BUILT_IN_OVERLAYS, candidateListDocument, candidateListEntry, documentPlainText, electionTimeline, evaluateMeeting, displayCount, displayPercent, loadOverlays, meetingDocuments, type OfficialDocument } from '../src/index';

/** A 2024 meeting of a tổ dân phố in Thừa Thiên Huế (Nghị định 59/2023 in force). */
const meeting2024 = (over: Record<string, unknown> = {}) => ({
  id: 'M1',
  electionDate: '2024-12-15',
  province: '46',
  unit: { name: 'Tổ dân phố 7' },
  electorateBase: 'households',
  totalElectorate: 1250,
  present: 1100,
  votingMode: 'secret_ballot',
  ballots: { issued: 1100, returned: 1100, valid: 1090, invalid: 10 },
  candidates: [{ name: 'Nguyễn Thị Lan', votes: 700 }, { name: 'Hồ Văn Tâm', votes: 390 }],
  ...over,
});

const docsOf = (record: Record<string, unknown>, lang: 'vi' | 'en' = 'vi') => meetingDocuments(record, evaluateMeeting(record), { lang });
const text = (d: OfficialDocument | undefined) => documentPlainText(d!);

describe('meetingDocuments', () => {
  it('an elected meeting: Mẫu 02 with every figure from the tally, Mẫu 03, and the recognition draft with its deadline', () => {
    const record = meeting2024();
    const result = evaluateMeeting(record);
    expect(result.outcome).toBe('elected');
    const { documents, omitted } = meetingDocuments(record, result);
    expect(documents.map((d) => d.kind)).toEqual(['invitation', 'count-record', 'resolution', 'recognition-decision']);
    expect(omitted).toEqual([]);
    const count = text(documents[1]);
    expect(documents[1]!.form).toBe('Mẫu số 02');
    expect(count).toContain('BIÊN BẢN KIỂM PHIẾU');
    expect(count).toContain('CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM');
    expect(count).toContain('Tổ dân phố 7');
    expect(count).toContain('TỔ DÂN PHỐ 7');
    // Vietnamese separators: 1.250 households, 1.100 present; percentages as the tally gives them.
    expect(count).toContain('Tổng số hộ gia đình của Tổ dân phố 7: 1.250');
    expect(count).toContain(`: 1.100 (${displayPercent(result.quorum!.percent)} tổng số hộ gia đình)`);
    expect(count).toContain('88%');
    for (const c of result.candidates) expect(count).toContain(`${c.name}\t${displayCount(c.votes)}\t${displayPercent(c.percent)}`);
    expect(count).toContain('Nguyễn Thị Lan\t700\t56%');
    expect(count).toContain('Số phiếu không hợp lệ: 10');
    expect(count).toContain('ngày 15 tháng 12 năm 2024');
    expect(count).toContain('ngày 15/12/2024');
    expect(count).toContain('trúng cử Tổ trưởng tổ dân phố 7');
    const decision = text(documents[3]);
    expect(documents[3]!.draft).toBe(true);
    expect(decision).toContain('Về việc công nhận kết quả bầu Tổ trưởng tổ dân phố 7');
    expect(decision).toContain('Số: ……/QĐ-UBND');
    expect(decision).toContain('Căn cứ Điều 15 Luật 10/2022/QH15;');
    // Other bases the data cannot know: a dotted line for the clerk.
    expect(decision).toContain('Căn cứ ……;');
    expect(decision).toContain(`chậm nhất ngày ${result.recognition!.date!.split('-').reverse().join('/')}`);
    expect(decision).toContain('700/1.250 phiếu, đạt 56% tổng số hộ gia đình');
    // The date of the decision is the signer's: dotted.
    expect(decision).toContain('……, ngày …… tháng …… năm ……');
  });

  it('the resolution (Mẫu 03) says when it goes to the commune (Nghị định 59/2023), from the timeline of the meeting\'s date and province', () => {
    const record = meeting2024();
    const timeline = electionTimeline('2024-12-15', { province: '46' });
    const sent = timeline.steps.find((s) => s.id === 'decision-sent')!;
    expect(sent.date).toBe('2024-12-20');
    const resolution = text(meetingDocuments(record, evaluateMeeting(record)).documents[2]);
    expect(resolution).toContain('được gửi Ủy ban nhân dân xã/phường …… chậm nhất ngày 20/12/2024 (trong 5 ngày làm việc; điểm d khoản 5 Điều 3 Nghị định 59/2023/NĐ-CP; khoản 3 Điều 20 Luật 10/2022/QH15).');
    // Before Nghị định 59/2023 no such step exists: no date is made up.
    const before = { ...record, electionDate: '2021-01-10' };
    expect(text(meetingDocuments(before, evaluateMeeting(before)).documents[2])).not.toContain('được gửi');
  });

  it('every text is NFC and no date is written ISO in Vietnamese', () => {
    for (const d of docsOf(meeting2024()).documents) {
      const all = text(d);
      expect(all).toBe(all.normalize('NFC'));
      expect(all).not.toMatch(/\d{4}-\d{2}-\d{2}/u);
    }
  });

  it('no winner after a first round: the re-run draft, not a recognition', () => {
    const record = meeting2024({ candidates: [{ name: 'Nguyễn Thị Lan', votes: 600 }, { name: 'Hồ Văn Tâm', votes: 490 }] });
    const { documents } = docsOf(record);
    expect(documents.map((d) => d.kind)).toEqual(['invitation', 'count-record', 'resolution', 'rerun-decision']);
    const decision = text(documents[3]);
    expect(decision).toContain('Về việc tổ chức bầu lại Tổ trưởng tổ dân phố 7');
    expect(decision).toContain('không người ứng cử nào được trên 50% tổng số hộ gia đình');
    expect(text(documents[1])).toContain('không có người trúng cử');
  });

  it('a household ballot record gives Mẫu 04', () => {
    const record = meeting2024({ votingMode: 'household_ballot', present: 900, ballots: { issued: 1250, returned: 900, valid: 890, invalid: 10 }, candidates: [{ name: 'Nguyễn Thị Lan', votes: 800 }, { name: 'Hồ Văn Tâm', votes: 90 }] });
    const { documents } = docsOf(record);
    expect(documents[0]!.kind).toBe('household-count-record');
    expect(documents[0]!.form).toBe('Mẫu số 04');
    const count = text(documents[0]);
    expect(count).toContain('Về việc phát phiếu lấy ý kiến của hộ gia đình');
    expect(count).toContain('Số hộ gia đình tham gia ý kiến: 900');
    expect(count).toContain('Nguyễn Thị Lan\t800\t64%');
    expect(text(documents[2])).toContain('Căn cứ Biên bản kiểm phiếu lấy ý kiến hộ gia đình ngày 15/12/2024');
  });

  it('attendance too low (2024): count and resolution, no decision, the reason and the household-ballot deadline', () => {
    const { documents, omitted } = docsOf(meeting2024({ present: 500, ballots: { issued: 500, returned: 500, valid: 500, invalid: 0 }, candidates: [{ name: 'Nguyễn Thị Lan', votes: 450 }] }));
    expect(documents.map((d) => d.kind)).toEqual(['invitation', 'count-record', 'resolution']);
    expect(omitted.map((o) => o.code)).toEqual(['documents.no-decision.household-ballot']);
    expect(text(documents[1])).toContain('không quá 50% tổng số hộ gia đình');
  });

  it('a 2021 meeting (before Nghị định 59/2023): the same content without a form label, the basis of its own time', () => {
    const record = meeting2024({ electionDate: '2021-01-10', totalElectorate: 361, present: 300, ballots: { issued: 300, returned: 300, valid: 290, invalid: 10 }, candidates: [{ name: 'Nguyễn Văn Hùng', votes: 220 }, { name: 'Trần Văn Bình', votes: 70 }] });
    const { documents } = docsOf(record);
    expect(documents.every((d) => d.form === null)).toBe(true);
    const decision = text(documents[3]);
    expect(decision).toContain('09/2008/NQLT-CP-UBTWMTTQVN');
    expect(decision).not.toContain('59/2023');
    // The 2008 recognition period is unconfirmed: never shown as certain.
    expect(decision).toContain('(cần đối chiếu văn bản gốc)');
    expect(text(documents[1])).toContain('Nguyễn Văn Hùng\t220\t60,94%');
  });

  it('an inconsistent or invalid record gives no document, with the reason', () => {
    const bad = docsOf(meeting2024({ present: 1300 }));
    expect(bad.documents).toEqual([]);
    expect(bad.omitted[0]!.kind).toBe('all');
    const invalid = docsOf({ electionDate: 'nope' });
    expect(invalid.documents).toEqual([]);
    expect(invalid.omitted[0]!.code).toBe('documents.record-invalid');
  });

  it('a cho thôi làm vote: count record and resolution with the motion\'s votes, no draft decision (said why)', () => {
    const record = meeting2024({ purpose: 'cho-thoi-lam', candidates: undefined, motion: { subject: 'Nguyễn Văn Hùng', votesFor: 800 } });
    const result = evaluateMeeting(record);
    expect(result.outcome).toBe('carried');
    const { documents, omitted } = meetingDocuments(record, result);
    expect(documents.map((d) => d.kind)).toEqual(['invitation', 'count-record', 'resolution']);
    expect(omitted.map((o) => o.code)).toEqual(['documents.no-decision.motion']);
    const count = text(documents[1]);
    expect(count).toContain('Về việc cho thôi làm Tổ trưởng tổ dân phố 7');
    expect(count).toContain(`cho thôi làm Tổ trưởng tổ dân phố 7\t800\t${displayPercent(result.motion!.percent)}`);
    expect(count).toContain('64%');
  });

  it('English is marked as a translation', () => {
    const { documents } = docsOf(meeting2024(), 'en');
    expect(documents.every((d) => d.translation)).toBe(true);
    expect(text(documents[1])).toContain('Bản dịch tham khảo / translation');
    expect(text(documents[1])).toContain('Total households of Tổ dân phố 7: 1,250');
  });
});

describe('the invitation (Mẫu 01)', () => {
  it('in the form\'s order, filled from the record: the unit, the meeting\'s day in words and dd/MM/yyyy, who is invited and how many, the candidates, the texts in force', () => {
    const invitation = docsOf(meeting2024()).documents[0]!;
    expect(invitation.kind).toBe('invitation');
    expect(invitation.form).toBe('Mẫu số 01');
    // Mẫu 01 has no number line, and its date is the day the chair signs it: dotted.
    expect(invitation.number).toBeNull();
    expect(invitation.date).toBeNull();
    const all = text(invitation);
    const order = [
      'UBND XÃ/PHƯỜNG ……',
      'TỔ DÂN PHỐ 7',
      'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM',
      '……, ngày …… tháng …… năm ……',
      'GIẤY MỜI',
      'Trân trọng kính mời ông (bà): ……, đại diện hộ gia đình',
      'Về việc bầu Tổ trưởng tổ dân phố 7.',
      '1. Thời gian, địa điểm',
      // 15/12/2024 was a Sunday.
      'a) Thời gian: …… giờ …… phút, Chủ nhật, ngày 15 tháng 12 năm 2024 (15/12/2024).',
      'b) Địa điểm: ……',
      '2. Thành phần',
      'a) Chủ trì: Ông (bà) ……, Tổ trưởng Tổ bầu cử',
      'b) Đại biểu tham dự: đại diện các hộ gia đình của Tổ dân phố 7 (tổng số 1.250 hộ gia đình)',
      '3. Nội dung',
      'Bầu Tổ trưởng tổ dân phố 7 theo quy định tại Điều 15 Luật 10/2022/QH15 và Điều 6–9 Nghị định 59/2023/NĐ-CP.',
      'Danh sách người ứng cử: Nguyễn Thị Lan, Hồ Văn Tâm.',
      '4. Đầu mối liên hệ thông tin về cuộc họp: ……',
      '5. Các tài liệu phục vụ cuộc họp (nếu có): ……',
      'Tổ dân phố 7 đề nghị ông (bà) bố trí thời gian tham gia đầy đủ, đúng thành phần./.',
      'CHỦ TRÌ CUỘC HỌP',
    ];
    let at = -1;
    for (const line of order) {
      const found = all.indexOf(line, at + 1);
      expect(found, line).toBeGreaterThan(at);
      at = found;
    }
    // Nothing the meeting later decided is on it.
    expect(all).not.toContain('700');
    expect(all).not.toContain('trúng cử');
  });

  it('what the data cannot know is a placeholder, each with what goes there', () => {
    const invitation = docsOf(meeting2024()).documents[0]!;
    const hints = invitation.body.flatMap((b) => (b.kind === 'paragraph' ? b.segments : b.kind === 'signatures' ? b.signers.map((x) => x.name) : [])).flatMap((s) => ('placeholder' in s ? [s.hint] : []));
    expect(hints).toEqual(['họ và tên người được mời', 'giờ', 'phút', 'địa điểm', 'họ và tên', 'đại biểu khác', 'họ tên, số điện thoại', 'tài liệu', 'họ và tên người ký']);
  });

  it('a 2021 meeting of voters: the texts of its time, no form label (Nghị định 59/2023 came later), the voters invited', () => {
    const record = meeting2024({ electionDate: '2021-01-10', electorateBase: 'voters', totalElectorate: 420, present: 380, votingMode: 'show_of_hands', ballots: undefined, candidates: [{ name: 'Phạm Thị Hòa', votes: 300 }] });
    const invitation = docsOf(record).documents[0]!;
    expect(invitation.kind).toBe('invitation');
    expect(invitation.form).toBeNull();
    const all = text(invitation);
    expect(all).toContain('Chủ nhật, ngày 10 tháng 01 năm 2021 (10/01/2021)');
    expect(all).toContain('cử tri của Tổ dân phố 7 (tổng số 420 cử tri)');
    expect(all).toContain('theo quy định tại Điều 6–8 Nghị quyết liên tịch 09/2008/NQLT-CP-UBTWMTTQVN');
    expect(all).not.toContain('59/2023');
    expect(all).not.toContain('đại diện hộ gia đình');
  });

  it('a cho thôi làm meeting: its subject, no candidates, no election group in the chair', () => {
    const all = text(docsOf(meeting2024({ purpose: 'cho-thoi-lam', candidates: undefined, motion: { subject: 'Nguyễn Văn Hùng', votesFor: 800 } })).documents[0]);
    expect(all).toContain('Về việc cho thôi làm Tổ trưởng tổ dân phố 7.');
    expect(all).not.toContain('Tổ bầu cử');
    expect(all).not.toContain('Danh sách người ứng cử');
  });

  it('no invitation for ballots taken to each household (there was no meeting), said why', () => {
    const { documents, omitted } = docsOf(meeting2024({ votingMode: 'household_ballot', present: 900, ballots: { issued: 1250, returned: 900, valid: 890, invalid: 10 }, candidates: [{ name: 'Nguyễn Thị Lan', votes: 800 }] }));
    expect(documents.map((d) => d.kind)).not.toContain('invitation');
    expect(omitted.map((o) => [o.kind, o.code])).toEqual([['invitation', 'documents.no-invitation.household-ballot']]);
  });

  it('English: marked as a translation, the date as words and ISO', () => {
    const invitation = docsOf(meeting2024(), 'en').documents[0]!;
    expect(invitation.translation).toBe(true);
    const all = text(invitation);
    expect(all).toContain('Bản dịch tham khảo / translation');
    expect(all).toContain('INVITATION');
    expect(all).toContain('Sunday 15 December 2024 (2024-12-15)');
    expect(all).toContain('(1,250 households in all)');
  });
});

describe('candidateListDocument (Mẫu 05)', () => {
  const list = [
    { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1975-09-05', gender: 'female' as const },
    { fullName: 'Hồ Văn Tâm', dateOfBirth: null, gender: null },
  ];

  it('the candidates in order, dates dd/MM/yyyy, the form label from 15/08/2023, the deadline from the timeline', () => {
    const timeline = electionTimeline('2024-12-15', { province: '46' });
    const doc = candidateListDocument('Thôn Phú Lộc', '2024-12-15', list, { province: '46' });
    expect(doc.form).toBe('Mẫu số 05');
    const all = documentPlainText(doc);
    expect(all).toContain('Dự kiến danh sách người ứng cử Trưởng thôn Phú Lộc');
    expect(all).toContain('1\tNguyễn Thị Lan\t05/09/1975\tNữ\t');
    expect(all).toContain('2\tHồ Văn Tâm\t\t\t');
    expect(all).toContain('để bầu vào ngày 15/12/2024');
    const step = timeline.steps.find((s) => s.id === 'candidate-list')!;
    expect(step.date).not.toBeNull();
    expect(all).toContain(`Thống nhất danh sách người ứng cử: chậm nhất ngày ${step.date!.split('-').reverse().join('/')}`);
  });

  it('before Nghị định 59/2023: no form label', () => {
    expect(candidateListDocument('Tổ dân phố 1', '2021-01-10', list).form).toBeNull();
  });

  it('in English: the field labels as headings, the gender words, one candidate or several', () => {
    const two = documentPlainText(candidateListDocument('Tổ dân phố 1', '2024-12-15', list, { lang: 'en' }));
    expect(two).toContain('No.\tFull name\tDate of birth\tGender\tNote');
    expect(two).toContain('1\tNguyễn Thị Lan\t1975-09-05\tFemale\t');
    expect(two).toContain('a list of 2 candidates for');
    expect(documentPlainText(candidateListDocument('Tổ dân phố 1', '2024-12-15', list.slice(0, 1), { lang: 'en' }))).toContain('a list of 1 candidate for');
  });
});

describe('a province data file\'s own documents in the documents', () => {
  // A hand-written file for Hà Nội setting the recognition deadline, as a portal team would drop it in.
  const file = {
    id: '01-test-recognition',
    province: { code: '01', name: 'Hà Nội', from: '2005-05-12', to: '2025-06-30' },
    documents: [{ number: '98/2018/QĐ-UBND', type: 'Quyết định', issuer: 'UBND thành phố Hà Nội', title: 'Quy chế (test)', signed: '2018-12-20', effective: '2019-01-01', kind: 'law', confidence: 'confirmed' }],
    parameters: { 'recognition.workingDays': [{ from: '2019-01-01', to: '2025-06-30', value: 4, citations: [{ document: '98/2018/QĐ-UBND', article: '15', clause: '2', confidence: 'confirmed' }] }] },
  };
  const overlays = loadOverlays([...BUILT_IN_OVERLAYS, file as never]);
  const cited = 'khoản 2 Điều 15 Quyết định 98/2018/QĐ-UBND của UBND thành phố Hà Nội';

  it('the recognition draft cites it with its kind and issuer, in its "Căn cứ" lines and its deadline', () => {
    const record = meeting2024({ province: '01', unit: { name: 'Thôn Đông' } });
    const result = evaluateMeeting(record, { overlays });
    expect(result.outcome).toBe('elected');
    const decision = meetingDocuments(record, result, { overlays }).documents.find((d) => d.kind === 'recognition-decision');
    const all = text(decision);
    expect(all).toContain(`Căn cứ ${cited};`);
    expect(all).not.toMatch(/(^|[^ ])98\/2018\/QĐ-UBND(?! của)/mu);
  });
});

describe('candidateListEntry', () => {
  it('takes the name, the unit, the birth date and gender of a row; says which needed fields are missing; a deputy is on no list', () => {
    expect(candidateListEntry({ fullName: 'Nguyễn Thị Lan', unitName: 'Thôn Phú Lộc', dateOfBirth: '1975-09-05', gender: 'female' })).toEqual({
      unit: 'Thôn Phú Lộc',
      candidate: { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1975-09-05', gender: 'female' },
      deputy: false,
      missing: [],
    });
    expect(candidateListEntry({ fullName: '', dateOfBirth: '1975-02-30', gender: 'x' })).toEqual({ unit: null, candidate: null, deputy: false, missing: ['fullName', 'unitName'] });
    expect(candidateListEntry({ fullName: 'Hồ Văn Tâm', unitName: 'Tổ 1', dateOfBirth: 'not a date', role: 'deputy' })).toMatchObject({ candidate: { fullName: 'Hồ Văn Tâm', dateOfBirth: null, gender: null }, deputy: true, missing: [] });
  });
});
