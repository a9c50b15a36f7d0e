import { fillTemplate } from '@truongthon/rules';
import type { Lang } from '../messages';

/*
 * The HTTP service's own messages (the library's findings and issues keep
 * theirs, from `@truongthon/rules`): a stable code per problem, a text in
 * each language. A test checks both catalogues have the same codes and
 * placeholders.
 */

const vi = {
  'http.invalid-json': 'Nội dung gửi lên không phải JSON hợp lệ.',
  'http.empty-body': 'Thiếu nội dung gửi lên.',
  'http.body-too-large': 'Nội dung gửi lên vượt quá giới hạn {limit} byte.',
  'http.unsupported-media-type': 'Kiểu nội dung không được hỗ trợ; cần {expected}.',
  'http.not-found': 'Không có địa chỉ này.',
  'http.method-not-allowed': 'Địa chỉ này không nhận phương thức {method}; chấp nhận: {allowed}.',
  'http.unauthorized': 'Cần mã truy cập hợp lệ (Authorization: Bearer …).',
  'http.busy': 'Dịch vụ đang bận; thử lại sau.',
  'http.shutting-down': 'Dịch vụ đang dừng.',
  'http.internal': 'Lỗi nội bộ; mã yêu cầu {requestId}.',
  'http.unknown-schema': 'Không có lược đồ tên đó (có: {available}).',
  'http.invalid-input': 'Dữ liệu gửi lên không hợp lệ.',
  'http.batch-too-long': 'Lô vượt quá giới hạn {limit} dòng; các dòng sau không được đọc.',
  'http.line-too-long': 'Dòng vượt quá giới hạn {limit} byte.',
  'http.empty-line': 'Dòng trống.',
  'http.not-an-object': 'Cần một đối tượng JSON.',
  'http.unknown-member': 'Trường không được nhận: {member}.',
  'http.unknown-document': 'Không có loại văn bản «{kind}» (có: {available}).',
  'http.document-omitted': 'Không lập được văn bản này cho biên bản: {reason}',
} as const;

export type HttpMessageCode = keyof typeof vi;

const en: Record<HttpMessageCode, string> = {
  'http.invalid-json': 'The body is not valid JSON.',
  'http.empty-body': 'The body is missing.',
  'http.body-too-large': 'The body is over the limit of {limit} bytes.',
  'http.unsupported-media-type': 'Unsupported media type; {expected} is required.',
  'http.not-found': 'No such address.',
  'http.method-not-allowed': 'This address does not take {method}; it takes: {allowed}.',
  'http.unauthorized': 'A valid access token is required (Authorization: Bearer …).',
  'http.busy': 'The service is busy; try again later.',
  'http.shutting-down': 'The service is stopping.',
  'http.internal': 'Internal error; request id {requestId}.',
  'http.unknown-schema': 'No schema of that name (there are: {available}).',
  'http.invalid-input': 'The input is not valid.',
  'http.batch-too-long': 'The batch is over the limit of {limit} lines; the lines after it were not read.',
  'http.line-too-long': 'The line is over the limit of {limit} bytes.',
  'http.empty-line': 'Empty line.',
  'http.not-an-object': 'A JSON object is required.',
  'http.unknown-member': 'Member not accepted: {member}.',
  'http.unknown-document': 'No kind of document "{kind}" (there are: {available}).',
  'http.document-omitted': 'This document cannot be made for the record: {reason}',
};

/** The HTTP service's message catalogues, by language. */
export const HTTP_MESSAGES: Readonly<Record<Lang, Readonly<Record<HttpMessageCode, string>>>> = { vi, en };

/**
 * An HTTP service message in a language. Parameters are the service's own
 * (limits, method names, schema names), never the caller's data.
 *
 * @example
 * httpMessage('http.body-too-large', { limit: 1048576 }, 'en') // 'The body is over the limit of 1048576 bytes.'
 */
export function httpMessage(code: HttpMessageCode, params: Readonly<Record<string, string | number>> = {}, lang: Lang = 'vi'): string {
  return fillTemplate(HTTP_MESSAGES[lang][code], params, lang, (name, value) => (typeof value === 'string' ? value : value === undefined ? `{${name}}` : undefined));
}
