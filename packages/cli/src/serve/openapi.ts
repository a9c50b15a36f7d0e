import { MEETING_DOCUMENT_KINDS, RULESET_VERSION } from '@truongthon/rules';
import { VERSION } from '../version';
import { describedSchema, SCHEMA_NAMES } from './schemas';

type Json = Record<string, unknown>;

const ref = (name: string): Json => ({ $ref: `#/components/schemas/${name}` });
const DATE = { type: 'string', format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' };

/** Component names of the input schemas (`candidate` → `Candidate`). */
const INPUT_COMPONENTS: Readonly<Record<(typeof SCHEMA_NAMES)[number], string>> = { candidate: 'Candidate', unit: 'Unit', context: 'Context', meeting: 'Meeting' };

/**
 * The results' shapes, as far as a client needs them to route an answer
 * (the library's TypeScript types describe them in full; these are not
 * input schemas, so they are written here, kept open with
 * `additionalProperties`).
 */
const OUTPUT_COMPONENTS: Json = {
  Issue: {
    type: 'object',
    description: 'Một lỗi dữ liệu vào, có mã, nêu trường (path) — An input issue: a stable code naming its field (path); never the value sent.',
    required: ['path', 'code', 'params', 'message'],
    properties: { path: { type: 'string' }, code: { type: 'string', examples: ['input.invalid-date'] }, params: { type: 'object' }, message: { type: 'string', description: 'Theo Accept-Language — In the language of Accept-Language' } },
  },
  Finding: {
    type: 'object',
    description: 'Một kết luận của quy tắc, kèm căn cứ pháp lý — A rule finding with its citations.',
    required: ['code', 'message'],
    properties: { code: { type: 'string' }, kind: { type: 'string', enum: ['legal', 'policy'] }, params: { type: 'object' }, message: { type: 'string' } },
  },
  Error: {
    type: 'object',
    description: 'Lỗi: mã, thông báo, các lỗi dữ liệu vào (400) và mã yêu cầu — An error: code, message, the input issues (400) and the request id.',
    required: ['error', 'issues', 'requestId'],
    properties: {
      error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string', examples: ['http.invalid-json'] }, message: { type: 'string' } } },
      issues: { type: 'array', items: ref('Issue') },
      requestId: { type: 'string' },
    },
  },
  CheckResult: {
    type: 'object',
    description: 'Kết quả của checkCandidate (@truongthon/rules), mỗi kết luận và lỗi kèm thông báo — The result of checkCandidate, each finding and issue with its message.',
    required: ['verdict', 'findings', 'missing', 'issues', 'regime', 'province', 'term', 'trace', 'ruleSetVersion'],
    properties: {
      verdict: { type: 'string', enum: ['eligible', 'ineligible', 'undetermined', 'invalid'] },
      findings: { type: 'array', items: ref('Finding') },
      missing: { type: 'array', items: { type: 'string' } },
      issues: { type: 'array', items: ref('Issue') },
      regime: { type: ['object', 'null'] },
      province: { type: ['object', 'null'] },
      term: { type: ['object', 'null'] },
      trace: { type: 'array' },
      ruleSetVersion: { type: 'string' },
    },
  },
  BatchLine: {
    type: 'object',
    description:
      'Một dòng NDJSON vào: một người ứng cử, có hoặc không kèm bối cảnh (thiếu thì dùng electionDate/province trên URL) — One NDJSON input line: a candidate, with its context or without (then the electionDate/province query parameters).',
    required: ['candidate'],
    additionalProperties: false,
    properties: { candidate: ref('Candidate'), context: ref('Context') },
  },
  BatchResultLine: {
    type: 'object',
    description: 'Một dòng NDJSON ra cho mỗi dòng vào, cùng thứ tự: kết quả, hoặc lỗi của dòng đó — One NDJSON output line per input line, in order: its result, or its error.',
    required: ['line'],
    properties: { line: { type: 'integer', minimum: 1 }, result: ref('CheckResult'), error: { type: 'object' }, issues: { type: 'array', items: ref('Issue') } },
  },
  MeetingResult: { type: 'object', description: 'Kết quả của evaluateMeeting — The result of evaluateMeeting.', required: ['outcome', 'findings', 'issues'], properties: { outcome: { type: 'string' }, findings: { type: 'array', items: ref('Finding') }, issues: { type: 'array', items: ref('Issue') } } },
  Report: { type: 'object', description: 'Kết quả của secretaryAlsoLeaderReport — The result of secretaryAlsoLeaderReport.', required: ['ok', 'findings', 'issues'], properties: { ok: { type: 'boolean' }, findings: { type: 'array', items: ref('Finding') }, issues: { type: 'array' } } },
  Timeline: { type: 'object', description: 'Kết quả của electionTimeline — The result of electionTimeline.', required: ['ok', 'steps', 'findings', 'issues'], properties: { ok: { type: 'boolean' }, steps: { type: 'array' }, findings: { type: 'array', items: ref('Finding') }, issues: { type: 'array', items: ref('Issue') } } },
  TermLookup: { type: 'object', description: 'Kết quả của termOn — The result of termOn.', required: ['ok'], properties: { ok: { type: 'boolean' }, term: { type: 'object' }, error: { type: 'object' } } },
  Rules: { type: 'object', description: 'listRules và listParameters — listRules and listParameters.', required: ['rules', 'parameters'], properties: { date: { type: ['string', 'null'] }, rules: { type: 'array' }, parameters: { type: 'array' }, ruleSetVersion: { type: 'string' } } },
};

const errors = (...statuses: number[]): Json => Object.fromEntries(statuses.map((status) => [String(status), { $ref: `#/components/responses/E${status}` }]));
const jsonBody = (schema: Json): Json => ({ required: true, content: { 'application/json': { schema } } });
const answer = (description: string, schema: Json, type = 'application/json'): Json => ({ description, content: { [type]: { schema } } });
const query = (name: string, description: string, schema: Json, required = false): Json => ({ name, in: 'query', required, description, schema });
const envelope = (properties: Json, required: readonly string[]): Json => ({ type: 'object', additionalProperties: false, required, properties });

/**
 * The OpenAPI 3.1 document of `truongthon serve`: every route, its inputs
 * from the library's zod schemas (the same JSON Schemas as `truongthon
 * schema` and `GET /v1/schemas/{name}`, with descriptions in Vietnamese and
 * English, date formats and patterns), its answers and its errors. Served
 * at `/openapi.json` and written to `packages/cli/openapi.json` by the build.
 *
 * @example
 * openApiDocument().openapi // '3.1.0'
 */
export function openApiDocument(): Json {
  const inputs = Object.fromEntries(
    SCHEMA_NAMES.map((name) => {
      const { $schema: _dialect, ...schema } = describedSchema(name);
      return [INPUT_COMPONENTS[name], schema];
    }),
  );
  const common = { 401: 'Thiếu hoặc sai mã truy cập — Missing or wrong bearer token', 404: 'Không có — Not found', 405: 'Sai phương thức — Method not allowed', 413: 'Nội dung quá lớn — Body over the limit', 415: 'Sai kiểu nội dung — Wrong media type', 400: 'Dữ liệu vào không hợp lệ, kèm các lỗi có mã — Invalid input, with coded issues', 503: 'Bận hoặc đang dừng — Busy or stopping', 500: 'Lỗi nội bộ — Internal error' };
  const lang = { name: 'Accept-Language', in: 'header', required: false, description: 'vi (mặc định — default) hoặc — or en: ngôn ngữ của các thông báo — the language of the messages', schema: { type: 'string', examples: ['vi', 'en'] } };
  const post = (summary: string, body: Json, ok: Json, extra: Json = {}): Json => ({ summary, parameters: [lang], requestBody: body, responses: { 200: ok, ...errors(400, 401, 413, 415, 503) }, ...extra });
  /** A route whose 400 may also be the library's own result (an input it could not read): the same body as the 200. */
  const bad = (operation: Json, result: string): Json => ({
    ...operation,
    responses: { ...(operation['responses'] as Json), 400: answer('Dữ liệu vào không hợp lệ: kết quả của thư viện (có issues) hoặc lỗi — Invalid input: the library\'s result (with issues) or an error', { oneOf: [ref(result), ref('Error')] }) },
  });
  const get = (summary: string, parameters: readonly Json[], ok: Json, statuses = [400, 401, 503]): Json => ({ summary, parameters: [lang, ...parameters], responses: { 200: ok, ...errors(...statuses) } });
  return {
    openapi: '3.1.0',
    info: {
      title: 'truongthon',
      version: VERSION,
      summary: 'Bầu Trưởng thôn, Tổ trưởng tổ dân phố: quy định pháp luật dưới dạng mã — Electing village and residential-group heads: Vietnamese law as code',
      description: `Dịch vụ không trạng thái trên thư viện @truongthon/rules (bộ quy tắc ${RULESET_VERSION}); kết quả giống hệt thư viện, mỗi kết luận và lỗi kèm thông báo theo Accept-Language. Ngày viết YYYY-MM-DD. — A stateless service over @truongthon/rules (rule set ${RULESET_VERSION}); results identical to the library's, each finding and issue with a message in the language of Accept-Language. Dates are YYYY-MM-DD.`,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: 'http://127.0.0.1:8787' }],
    security: [{}, { bearer: [] }],
    paths: {
      '/v1/candidates/check': {
        post: bad(post(
          'Kiểm tra một người ứng cử (checkCandidate) — Check one candidate',
          jsonBody(
            envelope(
              {
                candidate: ref('Candidate'),
                context: ref('Context'),
                today: { ...DATE, description: 'Ngày hôm nay; mặc định: theo đồng hồ của máy chủ, giờ Việt Nam — Today; default: the server clock, in Vietnam' },
                trace: { type: 'boolean', description: 'Ghi các quy tắc đã chạy (mặc định true) — Record the rules that ran (default true)' },
              },
              ['candidate', 'context'],
            ),
          ),
          answer('Kết quả — The result', ref('CheckResult')),
          { description: 'verdict "invalid" → 400 với cùng nội dung (kết quả của thư viện) — 400 with the same body (the library\'s result).' },
        ), 'CheckResult'),
      },
      '/v1/candidates/check-batch': {
        post: {
          ...post(
            'Kiểm tra một danh sách người ứng cử (NDJSON) — Check a batch of candidates (NDJSON)',
            { required: true, content: { 'application/x-ndjson': { schema: ref('BatchLine') } } },
            answer('Một dòng ra cho mỗi dòng vào, trả về dần — One output line per input line, streamed', ref('BatchResultLine'), 'application/x-ndjson'),
          ),
          parameters: [
            lang,
            query('electionDate', 'Bối cảnh chung cho các dòng không có context — The shared context for lines without one', DATE),
            query('province', 'Tỉnh của bối cảnh chung (cần electionDate) — The shared context\'s province (needs electionDate)', { type: 'string' }),
            query('today', 'Ngày hôm nay; mặc định theo đồng hồ máy chủ — Today; default: the server clock', DATE),
            query('trace', 'Ghi các quy tắc đã chạy — Record the rules that ran', { type: 'string', enum: ['true', 'false'], default: 'true' }),
          ],
        },
      },
      '/v1/meetings/evaluate': {
        post: bad(post(
          'Kết quả một hội nghị bầu (evaluateMeeting) — The outcome of a meeting',
          jsonBody(envelope({ meeting: ref('Meeting'), province: { type: 'string', description: 'Tỉnh khi biên bản không ghi — Province when the record names none' } }, ['meeting'])),
          answer('Kết quả — The result', ref('MeetingResult')),
        ), 'MeetingResult'),
      },
      '/v1/meetings/documents': {
        post: {
          summary: 'Văn bản của một hội nghị bầu (Nghị định 59/2023: giấy mời Mẫu 01, biên bản kiểm phiếu Mẫu 02 hoặc 04, nghị quyết Mẫu 03, dự thảo quyết định công nhận hoặc bầu lại) dạng DOCX — A meeting\'s official documents as DOCX',
          parameters: [
            lang,
            query('kind', 'Loại văn bản (mặc định: biên bản kiểm phiếu) — Which document (default: the count record)', { type: 'string', enum: [...MEETING_DOCUMENT_KINDS], default: 'count-record' }),
          ],
          requestBody: jsonBody(envelope({ meeting: ref('Meeting'), province: { type: 'string', description: 'Tỉnh khi biên bản không ghi — Province when the record names none' } }, ['meeting'])),
          responses: {
            200: answer('Văn bản DOCX (tệp đính kèm) — The DOCX document (an attachment)', { type: 'string', contentMediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' }, 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'),
            422: answer('Không lập được văn bản này cho biên bản (ví dụ: không có người trúng cử thì không có quyết định công nhận) — The record gives no such document (e.g. no recognition without a winner)', ref('Error')),
            ...errors(400, 401, 413, 415, 503),
          },
        },
      },
      '/v1/reports/secretary-also-leader': {
        post: bad(post(
          'Báo cáo Bí thư chi bộ đồng thời là Trưởng thôn, Tổ trưởng tổ dân phố — Secretary-also-leader report',
          jsonBody(envelope({ units: { type: 'array', items: ref('Unit') }, asOf: { ...DATE, description: 'Ngày báo cáo; mặc định theo đồng hồ máy chủ — Report date; default: the server clock' } }, ['units'])),
          answer('Báo cáo — The report', ref('Report')),
        ), 'Report'),
      },
      '/v1/timeline': {
        get: bad(get(
          'Các mốc thời gian quanh ngày họp (electionTimeline) — The steps around a meeting date',
          [query('meetingDate', 'Ngày họp — Meeting date', DATE, true), query('province', 'Mã hoặc tên tỉnh — Province code or name', { type: 'string' }), query('receivedOn', 'Ngày xã nhận kết quả — Day the commune receives the result', DATE)],
          answer('Các mốc — The steps', ref('Timeline')),
        ), 'Timeline'),
      },
      '/v1/terms': {
        get: bad(get(
          'Nhiệm kỳ của một tỉnh vào một ngày (termOn) — The term running in a province on a date',
          [query('province', 'Mã hoặc tên tỉnh — Province code or name', { type: 'string' }, true), query('date', 'Ngày — Date', DATE, true), query('formerProvince', 'Tỉnh cũ (trước 01/07/2025) — Former province (before 2025-07-01)', { type: 'string' })],
          answer('Nhiệm kỳ, hoặc lý do dữ liệu chưa cho biết (ok: false) — The term, or why the data cannot tell (ok: false)', ref('TermLookup')),
        ), 'TermLookup'),
      },
      '/v1/rules': {
        get: get('Các quy tắc và tham số pháp luật — Rules and law parameters', [query('date', 'Chỉ những gì có hiệu lực vào ngày này — Only those in force on this day', DATE)], answer('Quy tắc và tham số — Rules and parameters', ref('Rules'))),
      },
      '/v1/schemas/{name}': {
        get: {
          ...get('JSON Schema của một loại dữ liệu vào — The JSON Schema of an input', [], answer('JSON Schema (draft 2020-12)', { type: 'object' }, 'application/schema+json'), [401, 404]),
          parameters: [lang, { name: 'name', in: 'path', required: true, schema: { type: 'string', enum: SCHEMA_NAMES } }],
        },
      },
      '/healthz': { get: { summary: 'Còn chạy — Alive', security: [{}], responses: { 200: answer('OK', { type: 'object', properties: { status: { const: 'ok' } } }) } } },
      '/readyz': { get: { summary: 'Sẵn sàng nhận yêu cầu — Ready', security: [{}], responses: { 200: answer('Ready', { type: 'object', properties: { status: { type: 'string' }, version: { type: 'string' }, ruleSetVersion: { type: 'string' } } }), 503: answer('Đang dừng — Stopping', { type: 'object' }) } } },
      '/openapi.json': { get: { summary: 'Tài liệu này — This document', security: [{}], responses: { 200: answer('OpenAPI 3.1', { type: 'object' }) } } },
    },
    components: {
      schemas: { ...inputs, ...OUTPUT_COMPONENTS },
      responses: Object.fromEntries(Object.entries(common).map(([status, description]) => [`E${status}`, answer(description, ref('Error'))])),
      securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'Chỉ khi máy chủ chạy với --token / TRUONGTHON_TOKEN — Only when the server runs with --token / TRUONGTHON_TOKEN' } },
    },
  };
}
