import { compareDates, isIsoDate, type IsoDate } from '@truongthon/core';
import type { Lang } from '../messages/catalogue';
import { displayDate } from '../messages/date';
import { fillTemplate } from '../messages/format';
import { formatMessage } from '../messages/index';
import { electionTimeline } from '../procedure/electionTimeline';
import type { OverlayRegistry } from '../provinces/overlayRegistry';
import { SOURCES } from '../sources';
import { CANDIDATE_FIELDS } from '../fields/candidate';
import { displayCount } from '../messages/number';
import { blank, leaderOf, placeDateLine, t } from './format';
import type { Block, OfficialDocument } from './model';
import { deadlineText } from './meeting';

/** One person on a proposed candidate list, as the list gives them. */
export interface ListedCandidate {
  readonly fullName: string;
  readonly dateOfBirth: IsoDate | null;
  readonly gender: 'male' | 'female' | null;
  /** Who proposed them, as the list says (free text), or `null`. */
  readonly note?: string | null;
}

/** Options of {@link candidateListDocument}. */
export interface CandidateListOptions {
  readonly lang?: Lang;
  readonly kind?: 'thon' | 'to_dan_pho' | null;
  /** The province of the election (code or name), for its deadlines; `null` or absent: the national ones. */
  readonly province?: string | null;
  /** The province overlays to read the deadlines and cite their documents with (default: the built-in ones). */
  readonly overlays?: OverlayRegistry;
}

/**
 * What the minutes of the candidate list (Mẫu 05) take from one candidate
 * as a list gives them (an input of `candidateSchema`, read from a row): the
 * unit's name, the person as listed, whether the row stands for deputy (who
 * is on no such list), and the fields the minutes need that the row lacks.
 */
export interface CandidateListEntry {
  readonly unit: string | null;
  /** `null` when the name is missing. */
  readonly candidate: ListedCandidate | null;
  readonly deputy: boolean;
  /** Paths of the fields the minutes need (the name, the unit's name) that are missing or empty. */
  readonly missing: readonly ('fullName' | 'unitName')[];
}

const text = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);

/**
 * One row of a candidate list, as {@link candidateListDocument} takes it.
 *
 * @example
 * candidateListEntry({ fullName: 'Nguyễn Thị Lan', unitName: 'Thôn Phú Lộc', dateOfBirth: '1975-09-05', gender: 'female' })
 * // { unit: 'Thôn Phú Lộc', candidate: { fullName: 'Nguyễn Thị Lan', dateOfBirth: '1975-09-05', gender: 'female' }, deputy: false, missing: [] }
 */
export function candidateListEntry(input: Readonly<Record<string, unknown>>): CandidateListEntry {
  const unit = text(input['unitName']);
  const fullName = text(input['fullName']);
  const birth = input['dateOfBirth'];
  const gender = input['gender'];
  const missing: ('fullName' | 'unitName')[] = [...(fullName === null ? (['fullName'] as const) : []), ...(unit === null ? (['unitName'] as const) : [])];
  return {
    unit,
    candidate: fullName === null ? null : { fullName, dateOfBirth: typeof birth === 'string' && isIsoDate(birth) ? birth : null, gender: gender === 'male' || gender === 'female' ? gender : null },
    deputy: input['role'] === 'deputy',
    missing,
  };
}

/**
 * The minutes of the meeting that agrees the proposed candidate list for one
 * unit (biên bản cuộc họp dự kiến danh sách người ứng cử Trưởng thôn, Tổ
 * trưởng tổ dân phố; NĐ 59/2023 Mẫu số 05 from 15/08/2023): the candidates
 * in the order given, with their dates of birth (`dd/MM/yyyy`) and gender;
 * the meeting's date and place, those present and the signers are
 * placeholders (the Ban công tác Mặt trận and the chi ủy fill them in). The
 * election date is passed in: it names the election and, through the
 * timeline of that date in `province`, gives the deadline for the minutes
 * (the `candidate-list` step: the last day the minutes may be made, or sent
 * to the commune from 2023). Pure.
 *
 * @example
 * candidateListDocument('Tổ dân phố 1', '2024-12-15', [{ fullName: 'Nguyễn Thị Lan', dateOfBirth: '1975-09-05', gender: 'female' }]).title
 * // 'BIÊN BẢN CUỘC HỌP'
 */
export function candidateListDocument(unit: string, electionDate: IsoDate, candidates: readonly ListedCandidate[], options: CandidateListOptions = {}): OfficialDocument {
  const lang = options.lang ?? 'vi';
  const vi = lang === 'vi';
  const name = unit.normalize('NFC');
  const leader = leaderOf(name, options.kind ?? null, lang);
  const field = (path: 'fullName' | 'dateOfBirth' | 'gender') => CANDIDATE_FIELDS.find((f) => f.path === path)!;
  const gender = (g: ListedCandidate['gender']) => (g === null ? '' : (field('gender').valueLabels?.[g]?.[lang] ?? g));
  const timeline = electionTimeline(electionDate, { province: options.province ?? null, ...(options.overlays ? { overlays: options.overlays } : {}) });
  const step = timeline.ok ? timeline.steps.find((s) => s.id === 'candidate-list') : undefined;
  const body: Block[] = [
    {
      kind: 'paragraph',
      indent: true,
      segments: vi
        ? [t('Hôm nay, vào hồi '), blank('giờ'), t(' giờ, ngày '), blank('ngày họp'), t(', tại '), blank('địa điểm'), t(`, Ban công tác Mặt trận ${name} phối hợp với chi ủy chi bộ tổ chức cuộc họp dự kiến danh sách người ứng cử ${leader} để bầu vào ngày ${displayDate(electionDate)}.`)]
        : [t('Today, at '), blank('hour'), t(' on '), blank('date'), t(', at '), blank('place'), t(`, the Front working committee of ${name}, with the Party cell committee, met to agree the proposed candidates for ${leader}, for the election on ${electionDate}.`)],
    },
    { kind: 'paragraph', indent: true, segments: vi ? [t('Thành phần tham dự: '), blank('thành phần, số người')] : [t('Present: '), blank('who, how many')] },
    { kind: 'paragraph', indent: true, segments: vi ? [t('Chủ trì: Ông (bà) '), blank('họ và tên, chức danh'), t('; Thư ký: Ông (bà) '), blank('họ và tên')] : [t('Chair: '), blank('name'), t('; secretary: '), blank('name')] },
    { kind: 'paragraph', indent: true, bold: true, segments: [t(vi ? `Cuộc họp thống nhất dự kiến danh sách ${displayCount(candidates.length, lang)} người ứng cử ${leader} như sau:` : fillTemplate(`The meeting agreed a list of {count|candidate|candidates} for ${leader}:`, { count: candidates.length }, 'en'))] },
    {
      kind: 'table',
      header: [vi ? 'STT' : 'No.', field('fullName').label[lang], field('dateOfBirth').label[lang], field('gender').label[lang], vi ? 'Ghi chú' : 'Note'],
      align: ['center', 'left', 'center', 'center', 'left'],
      rows: candidates.map((c, i) => [displayCount(i + 1, lang), c.fullName.normalize('NFC'), c.dateOfBirth ? displayDate(c.dateOfBirth, lang) : '', gender(c.gender), (c.note ?? '').normalize('NFC')]),
    },
  ];
  if (step) {
    body.push({
      kind: 'paragraph',
      indent: true,
      italic: true,
      // The step as the timeline names it (agreeing the list until 2023; the minutes sent to the commune after): its last day and basis.
      segments: [t(`${formatMessage('step.candidate-list', {}, lang)}: ${deadlineText(step, lang, options.overlays?.documents)}.`)],
    });
  }
  body.push(
    { kind: 'paragraph', indent: true, segments: vi ? [t('Cuộc họp kết thúc vào hồi '), blank('giờ'), t(' giờ cùng ngày.')] : [t('The meeting closed at '), blank('hour'), t('.')] },
    {
      kind: 'signatures',
      signers: [
        { title: vi ? 'THƯ KÝ' : 'SECRETARY', note: vi ? '(Ký, ghi rõ họ tên)' : '(Signature, full name)', name: blank('họ và tên') },
        { title: vi ? 'TRƯỞNG BAN CÔNG TÁC MẶT TRẬN' : 'HEAD OF THE FRONT WORKING COMMITTEE', note: vi ? '(Ký, ghi rõ họ tên)' : '(Signature, full name)', name: blank('họ và tên') },
      ],
    },
  );
  const formsApply = compareDates(electionDate, SOURCES['59/2023/NĐ-CP'].effective) >= 0;
  return {
    kind: 'candidate-list',
    lang,
    translation: !vi,
    draft: false,
    form: formsApply ? (vi ? 'Mẫu số 05' : 'Form 05') : null,
    issuer: vi ? [[t('UBND XÃ/PHƯỜNG '), blank('tên xã, phường')], [t(`BAN CÔNG TÁC MẶT TRẬN ${name.toLocaleUpperCase('vi')}`, { bold: true })]] : [[t('PEOPLE\'S COMMITTEE OF '), blank('commune, ward')], [t(`FRONT WORKING COMMITTEE, ${name.toUpperCase()}`, { bold: true })]],
    number: null,
    motto: vi ? ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', 'Độc lập - Tự do - Hạnh phúc'] : ['SOCIALIST REPUBLIC OF VIET NAM', 'Independence - Freedom - Happiness'],
    placeDate: placeDateLine(null, lang),
    title: vi ? 'BIÊN BẢN CUỘC HỌP' : 'MINUTES OF THE MEETING',
    subject: [t(vi ? `Dự kiến danh sách người ứng cử ${leader}` : `Proposed candidates for ${leader}`)],
    body,
    date: null,
    unit: name,
  };
}
