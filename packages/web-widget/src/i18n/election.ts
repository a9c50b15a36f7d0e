import type { Lang } from '@truongthon/rules';
import { fill } from './index';

/**
 * Texts of the `<truongthon-election>` form's own chrome, in a file of their
 * own so that a build with only the candidate element does not carry them.
 * Outcome, step, basis, finding and issue texts and field labels come from the
 * `@truongthon/rules` catalogues; shared texts (summary, basis, config) from `./vi`.
 */
export const electionVi = {
  'section.meeting': 'Hội nghị',
  'section.electorate': 'Cử tri và số người tham dự',
  'section.ballots': 'Phiếu bầu (theo biên bản kiểm phiếu)',
  'section.candidates': 'Người ứng cử và số phiếu',
  'section.motion': 'Kết quả biểu quyết',
  'notStated': '— Không nêu —',
  'row': 'Người ứng cử {n}',
  'add': 'Thêm người ứng cử',
  'remove': 'Xóa',
  'remove.label': 'Xóa người ứng cử {n} {name}',
  'removed': 'Đã xóa người ứng cử {n}.',
  'none': 'Chưa có người ứng cử nào.',
  'hint.meetingDate': 'Do cổng thông tin đặt.',
  'hint.total': 'Toàn bộ cử tri hoặc hộ của thôn, tổ dân phố (không chỉ người dự họp): tỉ lệ trúng cử tính trên số này.',
  'hint.receivedOn': 'Thời hạn công nhận tính từ ngày này; để trống thì tính từ ngày họp.',
  'hint.count': 'Số nguyên, ví dụ 361.',
  'result.heading': 'Kết quả hội nghị',
  'result.empty': 'Nhập kết quả hội nghị để xem kết quả kiểm phiếu.',
  'quorum': 'Tham dự: {present}/{total} ({percent}%); cần trên {required}%.',
  'quorum.met': 'Đủ số người tham dự.',
  'quorum.notMet': 'Không đủ số người tham dự.',
  'shares': 'Số phiếu, tỉ lệ trên tổng số {total} cử tri / hộ của thôn, tổ dân phố',
  'shares.required': '(trúng cử khi trên {required}%)',
  'col.name': 'Người ứng cử',
  'col.votes': 'Số phiếu',
  'col.share': 'Tỉ lệ',
  'winner': 'trúng cử',
  'motion': 'Tán thành: {votes}/{total} ({percent}% tổng số cử tri / hộ).',
  'findings': 'Nhận xét và căn cứ',
  'steps': 'Các bước tiếp theo',
  'step.by': 'chậm nhất {date}',
  'step.since': 'kể từ {date}',
  'step.maxMonths': 'tối đa {months} tháng',
  'step.province': 'theo quy định của tỉnh',
  'validity.invalid': 'Biên bản chưa hợp lệ: {message}',
  'validity.inconsistent': 'Số liệu biên bản mâu thuẫn: {message}',
} as const;

export type ElectionKey = keyof typeof electionVi;

/** English texts of the election form's chrome; the same keys as `electionVi` (the type enforces it). */
export const electionEn: Readonly<Record<ElectionKey, string>> = {
  'section.meeting': 'The meeting',
  'section.electorate': 'Electorate and attendance',
  'section.ballots': 'Ballots (from the count record)',
  'section.candidates': 'Candidates and votes',
  'section.motion': 'Vote on the motion',
  'notStated': '— Not stated —',
  'row': 'Candidate {n}',
  'add': 'Add a candidate',
  'remove': 'Remove',
  'remove.label': 'Remove candidate {n} {name}',
  'removed': 'Candidate {n} removed.',
  'none': 'No candidates yet.',
  'hint.meetingDate': 'Set by the portal.',
  'hint.total': 'All voters or households of the unit (not only those present): shares are counted on this.',
  'hint.receivedOn': 'The recognition period runs from this day; blank: from the meeting.',
  'hint.count': 'A whole number, e.g. 361.',
  'result.heading': 'Meeting result',
  'result.empty': 'Enter the meeting’s figures to see the result of the count.',
  'quorum': 'Present: {present} of {total} ({percent}%); more than {required}% required.',
  'quorum.met': 'Quorum reached.',
  'quorum.notMet': 'Quorum not reached.',
  'shares': 'Votes and share of the whole electorate of {total}',
  'shares.required': '(elected with more than {required}%)',
  'col.name': 'Candidate',
  'col.votes': 'Votes',
  'col.share': 'Share',
  'winner': 'elected',
  'motion': 'In favour: {votes} of {total} ({percent}% of the whole electorate).',
  'findings': 'Findings and legal basis',
  'steps': 'Next steps',
  'step.by': 'by {date}',
  'step.since': 'from {date}',
  'step.maxMonths': 'at most {months} months',
  'step.province': 'set by the province',
  'validity.invalid': 'The record is not valid: {message}',
  'validity.inconsistent': 'The figures of the record contradict each other: {message}',
};

const ELECTION: Readonly<Record<Lang, Readonly<Record<ElectionKey, string>>>> = { vi: electionVi, en: electionEn };

/** A text of the election form's chrome, with `{name}` placeholders filled from `params`. */
export function te(lang: Lang, key: ElectionKey, params: Readonly<Record<string, string | number>> = {}): string {
  return fill(lang, ELECTION[lang][key], params);
}

/** Every election UI key, for tests. */
export const ELECTION_KEYS = Object.keys(electionVi) as ElectionKey[];
