import { compareDates, dayOfWeek, type IsoDate, type MeetingRecord, meetingRecordSchema, parseInput } from '@truongthon/core';
import type { Lang } from '../messages/catalogue';

import { citationText } from '../messages/citation';
import { dateInWords, displayDate } from '../messages/date';
import { formatMessage } from '../messages/index';
import type { ProcedureStep } from '../procedure/context';
import type { MeetingResult } from '../procedure/evaluateMeeting';
import { electionTimeline, type TimelineResult } from '../procedure/electionTimeline';
import type { OverlayRegistry } from '../provinces/index';
import { resolveRegime } from '../regimes/index';
import { SOURCES } from '../sources';
import { displayCount, displayPercent } from '../messages/number';
import { basisLines, blank, leaderOf, placeDateLine, t } from './format';
import type { Block, DocumentKind, OfficialDocument, Segment, Signer } from './model';

/** Options of {@link meetingDocuments}. */
export interface MeetingDocumentOptions {
  /** `vi` (default): the documents as issued. `en`: an English rendering, marked as a translation. */
  readonly lang?: Lang;
  /** The date to print on the draft decision; by default left for the signer (dotted). */
  readonly decisionDate?: IsoDate | null;
  /**
   * The province overlays the meeting was evaluated with (default: the
   * built-in ones): the timeline of the meeting date and province, whose
   * `decision-sent` step (the resolution, Mẫu 03, sent to the commune;
   * Nghị định 59/2023) is printed on the resolution when the result has
   * none, is read with them.
   */
  readonly overlays?: OverlayRegistry;
}

/** Why a document of a meeting was not made: a code and its text. */
export interface OmittedDocument {
  /** The document not made, or `all` when the record gives none. */
  readonly kind: DocumentKind | 'all';
  readonly code: OmissionCode;
  readonly message: string;
}

/** Codes of {@link OmittedDocument}. */
export type OmissionCode =
  | 'documents.record-invalid'
  | 'documents.record-inconsistent'
  | 'documents.record-undetermined'
  | 'documents.no-invitation.household-ballot'
  | 'documents.no-decision.invalid-meeting'
  | 'documents.no-decision.household-ballot'
  | 'documents.no-decision.interim'
  | 'documents.no-decision.motion';

/** The documents of one meeting record and those that could not be made. */
export interface MeetingDocuments {
  /** In order: the invitation (Mẫu 01; not for a household-ballot count, which has no meeting), the count record (Mẫu 02 or 04), the resolution (Mẫu 03), the draft decision. */
  readonly documents: readonly OfficialDocument[];
  readonly omitted: readonly OmittedDocument[];
}

const OMISSION_TEXT: Readonly<Record<OmissionCode, { readonly vi: string; readonly en: string }>> = {
  'documents.record-invalid': { vi: 'Biên bản có dữ liệu lỗi: không lập được văn bản nào.', en: 'The record has invalid data: no document can be made.' },
  'documents.record-inconsistent': { vi: 'Các số liệu của biên bản mâu thuẫn nhau: không lập được văn bản nào cho đến khi số liệu được sửa.', en: 'The figures of the record contradict each other: no document until they are corrected.' },
  'documents.record-undetermined': { vi: 'Chưa xác định được kết quả theo quy định đang áp dụng: không lập được văn bản nào.', en: 'No outcome can be determined under the rules in force: no document.' },
  'documents.no-invitation.household-ballot': { vi: 'Phiếu lấy ý kiến được phát tới từng hộ gia đình, không có cuộc họp: không có giấy mời (Mẫu số 01).', en: 'The ballots were taken to each household, with no meeting: no invitation (form 01).' },
  'documents.no-decision.invalid-meeting': { vi: 'Hội nghị không hợp lệ: không có quyết định công nhận hay bầu lại.', en: 'The meeting was not valid: no recognition or re-run decision.' },
  'documents.no-decision.household-ballot': { vi: 'Phải phát phiếu lấy ý kiến tới từng hộ gia đình: quyết định được lập sau khi kiểm phiếu đó (Mẫu số 04).', en: 'Ballots must go to each household: the decision follows their count (form 04).' },
  'documents.no-decision.interim': { vi: 'Bầu lại vẫn không có người trúng cử: quyết định cử người tạm thời đảm nhiệm chưa có mẫu trong truongthon.', en: 'The re-run elected no one either: truongthon has no draft for the interim appointment.' },
  'documents.no-decision.motion': { vi: 'Quyết định về việc cho thôi làm, miễn nhiệm, bãi nhiệm chưa có mẫu trong truongthon.', en: 'truongthon has no draft decision for a dismissal, removal or cho thôi làm.' },
};

const omit = (kind: OmittedDocument['kind'], code: OmissionCode, lang: Lang): OmittedDocument => ({ kind, code, message: OMISSION_TEXT[code][lang] });

/** The day the forms of Nghị định 59/2023/NĐ-CP apply from. */
const FORMS_FROM: IsoDate = SOURCES['59/2023/NĐ-CP'].effective;

/** Everything the documents of one meeting share. */
interface Facts {
  readonly lang: Lang;
  readonly record: MeetingRecord;
  readonly result: MeetingResult;
  readonly unit: string;
  readonly leader: string;
  readonly date: IsoDate;
  /** What one vote is, for "Tổng số …": "hộ gia đình" / "cử tri". */
  readonly base: string;
  readonly formsApply: boolean;
  readonly timeline: TimelineResult | null;
  /** The documents of the province data in use, for the citations. */
  readonly documents: OverlayRegistry['documents'];
}

/** The timeline of the meeting's date in the province the result was read for; `null` when it cannot be made. */
function timelineOf(date: IsoDate, result: MeetingResult, overlays: OverlayRegistry | undefined): TimelineResult | null {
  const timeline = electionTimeline(date, { province: result.province?.code ?? null, ...(overlays ? { overlays } : {}) });
  return timeline.ok ? timeline : null;
}

/**
 * The documents {@link meetingDocuments} can make for a meeting, as a caller
 * asks for one: the count record stands for Mẫu số 02 or, for ballots taken
 * to each household, Mẫu số 04 (`household-count-record`).
 */
export const MEETING_DOCUMENT_KINDS = ['invitation', 'count-record', 'resolution', 'recognition-decision', 'rerun-decision'] as const satisfies readonly DocumentKind[];

/**
 * The official documents of one meeting, filled from its record and the
 * result `evaluateMeeting` gave for it (every figure, percentage and date is
 * the result's; nothing is counted again):
 * - the invitation to the meeting: NĐ 59/2023 Mẫu số 01 (giấy mời), with
 *   the meeting's date, the households or voters invited, the candidates and
 *   the texts the election is held under; none for a count of ballots taken
 *   to each household (there is no meeting to invite to);
 * - the count record: NĐ 59/2023 Mẫu số 02 (biên bản kiểm phiếu), or Mẫu số
 *   04 when the record is the count of ballots taken to each household
 *   (`votingMode: 'household_ballot'`);
 * - the meeting's resolution or minutes (Mẫu số 03);
 * - the draft decision of the UBND cấp xã: công nhận kết quả when someone was
 *   elected, with its deadline; tổ chức bầu lại when no one was after a first
 *   round.
 * Before Nghị định 59/2023 took effect (15/08/2023) the same content is made
 * without the form's label. What the data cannot know (the commune's name,
 * the document's number, the place and hour, the signers) is a placeholder.
 * A record that is invalid, inconsistent or undetermined gives no documents,
 * and says why in `omitted`. Pure: no clock, no I/O.
 *
 * @example
 * const result = evaluateMeeting(record);
 * const { documents } = meetingDocuments(record, result);
 * documents.map((d) => d.kind) // ['invitation', 'count-record', 'resolution', 'recognition-decision']
 */
export function meetingDocuments(record: unknown, result: MeetingResult, options: MeetingDocumentOptions = {}): MeetingDocuments {
  const lang = options.lang ?? 'vi';
  if (result.outcome === 'invalid') return { documents: [], omitted: [omit('all', 'documents.record-invalid', lang)] };
  if (result.outcome === 'inconsistent') return { documents: [], omitted: [omit('all', 'documents.record-inconsistent', lang)] };
  if (result.outcome === 'undetermined') return { documents: [], omitted: [omit('all', 'documents.record-undetermined', lang)] };
  const parsed = parseInput(meetingRecordSchema, record);
  if (!parsed.ok) return { documents: [], omitted: [omit('all', 'documents.record-invalid', lang)] };
  const r = parsed.value;
  const facts: Facts = {
    lang,
    record: r,
    result,
    unit: r.unit.name,
    leader: leaderOf(r.unit.name, r.unit.kind, lang),
    date: r.electionDate,
    base: r.electorateBase === 'households' ? (lang === 'vi' ? 'hộ gia đình' : 'households') : lang === 'vi' ? 'cử tri' : 'voters',
    formsApply: compareDates(r.electionDate, FORMS_FROM) >= 0,
    timeline: timelineOf(r.electionDate, result, options.overlays),
    documents: options.overlays?.documents,
  };
  const household = r.votingMode === 'household_ballot';
  const documents: OfficialDocument[] = [...(household ? [] : [invitation(facts)]), countRecord(facts), resolution(facts)];
  const omitted: OmittedDocument[] = household ? [omit('invitation', 'documents.no-invitation.household-ballot', lang)] : [];
  const purpose = r.purpose ?? 'election';
  if (purpose !== 'election') omitted.push(omit('recognition-decision', 'documents.no-decision.motion', lang));
  else if (result.outcome === 'elected') documents.push(recognitionDecision(facts, options.decisionDate ?? null));
  else if (result.outcome === 'no-winner' && result.rerun) documents.push(rerunDecision(facts, options.decisionDate ?? null));
  else if (result.outcome === 'no-winner') omitted.push(omit('rerun-decision', 'documents.no-decision.interim', lang));
  else if (result.outcome === 'household-ballot-required') omitted.push(omit('recognition-decision', 'documents.no-decision.household-ballot', lang));
  else omitted.push(omit('recognition-decision', 'documents.no-decision.invalid-meeting', lang));
  return { documents, omitted };
}

// ─── Shared parts ────────────────────────────────────────────────────────────

const MOTTO = { vi: ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'], en: ["SOCIALIST REPUBLIC OF VIET NAM", 'Independence - Freedom - Happiness'] } as const;

const p = (segments: readonly Segment[], extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => ({ kind: 'paragraph', segments, indent: true, ...extra });
const line = (text: string, extra: Partial<Extract<Block, { kind: 'paragraph' }>> = {}): Block => p([t(text)], extra);
const center = (text: string, bold = true): Block => ({ kind: 'paragraph', segments: [t(text)], align: 'center', bold });

function communeLine(lang: Lang): Segment[] {
  return lang === 'vi' ? [t('UBND XÃ/PHƯỜNG '), blank('tên xã, phường')] : [t('PEOPLE\'S COMMITTEE OF '), blank('commune, ward')];
}

function unitLine(f: Facts): Segment[] {
  return [t(f.unit.toLocaleUpperCase(f.lang === 'vi' ? 'vi' : 'en'), { bold: true })];
}

function signer(title: string, lang: Lang, seal = false): Signer {
  const note = lang === 'vi' ? (seal ? '(Ký, ghi rõ họ tên, đóng dấu)' : '(Ký, ghi rõ họ tên)') : seal ? '(Signature, full name, seal)' : '(Signature, full name)';
  return { title, note, name: blank(lang === 'vi' ? 'họ và tên người ký' : 'name of the signer') };
}

function purposeText(f: Facts): string {
  const vi = f.lang === 'vi';
  switch (f.record.purpose ?? 'election') {
    case 'dismissal':
      return vi ? `miễn nhiệm ${f.leader}` : `dismissing the ${f.leader}`;
    case 'removal':
      return vi ? `bãi nhiệm ${f.leader}` : `removing the ${f.leader}`;
    case 'cho-thoi-lam':
      return vi ? `cho thôi làm ${f.leader}` : `relieving the ${f.leader} (cho thôi làm)`;
    default:
      return f.record.round === 'rerun' ? (vi ? `bầu lại ${f.leader}` : `re-electing the ${f.leader}`) : vi ? `bầu ${f.leader}` : `electing the ${f.leader}`;
  }
}

/** "Hôm nay, vào hồi … giờ … phút, ngày 10/01/2021, tại …, Tổ dân phố 1 tổ chức …" */
function openingLine(f: Facts, what: string): Block {
  if (f.lang === 'en') return p([t('Today, at '), blank('hour'), t(` on ${displayDate(f.date, 'en')}, at `), blank('place'), t(`, ${f.unit} held ${what}.`)]);
  return p([t('Hôm nay, vào hồi '), blank('giờ'), t(' giờ '), blank('phút'), t(` phút, ngày ${displayDate(f.date)}, tại `), blank('địa điểm'), t(`, ${f.unit} tổ chức ${what}.`)]);
}

function numberedBlanks(count: number, role: (i: number) => string, lang: Lang): Block[] {
  return Array.from({ length: count }, (_, i) => p([t(lang === 'vi' ? `${i + 1}. Ông (bà) ` : `${i + 1}. Mr/Ms `), blank(lang === 'vi' ? 'họ và tên' : 'full name'), t(role(i) ? ` – ${role(i)}` : '')]));
}

/** The figures of the count: electorate, attendance, ballots. */
function figureLines(f: Facts): Block[] {
  const { record: r, result, lang } = f;
  const vi = lang === 'vi';
  const n = (v: number) => displayCount(v, lang);
  const household = r.votingMode === 'household_ballot';
  const lines: Block[] = [line(vi ? `- Tổng số ${f.base} của ${f.unit}: ${n(r.totalElectorate)}` : `- Total ${f.base} of ${f.unit}: ${n(r.totalElectorate)}`)];
  if (household) {
    lines.push(line(vi ? `- Số hộ gia đình tham gia ý kiến: ${n(r.present)}` : `- Households that returned their ballot: ${n(r.present)}`));
  } else {
    const who = r.electorateBase === 'households' ? (vi ? 'đại diện hộ gia đình' : 'household representatives') : vi ? 'cử tri' : 'voters';
    const share = result.quorum ? ` (${displayPercent(result.quorum.percent, lang)}${vi ? ` tổng số ${f.base}` : ` of all ${f.base}`})` : '';
    lines.push(line(vi ? `- Số ${who} tham dự cuộc họp: ${n(r.present)}${share}` : `- ${who[0]!.toUpperCase()}${who.slice(1)} present: ${n(r.present)}${share}`));
  }
  if (r.votingMode === 'show_of_hands') lines.push(line(vi ? '- Hình thức biểu quyết: giơ tay' : '- Vote taken by show of hands'));
  const b = r.ballots;
  const ballot = (label: [string, string], value: number | null | undefined) => {
    if (value !== null && value !== undefined) lines.push(line(`- ${vi ? label[0] : label[1]}: ${n(value)}`));
  };
  if (b) {
    ballot(['Số phiếu phát ra', 'Ballots issued'], b.issued);
    ballot(['Số phiếu thu vào', 'Ballots returned'], b.returned);
    ballot(['Số phiếu hợp lệ', 'Valid ballots'], b.valid);
    ballot(['Số phiếu không hợp lệ', 'Invalid ballots'], b.invalid);
  }
  return lines;
}

/** The votes: one row per candidate, or the motion's votes for. */
function votesTable(f: Facts): Block | null {
  const { result, lang } = f;
  const vi = lang === 'vi';
  const share = vi ? `Tỷ lệ so với tổng số ${f.base}` : `Share of all ${f.base}`;
  const votes = f.record.votingMode === 'show_of_hands' ? (vi ? 'Số người biểu quyết đồng ý' : 'Hands raised') : vi ? 'Số phiếu bầu' : 'Votes';
  if (result.motion) {
    return { kind: 'table', header: [vi ? 'Nội dung' : 'Question', votes, share], align: ['left', 'right', 'right'], rows: [[purposeText(f), displayCount(result.motion.votesFor, lang), displayPercent(result.motion.percent, lang)]] };
  }
  if (result.candidates.length === 0) return null;
  return {
    kind: 'table',
    header: [vi ? 'STT' : 'No.', vi ? 'Họ và tên người ứng cử' : 'Candidate', votes, share],
    align: ['center', 'left', 'right', 'right'],
    rows: result.candidates.map((c, i) => [displayCount(i + 1, lang), c.name, displayCount(c.votes, lang), displayPercent(c.percent, lang)]),
  };
}

/** The step of a result with that id, if any. */
const stepOf = (result: MeetingResult, id: ProcedureStep['id']): ProcedureStep | undefined => result.steps.find((s) => s.id === id);

/** "chậm nhất ngày 14/01/2021 (trong 4 ngày làm việc; Điều 8 …)", or the basis when no text sets a date. `documents`: see `basisLines`. */
export function deadlineText(step: ProcedureStep, lang: Lang, documents?: OverlayRegistry['documents']): string {
  const days = 'days' in step.basis ? step.basis.days : undefined;
  const basis = formatMessage(`basis.${step.basis.kind}`, days === undefined ? {} : { days }, lang);
  const cites = basisLines(step.citations, lang, documents).map((l) => l.replace(/^(Căn cứ|Having regard to) /u, '').replace(/;$/u, '')).join('; ');
  if (step.date === null) return lang === 'vi' ? `thời hạn: ${basis}${cites ? ` (${cites})` : ''}` : `deadline: ${basis}${cites ? ` (${cites})` : ''}`;
  return lang === 'vi' ? `chậm nhất ngày ${displayDate(step.date)} (${basis}${cites ? `; ${cites}` : ''})` : `by ${step.date} at the latest (${basis}${cites ? `; ${cites}` : ''})`;
}

/** What the count decided, in one sentence, from the result. */
function outcomeSentence(f: Facts): string {
  const { result, lang } = f;
  const vi = lang === 'vi';
  const thr = result.winThreshold ? displayPercent(result.winThreshold.percent, lang) : '50%';
  switch (result.outcome) {
    case 'elected': {
      const w = result.winner!;
      return vi
        ? `Ông (bà) ${w.name} được ${displayCount(w.votes, lang)} phiếu, đạt ${displayPercent(w.percent, lang)} tổng số ${f.base} của ${f.unit} (trên ${thr}): trúng cử ${f.leader}.`
        : `${w.name} received ${displayCount(w.votes, lang)} votes, ${displayPercent(w.percent, lang)} of all ${f.base} of ${f.unit} (more than ${thr}): elected ${f.leader}.`;
    }
    case 'no-winner':
      return vi
        ? `Không người ứng cử nào được trên ${thr} tổng số ${f.base} của ${f.unit}: không có người trúng cử.`
        : `No candidate received more than ${thr} of all ${f.base} of ${f.unit}: no one was elected.`;
    case 'household-ballot-required':
    case 'invalid-meeting': {
      const q = result.quorum!;
      const head = vi
        ? `Số người tham dự (${displayPercent(q.percent, lang)}) không quá ${displayPercent(q.requiredPercent, lang)} tổng số ${f.base}: ${formatMessage(`outcome.${result.outcome}`, {}, lang).toLocaleLowerCase('vi')}`
        : `Attendance (${displayPercent(q.percent, lang)}) did not exceed ${displayPercent(q.requiredPercent, lang)} of all ${f.base}: ${formatMessage(`outcome.${result.outcome}`, {}, lang).toLowerCase()}`;
      const step = result.householdBallot;
      return step ? `${head}, ${deadlineText(step, lang, f.documents)}.` : `${head}.`;
    }
    case 'carried':
    case 'not-carried': {
      const m = result.motion!;
      return vi
        ? `Số đồng ý ${displayCount(m.votesFor, lang)} (${displayPercent(m.percent, lang)} tổng số ${f.base}): ${formatMessage(`outcome.${result.outcome}`, {}, lang).toLocaleLowerCase('vi')}.`
        : `Votes for: ${displayCount(m.votesFor, lang)} (${displayPercent(m.percent, lang)} of all ${f.base}): ${formatMessage(`outcome.${result.outcome}`, {}, lang).toLowerCase()}.`;
    }
    default:
      return formatMessage(`outcome.${result.outcome}`, {}, lang);
  }
}

function header(f: Facts, kind: DocumentKind, form: string | null, issuer: Segment[][], title: string, subject: string, body: Block[], extra: { number?: Segment[] | null; date?: IsoDate | null; draft?: boolean } = {}): OfficialDocument {
  return {
    kind,
    lang: f.lang,
    translation: f.lang !== 'vi',
    draft: extra.draft ?? false,
    form: f.formsApply && form ? (f.lang === 'vi' ? form : form.replace('Mẫu số', 'Form')) : null,
    issuer,
    number: extra.number ?? null,
    motto: f.lang === 'vi' ? MOTTO.vi : MOTTO.en,
    placeDate: placeDateLine(extra.date === undefined ? f.date : extra.date, f.lang),
    title,
    subject: [t(subject)],
    body,
    date: extra.date === undefined ? f.date : extra.date,
    unit: f.unit,
  };
}

// ─── Mẫu 01 ──────────────────────────────────────────────────────────────────

const WEEKDAYS = { vi: ['Chủ nhật', 'Thứ Hai', 'Thứ Ba', 'Thứ Tư', 'Thứ Năm', 'Thứ Sáu', 'Thứ Bảy'], en: ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] } as const;

/**
 * The invitation to the meeting (Nghị định 59/2023/NĐ-CP Mẫu số 01, giấy
 * mời), in the form's order: whom it invites, about what, 1. time and place,
 * 2. who chairs and who attends, 3. what the meeting does, 4. the contact,
 * 5. the papers. Filled from the record: the unit, the meeting's day (in
 * words, with its weekday, and `dd/MM/yyyy`), the households or voters it
 * invites and how many, the candidates, the texts in force on the meeting's
 * date. The invitee, the hour, the place, the chair's name, the contact and
 * the day the invitation is signed are the clerk's (placeholders). Mẫu 01
 * has no number line, so none is printed.
 */
function invitation(f: Facts): OfficialDocument {
  const vi = f.lang === 'vi';
  const { record: r } = f;
  const what = purposeText(f);
  const households = r.electorateBase === 'households';
  const election = (r.purpose ?? 'election') === 'election';
  const bold = (text: string): Block => line(text, { bold: true });
  const weekday = WEEKDAYS[f.lang][dayOfWeek(f.date)]!;
  // The texts the meeting is held under, on its date (each once): "Điều 15 Luật 10/2022/QH15 và Điều 6–9 Nghị định 59/2023/NĐ-CP".
  const texts = [...new Set((resolveRegime(f.date)?.procedure ?? []).map((c) => citationText(c, f.lang, f.documents)))];
  const under = texts.length === 0 ? '' : vi ? ` theo quy định tại ${texts.join(' và ')}` : ` under ${texts.join(' and ')}`;
  const invited = households
    ? vi ? `đại diện các hộ gia đình của ${f.unit} (tổng số ${displayCount(r.totalElectorate, f.lang)} hộ gia đình)` : `the household representatives of ${f.unit} (${displayCount(r.totalElectorate, f.lang)} households in all)`
    : vi ? `cử tri của ${f.unit} (tổng số ${displayCount(r.totalElectorate, f.lang)} cử tri)` : `the voters of ${f.unit} (${displayCount(r.totalElectorate, f.lang)} in all)`;
  const names = f.result.candidates.map((c) => c.name);
  const body: Block[] = [
    p(vi
      ? [t('Trân trọng kính mời ông (bà): '), blank('họ và tên người được mời'), t(households ? ', đại diện hộ gia đình' : '')]
      : [t('Mr/Ms '), blank('name of the person invited'), t(households ? ', representing a household,' : ''), t(' is kindly invited')]),
    line(vi ? `Về việc ${what}.` : `Subject: ${what}.`),
    bold(vi ? '1. Thời gian, địa điểm' : '1. Time and place'),
    p(vi
      ? [t('a) Thời gian: '), blank('giờ'), t(' giờ '), blank('phút'), t(` phút, ${weekday}, ${dateInWords(f.date)} (${displayDate(f.date)}).`)]
      : [t('a) Time: '), blank('hour'), t(`, ${weekday} ${dateInWords(f.date, 'en')} (${f.date}).`)]),
    p(vi ? [t('b) Địa điểm: '), blank('địa điểm')] : [t('b) Place: '), blank('place')]),
    bold(vi ? '2. Thành phần' : '2. Participants'),
    // The election meeting is convened and chaired by the election group (Tổ bầu cử); a vote to remove, by its convener.
    p(vi
      ? [t('a) Chủ trì: Ông (bà) '), blank('họ và tên'), t(election ? ', Tổ trưởng Tổ bầu cử' : '')]
      : [t('a) Chair: Mr/Ms '), blank('name'), t(election ? ', head of the election group' : '')]),
    p(vi ? [t(`b) Đại biểu tham dự: ${invited}; đại biểu khác (nếu có): `), blank('đại biểu khác')] : [t(`b) Attending: ${invited}; other guests (if any): `), blank('other guests')]),
    bold(vi ? '3. Nội dung' : '3. Agenda'),
    line(vi ? `${what.charAt(0).toLocaleUpperCase('vi')}${what.slice(1)}${under}.` : `${what.charAt(0).toUpperCase()}${what.slice(1)}${under}.`),
  ];
  if (election && names.length > 0) body.push(line(vi ? `Danh sách người ứng cử: ${names.join(', ')}.` : `Candidates: ${names.join(', ')}.`));
  body.push(
    // Numbered headings in bold, as 1–3 above.
    p(vi ? [t('4. Đầu mối liên hệ thông tin về cuộc họp: ', { bold: true }), blank('họ tên, số điện thoại')] : [t('4. Contact for the meeting: ', { bold: true }), blank('name, telephone')]),
    p(vi ? [t('5. Các tài liệu phục vụ cuộc họp (nếu có): ', { bold: true }), blank('tài liệu')] : [t('5. Papers for the meeting (if any): ', { bold: true }), blank('papers')]),
    line(vi ? `${f.unit} đề nghị ông (bà) bố trí thời gian tham gia đầy đủ, đúng thành phần./.` : `${f.unit} asks you to attend in person./.`),
    { kind: 'signatures', signers: [signer(vi ? 'CHỦ TRÌ CUỘC HỌP' : 'CHAIR OF THE MEETING', f.lang)] },
  );
  const doc = header(f, 'invitation', 'Mẫu số 01', [communeLine(f.lang), unitLine(f)], vi ? 'GIẤY MỜI' : 'INVITATION', '', body, { date: null });
  return { ...doc, subject: [] };
}

// ─── Mẫu 02 / Mẫu 04 ─────────────────────────────────────────────────────────

function countRecord(f: Facts): OfficialDocument {
  const vi = f.lang === 'vi';
  const household = f.record.votingMode === 'household_ballot';
  const what = purposeText(f);
  const subject = household
    ? vi ? `Về việc phát phiếu lấy ý kiến của hộ gia đình về việc ${what}` : `Count of the ballots taken to each household on ${what}`
    : vi ? `Về việc ${what}` : `On ${what}`;
  const body: Block[] = [
    household
      ? openingLine(f, vi ? `kiểm phiếu lấy ý kiến của hộ gia đình về việc ${what}` : `the count of the household ballots on ${what}`)
      : openingLine(f, vi ? `cuộc họp của cộng đồng dân cư về việc ${what}` : `a community meeting on ${what}`),
    line(vi ? (household ? 'Tổ bầu cử gồm các ông (bà) có tên sau:' : 'Ban kiểm phiếu gồm các ông (bà) có tên sau:') : household ? 'The election group:' : 'The counting board:'),
    ...numberedBlanks(3, (i) => (i === 0 ? (vi ? 'Tổ trưởng' : 'chair') : vi ? 'Thành viên' : 'member'), f.lang),
    line(vi ? 'Đại diện hộ gia đình chứng kiến việc kiểm phiếu gồm:' : 'Household representatives who witnessed the count:'),
    ...numberedBlanks(2, () => '', f.lang),
    line(vi ? 'Kết quả kiểm phiếu như sau:' : 'The count:', { bold: true }),
    ...figureLines(f),
  ];
  const table = votesTable(f);
  if (table) body.push(line(vi ? '- Số phiếu của từng người (tỷ lệ so với tổng số ' + f.base + ' của ' + f.unit + '):' : `- Votes (share of all ${f.base} of ${f.unit}):`), table);
  body.push(
    p([t(vi ? 'Kết quả: ' : 'Outcome: ', { bold: true }), t(outcomeSentence(f))]),
    p(vi ? [t('Biên bản kết thúc vào hồi '), blank('giờ'), t(' giờ '), blank('phút'), t(' phút cùng ngày.')] : [t('The record was closed at '), blank('hour'), t(' the same day.')]),
    { kind: 'signatures', signers: [signer(vi ? 'ĐẠI DIỆN HỘ GIA ĐÌNH CHỨNG KIẾN' : 'HOUSEHOLD WITNESSES', f.lang), signer(vi ? (household ? 'TỔ TRƯỞNG TỔ BẦU CỬ' : 'TỔ TRƯỞNG BAN KIỂM PHIẾU') : 'CHAIR', f.lang)] },
  );
  return header(f, household ? 'household-count-record' : 'count-record', household ? 'Mẫu số 04' : 'Mẫu số 02', [communeLine(f.lang), unitLine(f)], vi ? 'BIÊN BẢN KIỂM PHIẾU' : 'VOTE COUNT RECORD', subject, body);
}

// ─── Mẫu 03 ──────────────────────────────────────────────────────────────────

function resolution(f: Facts): OfficialDocument {
  const vi = f.lang === 'vi';
  const what = purposeText(f);
  const body: Block[] = [
    openingLine(f, vi ? `cuộc họp của cộng đồng dân cư về việc ${what}` : `a community meeting on ${what}`),
    p(vi ? [t('Chủ trì cuộc họp: Ông (bà) '), blank('họ và tên, chức danh')] : [t('Chair: Mr/Ms '), blank('name, title')]),
    p(vi ? [t('Thư ký cuộc họp: Ông (bà) '), blank('họ và tên')] : [t('Secretary: Mr/Ms '), blank('name')]),
    line(vi ? 'Thành phần và số lượng tham dự:' : 'Attendance:', { bold: true }),
    ...figureLines(f),
  ];
  const names = f.result.candidates.map((c) => c.name);
  if (names.length > 0) body.push(line(vi ? `Danh sách người ứng cử: ${names.join(', ')}.` : `Candidates: ${names.join(', ')}.`));
  const table = votesTable(f);
  if (table) body.push(line(vi ? 'Kết quả biểu quyết:' : 'The vote:', { bold: true }), table);
  body.push(p([t(vi ? `Cộng đồng dân cư ${f.unit} thống nhất: ` : `The community of ${f.unit} agreed: `, { bold: true }), t(outcomeSentence(f))]));
  const sent = stepOf(f.result, 'decision-sent') ?? f.timeline?.steps.find((s) => s.id === 'decision-sent');
  if (sent) {
    body.push(
      p(vi
        ? [t('Nghị quyết (biên bản) này được gửi Ủy ban nhân dân xã/phường '), blank('tên xã, phường'), t(` ${deadlineText(sent, f.lang, f.documents)}.`)]
        : [t('This decision is sent to the people\'s committee of '), blank('commune, ward'), t(` ${deadlineText(sent, f.lang, f.documents)}.`)]),
    );
  }
  body.push(
    p(vi ? [t('Cuộc họp kết thúc vào hồi '), blank('giờ'), t(' giờ '), blank('phút'), t(' cùng ngày.')] : [t('The meeting closed at '), blank('hour'), t(' the same day.')]),
    { kind: 'signatures', signers: [signer(vi ? 'THƯ KÝ' : 'SECRETARY', f.lang), signer(vi ? 'CHỦ TRÌ' : 'CHAIR', f.lang)] },
  );
  const title = vi ? 'NGHỊ QUYẾT/BIÊN BẢN CUỘC HỌP CỦA CỘNG ĐỒNG DÂN CƯ' : 'RESOLUTION / MINUTES OF THE COMMUNITY MEETING';
  return header(f, 'resolution', 'Mẫu số 03', [communeLine(f.lang), unitLine(f)], title, vi ? `Về việc ${what}` : `On ${what}`, body);
}

// ─── Draft decisions ─────────────────────────────────────────────────────────

function decisionFrame(f: Facts, kind: DocumentKind, subject: string, citations: ProcedureStep['citations'], articles: Block[], deadline: ProcedureStep | null, date: IsoDate | null): OfficialDocument {
  const vi = f.lang === 'vi';
  const regime = resolveRegime(f.date);
  const countName = f.record.votingMode === 'household_ballot'
    ? vi ? 'Biên bản kiểm phiếu lấy ý kiến hộ gia đình' : 'the household ballot count record'
    : vi ? 'Biên bản kiểm phiếu' : 'the vote count record';
  const body: Block[] = [
    p(vi ? [t('CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ/PHƯỜNG '), blank('tên xã, phường')] : [t('THE CHAIR OF THE PEOPLE\'S COMMITTEE OF '), blank('commune, ward')], { align: 'center', bold: true, indent: false }),
    // The regime's texts, then the provisions the step rests on (a regime text whose document a provision names is left to the provision).
    ...basisLines([...(regime?.procedure ?? []).filter((c) => !citations.some((s) => s.document === c.document)), ...citations], f.lang, f.documents).map((l) => line(l, { italic: true })),
    // Other bases the commune cites (its own organisation law, a provincial rule) are not in the data: dotted.
    p(vi ? [t('Căn cứ '), blank('văn bản khác, nếu có'), t(';')] : [t('Having regard to '), blank('other texts, if any'), t(';')], { italic: true }),
    line(vi ? `Căn cứ ${countName} ngày ${displayDate(f.date)} của ${f.unit};` : `Having regard to ${countName} of ${f.unit} dated ${f.date};`, { italic: true }),
    p(vi ? [t('Theo đề nghị của '), blank('cơ quan, người đề nghị'), t('.')] : [t('On the proposal of '), blank('proposer'), t('.')], { italic: true }),
    center(vi ? 'QUYẾT ĐỊNH:' : 'DECIDES:'),
    ...articles,
    line(vi ? 'Điều 2. Quyết định này có hiệu lực kể từ ngày ký.' : 'Article 2. This decision takes effect on the day it is signed.'),
    p(vi
      ? [t('Điều 3. Văn phòng '), blank('đơn vị'), t(`, ${f.unit} và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.`)]
      : [t('Article 3. The office of '), blank('unit'), t(`, ${f.unit} and those concerned are responsible for carrying out this decision.`)]),
    {
      kind: 'signatures',
      signers: [
        { title: vi ? 'Nơi nhận:' : 'To:', note: vi ? '- Như Điều 3; - Lưu: VT.' : '- As in Article 3; - Archive.', name: { text: '' } },
        signer(vi ? 'CHỦ TỊCH' : 'CHAIR', f.lang, true),
      ],
    },
  ];
  if (deadline) {
    body.push(line(vi ? `Ghi chú soạn thảo (xóa trước khi ký): ${formatMessage(`step.${deadline.id}`, {}, 'vi')} ${deadlineText(deadline, 'vi', f.documents)}.` : `Drafting note (delete before signing): ${formatMessage(`step.${deadline.id}`, {}, 'en')} ${deadlineText(deadline, 'en', f.documents)}.`, { italic: true, indent: false }));
  }
  return header(f, kind, null, [[t(vi ? 'ỦY BAN NHÂN DÂN' : 'PEOPLE\'S COMMITTEE')], communeLine(f.lang).map((s) => ('text' in s ? t(s.text.replace(/^UBND |^PEOPLE'S COMMITTEE OF /u, ''), { bold: true }) : s))], vi ? 'QUYẾT ĐỊNH' : 'DECISION', subject, body, {
    number: vi ? [t('Số: '), blank('số'), t('/QĐ-UBND')] : [t('No. '), blank('number'), t('/QĐ-UBND')],
    date,
    draft: true,
  });
}

function recognitionDecision(f: Facts, date: IsoDate | null): OfficialDocument {
  const vi = f.lang === 'vi';
  const w = f.result.winner!;
  const step = f.result.recognition;
  const total = displayCount(f.record.totalElectorate, f.lang);
  const article = vi
    ? p([t(`Điều 1. Công nhận Ông (bà) ${w.name} trúng cử ${f.leader}, nhiệm kỳ `), blank('nhiệm kỳ'), t(`, với ${displayCount(w.votes, f.lang)}/${total} phiếu, đạt ${displayPercent(w.percent, f.lang)} tổng số ${f.base} của ${f.unit}, tại cuộc họp ngày ${displayDate(f.date)}.`)])
    : p([t(`Article 1. ${w.name} is recognised as elected ${f.leader}, term `), blank('term'), t(`, with ${displayCount(w.votes, f.lang)}/${total} votes, ${displayPercent(w.percent, f.lang)} of all ${f.base} of ${f.unit}, at the meeting of ${f.date}.`)]);
  return decisionFrame(f, 'recognition-decision', vi ? `Về việc công nhận kết quả bầu ${f.leader}` : `Recognising the election of the ${f.leader}`, step?.citations ?? [], [article], step, date);
}

function rerunDecision(f: Facts, date: IsoDate | null): OfficialDocument {
  const vi = f.lang === 'vi';
  const rerun = f.result.rerun!;
  const thr = f.result.winThreshold ? displayPercent(f.result.winThreshold.percent, f.lang) : '50%';
  const when = rerun.date
    ? [t(vi ? ` Thời gian bầu lại: ${deadlineText(rerun, 'vi', f.documents)}.` : ` Re-run: ${deadlineText(rerun, 'en', f.documents)}.`)]
    : vi ? [t(' Thời gian bầu lại: ngày '), blank('ngày bầu lại'), t(` (${deadlineText(rerun, 'vi', f.documents)}).`)] : [t(' Re-run on '), blank('date'), t(` (${deadlineText(rerun, 'en', f.documents)}).`)];
  const article = p([
    t(vi
      ? `Điều 1. Tổ chức bầu lại ${f.leader}, vì tại cuộc họp ngày ${displayDate(f.date)} không người ứng cử nào được trên ${thr} tổng số ${f.base} của ${f.unit}.`
      : `Article 1. A new vote for the ${f.leader} is held, because at the meeting of ${f.date} no candidate received more than ${thr} of all ${f.base} of ${f.unit}.`),
    ...when,
  ]);
  // Under Nghị định 59/2023 the commune decides the re-run within the recognition period (Điều 8): that deadline is the decision's own.
  const deadline = f.result.recognition ?? null;
  return decisionFrame(f, 'rerun-decision', vi ? `Về việc tổ chức bầu lại ${f.leader}` : `Re-running the election of the ${f.leader}`, [...(f.result.recognition?.citations ?? []), ...rerun.citations], [article], deadline, date);
}

/** The name of a document's kind, for an index and file names. */
export function documentKindName(kind: DocumentKind, lang: Lang = 'vi'): string {
  const names: Record<DocumentKind, [string, string]> = {
    invitation: ['Giấy mời họp', 'Invitation to the meeting'],
    'count-record': ['Biên bản kiểm phiếu', 'Vote count record'],
    'household-count-record': ['Biên bản kiểm phiếu lấy ý kiến hộ gia đình', 'Household ballot count record'],
    resolution: ['Nghị quyết/biên bản cuộc họp', 'Resolution / minutes of the meeting'],
    'recognition-decision': ['Dự thảo quyết định công nhận kết quả bầu', 'Draft recognition decision'],
    'rerun-decision': ['Dự thảo quyết định tổ chức bầu lại', 'Draft re-run decision'],
    'candidate-list': ['Biên bản cuộc họp dự kiến danh sách người ứng cử', 'Minutes agreeing the candidate list'],
    report: ['Báo cáo kết quả', 'Report'],
  };
  return names[kind][lang === 'vi' ? 0 : 1];
}

