import { createHash, randomUUID, timingSafeEqual } from 'node:crypto';
import { Readable } from 'node:stream';
import { type InputIssue, isIsoDate } from '@truongthon/core';
import {
  ALL_OVERLAYS,
  type CandidateResult,
  createCandidateChecker,
  electionTimeline,
  evaluateMeeting,
  formatFinding,
  formatIssue,
  formatMessage,
  listParameters,
  listRules,
  type OverlayRegistry,
  RULESET_VERSION,
  ruleSummary,
  secretaryAlsoLeaderReport,
  MEETING_DOCUMENT_KINDS,
  meetingDocuments,
  termOn,
} from '@truongthon/rules';
import { renderDocx } from '../documents/docx';
import { asciiName, FILE_SUFFIX } from '../documents/names';
import Fastify, { type FastifyError, type FastifyInstance, type FastifyReply, type FastifyRequest } from 'fastify';
import type { Lang } from '../messages';
import { VERSION } from '../version';
import { checkAnswerJson } from './answer';
import { type HttpMessageCode, httpMessage } from './messages';
import { openApiDocument } from './openapi';
import type { ServeOptions } from './options';
import { describedSchema, SCHEMA_NAMES } from './schemas';

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The media type a POST route reads (others get 415 before the body is read). */
    readonly mediaType?: string;
    /** Open to anyone (no token needed, not counted against the concurrency limit). */
    readonly open?: boolean;
  }
}

/** What the service takes from the process: the clock and where access logs go. */
export interface ServeEnv {
  /** Today's date (`YYYY-MM-DD`): the one place the service reads a clock, for the default `today` and `asOf`. */
  readonly today: () => string;
  /** Writes one log line (JSON, no personal data). */
  readonly log: (line: string) => void;
  /** The province overlays every answer uses: as the CLI's, the built-in ones and the shipped province data (`ALL_OVERLAYS`) unless `--overlays` names others. */
  readonly overlays?: OverlayRegistry;
}

const JSON_TYPE = 'application/json';
/** The type of a JSON answer sent as text (the type Fastify gives the objects it serialises). */
const JSON_ANSWER = 'application/json; charset=utf-8';
const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const NDJSON_TYPE = 'application/x-ndjson';

/** Every route, for the 405 answers (`Allow`) and the OpenAPI document. */
export const ROUTES: readonly { readonly method: 'GET' | 'POST'; readonly url: string }[] = [
  { method: 'POST', url: '/v1/candidates/check' },
  { method: 'POST', url: '/v1/candidates/check-batch' },
  { method: 'POST', url: '/v1/meetings/evaluate' },
  { method: 'POST', url: '/v1/meetings/documents' },
  { method: 'POST', url: '/v1/reports/secretary-also-leader' },
  { method: 'GET', url: '/v1/timeline' },
  { method: 'GET', url: '/v1/terms' },
  { method: 'GET', url: '/v1/rules' },
  { method: 'GET', url: '/v1/schemas/{name}' },
  { method: 'GET', url: '/healthz' },
  { method: 'GET', url: '/readyz' },
  { method: 'GET', url: '/openapi.json' },
];

/** An input issue as the service answers it: the library's, with its text in the caller's language. */
type IssueOut = { readonly path: string; readonly code: string; readonly params: Readonly<Record<string, unknown>>; readonly message: string };

/**
 * The HTTP service (`truongthon serve`) as a Fastify instance, not yet
 * listening: stateless routes over the library's functions (each answers
 * exactly what the library returns, each finding and issue with a `message`
 * in the language of `Accept-Language`), an OpenAPI 3.1 document generated
 * from the zod schemas, coded JSON errors (never a stack trace or an echo of
 * the input), request ids, access logs without personal data, limits on
 * body size, batch length and concurrency, an optional bearer token, CORS
 * only for the configured origins.
 *
 * @example
 * const app = buildApp(serveOptions({ port: '0' }, {}), { today: () => '2026-12-06', log: () => {} });
 * await app.listen({ host: '127.0.0.1', port: 0 });
 */
export function buildApp(options: ServeOptions, env: ServeEnv): FastifyInstance {
  const overlays = env.overlays ?? ALL_OVERLAYS;
  const app = Fastify({
    logger: false,
    bodyLimit: options.bodyLimit,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    requestIdHeader: false,
    // A URL Fastify cannot route (bad percent-encoding, an over-long parameter): its default answer quotes the path; ours does not.
    frameworkErrors: (_error, request, reply) => {
      reply.header('x-request-id', request.id);
      return sendError(reply, 400, 'http.invalid-input', {}, langOf(request));
    },
    genReqId: (req) => {
      const given = req.headers['x-request-id'];
      return typeof given === 'string' && /^[A-Za-z0-9._:-]{1,128}$/u.test(given) ? given : randomUUID();
    },
  });
  const tokenDigest = options.token === undefined ? undefined : sha256(options.token);
  let inFlight = 0;
  let closing = false;
  // Stopping: no new connections; a keep-alive connection is closed as soon as its request under way has been answered.
  let idleSweep: NodeJS.Timeout | undefined;
  app.addHook('preClose', (done) => {
    closing = true;
    idleSweep = setInterval(() => app.server.closeIdleConnections(), 50);
    done();
  });
  app.addHook('onClose', (_instance, done) => {
    clearInterval(idleSweep);
    done();
  });

  // A stream of its own for NDJSON (read line by line by the batch route); JSON by Fastify's parser, within bodyLimit.
  app.addContentTypeParser(NDJSON_TYPE, (_request, payload, done) => done(null, payload));

  // Gives an in-flight place back when the response is closed (one function for every request, not a closure each).
  const release = (): void => {
    inFlight -= 1;
  };
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
    const lang = langOf(request);
    reply.header('content-language', lang).header('vary', 'Accept-Language, Origin');
    const origin = request.headers.origin;
    if (options.corsOrigins.length > 0 && typeof origin === 'string' && (options.corsOrigins.includes('*') || options.corsOrigins.includes(origin))) {
      reply.header('access-control-allow-origin', options.corsOrigins.includes('*') ? '*' : origin).header('access-control-expose-headers', 'x-request-id, content-language');
    }
    const config = request.routeOptions.config;
    if (request.method === 'OPTIONS' || config.open === true || request.is404) return;
    if (tokenDigest !== undefined && !tokenMatches(request.headers.authorization, tokenDigest)) {
      reply.header('www-authenticate', 'Bearer');
      return sendError(reply, 401, 'http.unauthorized', {}, lang);
    }
    if (inFlight >= options.concurrency) {
      reply.header('retry-after', '1');
      return sendError(reply, 503, 'http.busy', {}, lang);
    }
    inFlight += 1;
    reply.raw.on('close', release);
    if (config.mediaType !== undefined && mediaTypeOf(request.headers['content-type']) !== config.mediaType) {
      return sendError(reply, 415, 'http.unsupported-media-type', { expected: config.mediaType }, lang);
    }
  });

  if (options.accessLog) {
    app.addHook('onResponse', async (request, reply) => {
      // The route's pattern, never the URL as sent (a path or query could carry anything a caller typed); no bodies, no headers.
      env.log(
        JSON.stringify({
          time: new Date().toISOString(),
          level: 'info',
          requestId: request.id,
          method: request.method,
          route: request.is404 ? null : request.routeOptions.url,
          status: reply.statusCode,
          ms: Math.round(reply.elapsedTime * 10) / 10,
        }),
      );
    });
  }

  if (options.accessLog) {
    // A caller that went away before its answer was complete (a batch cut short): logged too, with no status.
    app.addHook('onRequestAbort', async (request) => {
      env.log(JSON.stringify({ time: new Date().toISOString(), level: 'info', requestId: request.id, method: request.method, route: request.is404 ? null : request.routeOptions.url, status: null, aborted: true }));
    });
  }

  app.setErrorHandler((error: FastifyError, request, reply) => {
    const lang = langOf(request);
    switch (error.code) {
      case 'FST_ERR_CTP_BODY_TOO_LARGE':
        return sendError(reply, 413, 'http.body-too-large', { limit: options.bodyLimit }, lang);
      case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
        return sendError(reply, 415, 'http.unsupported-media-type', { expected: request.routeOptions.config.mediaType ?? JSON_TYPE }, lang);
      case 'FST_ERR_CTP_EMPTY_JSON_BODY':
        return sendError(reply, 400, 'http.empty-body', {}, lang);
      default:
        break;
    }
    const status = typeof error.statusCode === 'number' ? error.statusCode : 500;
    if (status === 400 && (error.code === 'FST_ERR_CTP_INVALID_JSON_BODY' || error instanceof SyntaxError || /JSON/u.test(error.code ?? ''))) {
      return sendError(reply, 400, 'http.invalid-json', {}, lang);
    }
    if (status >= 400 && status < 500) return sendError(reply, status, 'http.invalid-input', {}, lang);
    // The name only: an error's message could carry input.
    env.log(JSON.stringify({ time: new Date().toISOString(), level: 'error', requestId: request.id, error: error.name, code: error.code ?? null }));
    return sendError(reply, 500, 'http.internal', { requestId: String(request.id) }, lang);
  });

  app.setNotFoundHandler((request, reply) => {
    const lang = langOf(request);
    const path = request.url.split('?')[0] ?? '';
    const allowed = ROUTES.filter((route) => routeMatches(route.url, path)).flatMap((route) => (route.method === 'GET' ? ['GET', 'HEAD'] : [route.method]));
    if (allowed.length > 0) {
      reply.header('allow', allowed.join(', '));
      return sendError(reply, 405, 'http.method-not-allowed', { method: request.method, allowed: allowed.join(', ') }, lang);
    }
    return sendError(reply, 404, 'http.not-found', {}, lang);
  });

  if (options.corsOrigins.length > 0) {
    app.options('/*', { config: { open: true } }, async (_request, reply) =>
      reply
        .code(204)
        .header('access-control-allow-methods', 'GET, POST')
        .header('access-control-allow-headers', 'authorization, content-type, accept-language, x-request-id')
        .header('access-control-max-age', '600')
        .send(),
    );
  }

  const json = { config: { mediaType: JSON_TYPE } };

  // Single checks share long-lived checkers (one per today and trace, a few at most): each gives exactly what checkCandidate
  // gives, with each distinct context resolved once (the checker keeps at most 64 × 64) and core's fast parse path.
  const checkers = new Map<string, Checker>();
  const checkerFor = (today: string, trace: boolean): Checker => {
    const key = `${today}|${trace}`;
    let checker = checkers.get(key);
    if (checker === undefined) {
      if (checkers.size >= 8) checkers.clear();
      checkers.set(key, (checker = createCandidateChecker({ today, trace, overlays })));
    }
    return checker;
  };
  // The JSON of the parts those checkers share between the results of one context (regime, province, term), once per context.
  const sharedJson = new WeakMap<object, string>();

  app.post('/v1/candidates/check', json, async (request, reply) => {
    const lang = langOf(request);
    const read = readEnvelope(request.body, ['candidate', 'context', 'today', 'trace']);
    if (!read.ok) return badInput(reply, read.issues, lang);
    const { candidate, context, today, trace } = read.value;
    const issues = [...dateIssue(today, 'today', true), ...(trace === undefined || typeof trace === 'boolean' ? [] : [wrongType('trace', 'boolean')])];
    if (issues.length > 0) return badInput(reply, issues, lang);
    const result = checkerFor((today as string | undefined) ?? env.today(), trace !== false)(candidate, context);
    // The same bytes as withMessages(result, lang) serialised, written without copying the result.
    return reply
      .code(result.verdict === 'invalid' ? 400 : 200)
      .type(JSON_ANSWER)
      .send(checkAnswerJson(result, lang, sharedJson));
  });

  app.post('/v1/candidates/check-batch', { config: { mediaType: NDJSON_TYPE } }, async (request, reply) => {
    const lang = langOf(request);
    const query = request.query as Record<string, unknown>;
    const issues = [...dateIssue(query['today'], 'today', true), ...dateIssue(query['electionDate'], 'electionDate', true)];
    if (query['trace'] !== undefined && query['trace'] !== 'true' && query['trace'] !== 'false') issues.push({ path: 'trace', code: 'input.invalid-value', params: {} });
    // A shared province without its election date would be silently unused: say so.
    if (query['province'] !== undefined && query['electionDate'] === undefined) issues.push({ path: 'electionDate', code: 'input.required', params: {} });
    if (query['province'] !== undefined && typeof query['province'] !== 'string') issues.push(wrongType('province', 'string'));
    if (issues.length > 0) return badInput(reply, issues, lang);
    const shared = typeof query['electionDate'] === 'string' ? { electionDate: query['electionDate'], ...(typeof query['province'] === 'string' ? { province: query['province'] } : {}) } : undefined;
    const check = createCandidateChecker({ today: (query['today'] as string | undefined) ?? env.today(), trace: query['trace'] !== 'false', overlays });
    const body = request.body as Readable;
    const out = Readable.from(checkLines(body, check, shared, lang, options, sharedJson), { objectMode: false });
    return reply.code(200).type(`${NDJSON_TYPE}; charset=utf-8`).send(out);
  });

  app.post('/v1/meetings/evaluate', json, async (request, reply) => {
    const lang = langOf(request);
    const read = readEnvelope(request.body, ['meeting', 'province']);
    if (!read.ok) return badInput(reply, read.issues, lang);
    const { meeting, province } = read.value;
    const result = evaluateMeeting(meeting, province === undefined ? { overlays } : { province: province as string, overlays });
    return reply.code(result.outcome === 'invalid' ? 400 : 200).send(withMessages(result, lang));
  });

  // A meeting's official documents (Nghị định 59/2023 forms, the draft decision) as DOCX, one per request: the library's
  // document model (meetingDocuments) of the same evaluation, rendered as `truongthon documents` renders it.
  app.post('/v1/meetings/documents', json, async (request, reply) => {
    const lang = langOf(request);
    const read = readEnvelope(request.body, ['meeting', 'province']);
    if (!read.ok) return badInput(reply, read.issues, lang);
    const kind = (request.query as Record<string, unknown>)['kind'] ?? 'count-record';
    if (typeof kind !== 'string' || !(MEETING_DOCUMENT_KINDS as readonly string[]).includes(kind)) {
      return sendError(reply, 400, 'http.unknown-document', { kind: String(kind), available: MEETING_DOCUMENT_KINDS.join(', ') }, lang);
    }
    const { meeting, province } = read.value;
    const result = evaluateMeeting(meeting, province === undefined ? { overlays } : { province: province as string, overlays });
    if (result.outcome === 'invalid') return reply.code(400).send(withMessages(result, lang));
    const record = meeting as Record<string, unknown>;
    const date = record['electionDate'] as string;
    const made = meetingDocuments(meeting, result, { lang, overlays });
    // The count record is Mẫu 04 when the ballots were taken to each household.
    const wanted = kind === 'count-record' ? ['count-record', 'household-count-record'] : [kind];
    const doc = made.documents.find((d) => wanted.includes(d.kind));
    if (doc === undefined) {
      const omitted = made.omitted.find((o) => o.kind === 'all' || wanted.includes(o.kind)) ?? made.omitted[0];
      return sendError(reply, 422, 'http.document-omitted', { reason: omitted?.message ?? kind }, lang);
    }
    return reply
      .code(200)
      .type(DOCX_TYPE)
      .header('content-disposition', `attachment; filename="${asciiName(String((record['unit'] as { name?: unknown } | undefined)?.name ?? 'bien-ban'))}_${date}_${FILE_SUFFIX[doc.kind]}.docx"`)
      .send(await renderDocx(doc));
  });

  app.post('/v1/reports/secretary-also-leader', json, async (request, reply) => {
    const lang = langOf(request);
    const read = readEnvelope(request.body, ['units', 'asOf']);
    if (!read.ok) return badInput(reply, read.issues, lang);
    const { units, asOf } = read.value;
    const issues = dateIssue(asOf, 'asOf', true);
    if (issues.length > 0) return badInput(reply, issues, lang);
    const report = secretaryAlsoLeaderReport(units, { asOf: (asOf as string | undefined) ?? env.today(), overlays });
    return reply.code(report.ok ? 200 : 400).send(withMessages(report, lang));
  });

  app.get('/v1/timeline', async (request, reply) => {
    const lang = langOf(request);
    const query = request.query as Record<string, unknown>;
    const result = electionTimeline(query['meetingDate'], {
      overlays,
      ...(query['province'] !== undefined ? { province: query['province'] as string } : {}),
      ...(query['receivedOn'] !== undefined ? { receivedOn: query['receivedOn'] as string } : {}),
    });
    return reply.code(result.ok ? 200 : 400).send(withMessages(result, lang));
  });

  app.get('/v1/terms', async (request, reply) => {
    const lang = langOf(request);
    const query = request.query as Record<string, unknown>;
    const lookup = termOn(query['province'] as string, query['date'] as string, overlays, query['formerProvince'] === undefined ? {} : { formerProvince: query['formerProvince'] as string });
    if (lookup.ok) return reply.send(lookup);
    const error = { ...lookup.error, message: formatMessage(lookup.error.code, lookup.error.params, lang) };
    // A question the service cannot read is the caller's (400); one the data cannot answer yet is an answer (200).
    const bad = lookup.error.code.startsWith('input.') || lookup.error.code === 'term.unknown-province';
    return reply.code(bad ? 400 : 200).send({ ok: false, error });
  });

  app.get('/v1/rules', async (request, reply) => {
    const lang = langOf(request);
    const date = (request.query as Record<string, unknown>)['date'];
    const issues = dateIssue(date, 'date', true);
    if (issues.length > 0) return badInput(reply, issues, lang);
    const on = date === undefined ? {} : { date: date as string };
    return reply.send({
      date: date ?? null,
      rules: listRules(on).map((rule) => ({ ...rule, summaryText: ruleSummary(rule, lang) })),
      parameters: listParameters(on).map((parameter) => ({ ...parameter, summaryText: ruleSummary(parameter, lang) })),
      ruleSetVersion: RULESET_VERSION,
    });
  });

  app.get('/v1/schemas/:name', async (request, reply) => {
    const lang = langOf(request);
    const name = (request.params as { name: string }).name;
    if (!(SCHEMA_NAMES as readonly string[]).includes(name)) return sendError(reply, 404, 'http.unknown-schema', { available: SCHEMA_NAMES.join(', ') }, lang);
    return reply.type('application/schema+json; charset=utf-8').send(describedSchema(name as (typeof SCHEMA_NAMES)[number]));
  });

  const open = { config: { open: true } };
  app.get('/healthz', open, async () => ({ status: 'ok' }));
  app.get('/readyz', open, async (_request, reply) => (closing ? reply.code(503).send({ status: 'stopping' }) : { status: 'ready', version: VERSION, ruleSetVersion: RULESET_VERSION }));
  let document: Record<string, unknown> | undefined;
  app.get('/openapi.json', open, async () => (document ??= openApiDocument()));

  return app;
}

/** The language of the answer: the first of `Accept-Language` (by its q values) that is `vi` or `en`; Vietnamese by default. */
export function langOf(request: FastifyRequest): Lang {
  const header = request.headers['accept-language'];
  if (typeof header !== 'string') return 'vi';
  let best: { lang: Lang; q: number } | undefined;
  for (const part of header.split(',').slice(0, 20)) {
    const [tag = '', ...params] = part.trim().toLowerCase().split(';');
    const primary = tag.split('-')[0];
    if (primary !== 'vi' && primary !== 'en') continue;
    const qParam = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
    const q = qParam === undefined ? 1 : Number(qParam.slice(2));
    if (Number.isFinite(q) && q > 0 && (best === undefined || q > best.q)) best = { lang: primary, q };
  }
  return best?.lang ?? 'vi';
}

function mediaTypeOf(header: string | undefined): string | undefined {
  return header?.split(';')[0]?.trim().toLowerCase();
}

function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

/** Whether `Authorization: Bearer <token>` names the token: digests compared in constant time (equal lengths whatever was sent). */
function tokenMatches(header: string | undefined, digest: Buffer): boolean {
  const match = typeof header === 'string' ? /^Bearer[ ]+(\S+)\s*$/iu.exec(header) : null;
  return timingSafeEqual(sha256(match?.[1] ?? ''), digest) && match !== null;
}

/** Whether a path matches a route pattern (`{name}` is one segment). */
function routeMatches(pattern: string, path: string): boolean {
  const a = pattern.split('/');
  const b = path.replace(/\/+$/u, '').split('/');
  return a.length === b.length && a.every((part, i) => part.startsWith('{') || part === b[i]);
}

/** An error answer: `{ error: { status, code, message }, issues, requestId }` (a 400's issues name what to fix). */
function sendError(reply: FastifyReply, status: number, code: HttpMessageCode, params: Readonly<Record<string, string | number>>, lang: Lang, issues?: readonly IssueOut[]): FastifyReply {
  const message = httpMessage(code, params, lang);
  return reply
    .code(status)
    .type('application/json; charset=utf-8')
    .send({ error: { status, code, message }, issues: issues ?? (status === 400 ? [{ path: '', code, params: {}, message }] : []), requestId: reply.request.id });
}

/** 400 with the library's coded issues, each with its text. */
function badInput(reply: FastifyReply, issues: readonly InputIssue[], lang: Lang): FastifyReply {
  return sendError(reply, 400, 'http.invalid-input', {}, lang, issues.map((issue) => issueOut(issue, lang)));
}

function issueOut(issue: InputIssue, lang: Lang): IssueOut {
  return { ...issue, message: formatIssue(issue, lang) };
}

/** A result of the library with a `message` (in `lang`) on each finding and issue; everything else as the library gave it. */
export function withMessages<T extends { readonly findings?: readonly unknown[]; readonly issues?: readonly unknown[] }>(result: T, lang: Lang): T {
  const out: Record<string, unknown> = { ...result };
  if (Array.isArray(result.findings)) out['findings'] = result.findings.map((f) => ({ ...(f as object), message: formatFinding(f as never, lang) }));
  if (Array.isArray(result.issues)) out['issues'] = result.issues.map((i) => ({ ...(i as object), message: formatIssue(i as never, lang) }));
  return out as T;
}

function wrongType(path: string, expected: string): InputIssue {
  return { path, code: 'input.wrong-type', params: { expected } };
}

/** A date member or query parameter: absent (if optional) or a real `YYYY-MM-DD` day. */
function dateIssue(value: unknown, path: string, optional: boolean): InputIssue[] {
  if (value === undefined) return optional ? [] : [{ path, code: 'input.required', params: {} }];
  if (typeof value !== 'string') return [wrongType(path, 'string')];
  return isIsoDate(value) ? [] : [{ path, code: 'input.invalid-date', params: {} }];
}

/** A request body (or a batch line): a JSON object with only the members a route reads. */
function readEnvelope<K extends string>(body: unknown, members: readonly K[]): { ok: true; value: { [P in K]?: unknown } } | { ok: false; issues: InputIssue[] } {
  if (body === null || typeof body !== 'object' || Array.isArray(body)) return { ok: false, issues: [wrongType('', 'object')] };
  const unknown = Object.keys(body).filter((key) => !(members as readonly string[]).includes(key));
  if (unknown.length > 0) return { ok: false, issues: unknown.slice(0, 20).map((key) => ({ path: key.slice(0, 100), code: 'input.unknown-field', params: {} })) };
  return { ok: true, value: body as { [P in K]?: unknown } };
}

/** A candidate checker (`createCandidateChecker`): the library's result for a candidate and a context. */
type Checker = (candidate: unknown, context: unknown) => CandidateResult;

/** One input line of a batch: its text, or the mark of a line over the limit. */
type Line = string | null;

/**
 * The lines of an NDJSON body, a chunk's worth at a time (flat memory: a
 * line is held only until it ends; a line over `maxLine` bytes is dropped as
 * it comes and stands as `null`). A final line without its newline counts;
 * the empty text after a final newline does not.
 */
async function* ndjsonLines(body: AsyncIterable<Buffer>, maxLine: number): AsyncGenerator<Line[]> {
  let parts: Buffer[] = [];
  let size = 0;
  let tooLong = false;
  for await (const chunk of body) {
    const lines: Line[] = [];
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      const piece = chunk.subarray(start, nl === -1 ? chunk.length : nl);
      if (!tooLong && size + piece.length > maxLine) {
        tooLong = true;
        parts = [];
        size = 0;
      }
      if (!tooLong && piece.length > 0) {
        parts.push(piece);
        size += piece.length;
      }
      if (nl === -1) break;
      lines.push(tooLong ? null : Buffer.concat(parts, size).toString('utf8'));
      parts = [];
      size = 0;
      tooLong = false;
      start = nl + 1;
    }
    if (lines.length > 0) yield lines;
  }
  if (tooLong) yield [null];
  else if (size > 0) yield [Buffer.concat(parts, size).toString('utf8')];
}

/**
 * The output of a batch: for each input line, one line, in order,
 * `{"line":N,"result":…}` (the library's result with messages) or
 * `{"line":N,"error":{…},"issues":[…]}` for a line that is not a JSON object
 * with `candidate` (and optionally `context`). Past the batch limit, one
 * error line and the end.
 */
async function* checkLines(
  body: AsyncIterable<Buffer>,
  check: Checker,
  shared: unknown,
  lang: Lang,
  options: Pick<ServeOptions, 'bodyLimit' | 'batchLimit'>,
  sharedJson: WeakMap<object, string>,
): AsyncGenerator<string> {
  let n = 0;
  const error = (code: HttpMessageCode, params: Readonly<Record<string, string | number>> = {}, issues?: readonly IssueOut[]) => {
    const message = httpMessage(code, params, lang);
    return `${JSON.stringify({ line: n, error: { code, message }, issues: issues ?? [{ path: '', code, params: {}, message }] })}\n`;
  };
  for await (const lines of ndjsonLines(body, options.bodyLimit)) {
    let out = '';
    for (const line of lines) {
      n += 1;
      if (n > options.batchLimit) {
        yield `${out}${error('http.batch-too-long', { limit: options.batchLimit })}`;
        return;
      }
      if (line === null) {
        out += error('http.line-too-long', { limit: options.bodyLimit });
        continue;
      }
      const text = (n === 1 ? line.replace(/^\uFEFF/u, '') : line).replace(/\r$/u, '');
      if (text.trim() === '') {
        out += error('http.empty-line');
        continue;
      }
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        out += error('http.invalid-json');
        continue;
      }
      const read = readEnvelope(value, ['candidate', 'context']);
      if (!read.ok) {
        out += error('http.invalid-input', {}, read.issues.map((issue) => issueOut(issue, lang)));
        continue;
      }
      const context = 'context' in read.value ? read.value.context : shared;
      out += `{"line":${n},"result":${checkAnswerJson(check(read.value.candidate, context), lang, sharedJson)}}\n`;
    }
    if (out !== '') yield out;
  }
}
