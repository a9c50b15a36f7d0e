import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { request as httpRequest } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Validator } from '@seriousme/openapi-schema-validator';
import {
  ALL_OVERLAYS,
  checkCandidate,
  createCandidateChecker,
  electionTimeline,
  evaluateMeeting,
  formatFinding,
  formatIssue,
  listParameters,
  listRules,
  secretaryAlsoLeaderReport,
  termOn,
} from '@truongthon/rules';
import type { FastifyInstance } from 'fastify';
import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { buildApp, ROUTES, withMessages } from '../src/serve/app';
import { HTTP_MESSAGES } from '../src/serve/messages';
import { openApiDocument } from '../src/serve/openapi';
import { SERVE_DEFAULTS, type ServeOptions, serveOptions } from '../src/serve/options';
import { describedSchema } from '../src/serve/schemas';
import { docxText } from './docxText';
import { wire, withoutMessages } from './helpers';

const TODAY = '2026-12-06';
const conformance = <T>(name: string) => (JSON.parse(readFileSync(new URL(`../../rules/conformance/${name}`, import.meta.url), 'utf8')) as { cases: T[] }).cases;
const candidates = conformance<{ id: string; candidate: unknown; context: unknown; today?: string }>('candidates.json');
const meetings = conformance<{ id: string; meeting: unknown; options: { province?: string } }>('meetings.json');
const reports = conformance<{ id: string; units: unknown; options: { asOf?: string } }>('reports.json');

const CITIZEN_ID = '046068001234';
const GOOD = {
  fullName: 'Nguyễn Văn Hùng',
  dateOfBirth: '1968-03-12',
  gender: 'male',
  citizenId: CITIZEN_ID,
  permanentResident: true,
  livesInUnit: true,
  attestations: { health: true, dedication: true, moralQuality: true, exemplaryFamily: true, capacity: true },
};
const CONTEXT = { electionDate: '2021-01-10', province: '46' };

const running: FastifyInstance[] = [];
afterEach(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()));
});

async function start(options: Partial<ServeOptions> = {}): Promise<{ base: string; logs: string[]; app: FastifyInstance }> {
  const logs: string[] = [];
  const app = buildApp({ ...SERVE_DEFAULTS, port: 0, ...options }, { today: () => TODAY, log: (line) => logs.push(line) });
  await app.listen({ host: '127.0.0.1', port: 0 });
  running.push(app);
  return { base: `http://127.0.0.1:${(app.server.address() as AddressInfo).port}`, logs, app };
}

const post = (base: string, path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${base}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });


describe('serve: a meeting\'s documents as DOCX (issue 16 through issue 17)', () => {
  const meeting = {
    electionDate: '2024-12-15',
    province: '46',
    unit: { name: 'Tổ dân phố 5' },
    electorateBase: 'households',
    totalElectorate: 1250,
    present: 1100,
    votingMode: 'secret_ballot',
    candidates: [
      { name: 'Nguyễn Văn An', votes: 760 },
      { name: 'Trần Thị Bình', votes: 300 },
    ],
  };

  it('POST /v1/meetings/documents gives the count record (Mẫu 02) as a DOCX attachment, with every figure; the draft recognition decision on ?kind=', async () => {
    const { base } = await start();
    const response = await post(base, '/v1/meetings/documents', { meeting });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="to-dan-pho-5_2024-12-15_bien-ban-kiem-phieu.docx"');
    const file = join(tmpdir(), `serve-docx-${process.pid}.docx`);
    writeFileSync(file, Buffer.from(await response.arrayBuffer()));
    const text = await docxText(file);
    expect(text).toContain('BIÊN BẢN KIỂM PHIẾU');
    for (const expected of ['Tổ dân phố 5', '1.250', '1.100', 'Nguyễn Văn An', '760', '60,8%', 'Trần Thị Bình']) expect(text).toContain(expected);
    const decision = await post(base, '/v1/meetings/documents?kind=recognition-decision', { meeting }, { 'accept-language': 'vi' });
    expect(decision.status).toBe(200);
    writeFileSync(file, Buffer.from(await decision.arrayBuffer()));
    expect(await docxText(file)).toMatch(/công nhận/iu);
    const invitation = await post(base, '/v1/meetings/documents?kind=invitation', { meeting });
    expect(invitation.status).toBe(200);
    expect(invitation.headers.get('content-disposition')).toBe('attachment; filename="to-dan-pho-5_2024-12-15_giay-moi.docx"');
    writeFileSync(file, Buffer.from(await invitation.arrayBuffer()));
    for (const expected of ['Mẫu số 01', 'GIẤY MỜI', 'Về việc bầu Tổ trưởng tổ dân phố 5.', 'ngày 15 tháng 12 năm 2024 (15/12/2024)', 'Nguyễn Văn An, Trần Thị Bình']) expect(await docxText(file)).toContain(expected);
    rmSync(file, { force: true });
  });

  it('a document the record does not give is a coded 422; an unknown kind a coded 400; an unreadable record the library\'s 400', async () => {
    const { base } = await start();
    const rerun = await post(base, '/v1/meetings/documents?kind=rerun-decision', { meeting }, { 'accept-language': 'en' });
    expect(rerun.status).toBe(422);
    expect(((await rerun.json()) as { error: { code: string } }).error.code).toBe('http.document-omitted');
    const unknown = await post(base, '/v1/meetings/documents?kind=mau-01', { meeting });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('http.unknown-document');
    const bad = await post(base, '/v1/meetings/documents', { meeting: { ...meeting, electionDate: '2024-02-30' } });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { outcome: string }).outcome).toBe('invalid');
  });
});

describe('serve: results are the library\'s', () => {
  it('POST /v1/candidates/check on every conformance case, with messages in the asked language', async () => {
    const { base } = await start();
    expect(candidates.length).toBeGreaterThan(10);
    for (const c of candidates) {
      const today = c.today ?? TODAY;
      const expected = checkCandidate(c.candidate, c.context, { today });
      const response = await post(base, '/v1/candidates/check', { candidate: c.candidate, context: c.context, today }, { 'accept-language': 'en' });
      expect(response.status, c.id).toBe(expected.verdict === 'invalid' ? 400 : 200);
      const text = await response.text();
      // Byte for byte what the library's result with its messages gives as JSON, from the same kind of long-lived checker.
      expect(text, c.id).toBe(JSON.stringify(withMessages(createCandidateChecker({ today, overlays: ALL_OVERLAYS })(c.candidate, c.context), 'en')));
      const body = JSON.parse(text) as { findings: { message: string }[]; issues: { message: string }[] };
      expect(withoutMessages(body), c.id).toEqual(wire(expected));
      expect(body.findings.map((f) => f.message)).toEqual(expected.findings.map((f) => formatFinding(f, 'en')));
      expect(body.issues.map((i) => i.message)).toEqual(expected.issues.map((i) => formatIssue(i, 'en')));
    }
  });

  it('today defaults to the injected clock (the adapter boundary): a birth after it is input.birth-in-future', async () => {
    const { base } = await start();
    const context = { electionDate: '2027-01-10', province: '46' };
    // Without a citizen id (whose birth-year digits would be checked against the date of birth too).
    const { citizenId: _id, ...person } = GOOD;
    const body = (await (await post(base, '/v1/candidates/check', { candidate: { ...person, dateOfBirth: '2026-12-07' }, context })).json()) as { issues: { code: string }[] };
    expect(body.issues.map((i) => i.code)).toContain('input.birth-in-future');
    const before = (await (await post(base, '/v1/candidates/check', { candidate: { ...person, dateOfBirth: '2026-12-06' }, context })).json()) as { issues: { code: string }[] };
    expect(before.issues.map((i) => i.code)).not.toContain('input.birth-in-future');
  });

  it('POST /v1/meetings/evaluate and /v1/reports/secretary-also-leader on the conformance cases', async () => {
    const { base } = await start();
    for (const c of meetings) {
      const expected = evaluateMeeting(c.meeting, c.options);
      const response = await post(base, '/v1/meetings/evaluate', { meeting: c.meeting, ...c.options });
      expect(response.status, c.id).toBe(expected.outcome === 'invalid' ? 400 : 200);
      expect(withoutMessages(await response.json()), c.id).toEqual(wire(expected));
    }
    for (const c of reports) {
      const expected = secretaryAlsoLeaderReport(c.units, { asOf: c.options.asOf ?? TODAY });
      const response = await post(base, '/v1/reports/secretary-also-leader', { units: c.units, ...c.options });
      expect(response.status, c.id).toBe(expected.ok ? 200 : 400);
      expect(withoutMessages(await response.json()), c.id).toEqual(wire(expected));
    }
  });

  it('GET /v1/timeline, /v1/terms, /v1/rules, /v1/schemas/{name}', async () => {
    const { base } = await start();
    const timeline = await fetch(`${base}/v1/timeline?meetingDate=2021-01-10&province=46`);
    expect(timeline.status).toBe(200);
    expect(withoutMessages(await timeline.json())).toEqual(wire(electionTimeline('2021-01-10', { province: '46' })));
    const badTimeline = await fetch(`${base}/v1/timeline?meetingDate=2021-02-30`);
    expect(badTimeline.status).toBe(400);
    expect(((await badTimeline.json()) as { issues: { code: string }[] }).issues.map((i) => i.code)).toEqual(electionTimeline('2021-02-30').issues.map((i) => i.code));

    const term = await fetch(`${base}/v1/terms?province=46&date=2022-05-01`);
    expect(term.status).toBe(200);
    expect(await term.json()).toEqual(wire(termOn('46', '2022-05-01')));
    const unknownLength = await fetch(`${base}/v1/terms?province=01&date=2021-01-10`, { headers: { 'accept-language': 'en' } });
    // The service's province data (ALL_OVERLAYS), as the service answers.
    const lookup = termOn('01', '2021-01-10', ALL_OVERLAYS);
    expect(lookup.ok).toBe(false);
    expect(unknownLength.status).toBe(200);
    expect(((await unknownLength.json()) as { error: { code: string; message: string } }).error.code).toBe(lookup.ok ? '' : lookup.error.code);
    expect((await fetch(`${base}/v1/terms?province=46`)).status).toBe(400);
    // The service answers with the province data the CLI uses (ALL_OVERLAYS): Tuyên Quang's length is known, its calendar not.
    const tuyenQuang = (await (await fetch(`${base}/v1/terms?province=08&date=2022-06-01`)).json()) as { error: { code: string } };
    expect(tuyenQuang.error.code).toBe('term.no-calendar');
    expect(termOn('08', '2022-06-01', ALL_OVERLAYS)).toMatchObject({ ok: false, error: { code: 'term.no-calendar' } });

    const rules = (await (await fetch(`${base}/v1/rules?date=2021-01-10`)).json()) as { rules: { id: string }[]; parameters: { id: string }[] };
    expect(rules.rules.map((r) => r.id)).toEqual(listRules({ date: '2021-01-10' }).map((r) => r.id));
    expect(rules.parameters.map((p) => p.id)).toEqual(listParameters({ date: '2021-01-10' }).map((p) => p.id));
    expect((await fetch(`${base}/v1/rules?date=10/01/2021`)).status).toBe(400);

    const schema = await fetch(`${base}/v1/schemas/candidate`);
    expect(schema.status).toBe(200);
    expect(await schema.json()).toEqual(describedSchema('candidate'));
    const none = await fetch(`${base}/v1/schemas/nothing`);
    expect(none.status).toBe(404);
    expect(((await none.json()) as { error: { code: string } }).error.code).toBe('http.unknown-schema');
  });
});

describe('serve: the NDJSON batch', () => {
  const lines = (text: string) => text.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l) as { line: number; result?: unknown; error?: { code: string }; issues?: { path: string; code: string }[] });

  it('one output line per input line, in order; a bad line is an error line with its number; the shared context from the query', async () => {
    const { base } = await start();
    const input = [
      JSON.stringify({ candidate: GOOD }),
      'not json',
      '',
      JSON.stringify([1, 2]),
      JSON.stringify({ candidate: GOOD, context: { electionDate: '2026-10-18', province: '46' } }),
      JSON.stringify({ candidate: GOOD, extra: 1 }),
      JSON.stringify({ candidate: { ...GOOD, dateOfBirth: '1968-02-30' } }),
    ].join('\r\n');
    const response = await fetch(`${base}/v1/candidates/check-batch?electionDate=2021-01-10&province=46`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: `\uFEFF${input}\n` });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^application\/x-ndjson/u);
    const out = lines(await response.text());
    expect(out.map((l) => l.line)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    expect(withoutMessages(out[0]!.result)).toEqual(wire(checkCandidate(GOOD, CONTEXT, { today: TODAY })));
    expect(out[1]!.error?.code).toBe('http.invalid-json');
    expect(out[2]!.error?.code).toBe('http.empty-line');
    expect(out[3]!.issues?.map((i) => i.code)).toEqual(['input.wrong-type']);
    expect(withoutMessages(out[4]!.result)).toEqual(wire(checkCandidate(GOOD, { electionDate: '2026-10-18', province: '46' }, { today: TODAY })));
    expect(out[5]!.issues).toMatchObject([{ path: 'extra', code: 'input.unknown-field' }]);
    expect(withoutMessages(out[6]!.result)).toEqual(wire(checkCandidate({ ...GOOD, dateOfBirth: '1968-02-30' }, CONTEXT, { today: TODAY })));
  });

  it('the conformance cases as one batch give, line by line, what checkCandidate gives', async () => {
    const { base } = await start();
    const body = candidates.map((c) => JSON.stringify({ candidate: c.candidate, context: c.context })).join('\n');
    const out = lines(await (await fetch(`${base}/v1/candidates/check-batch?today=${TODAY}`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body })).text());
    expect(out).toHaveLength(candidates.length);
    out.forEach((line, i) => expect(withoutMessages(line.result), candidates[i]!.id).toEqual(wire(checkCandidate(candidates[i]!.candidate, candidates[i]!.context, { today: TODAY }))));
  });

  it('past --batch-limit: an error line for the first line over it, then the end; a line over --body-limit is an error line', async () => {
    const { base } = await start({ batchLimit: 2, bodyLimit: 400 });
    const one = JSON.stringify({ candidate: GOOD });
    const out = lines(await (await fetch(`${base}/v1/candidates/check-batch?electionDate=2021-01-10&trace=false`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: [one, JSON.stringify({ candidate: { ...GOOD, fullName: 'x'.repeat(500) } }), one, one].join('\n') })).text());
    expect(out.map((l) => [l.line, l.error?.code ?? 'result'])).toEqual([[1, 'result'], [2, 'http.line-too-long'], [3, 'http.batch-too-long']]);
  });

  it('415 for JSON sent to the batch, 400 for a bad query', async () => {
    const { base } = await start();
    expect((await post(base, '/v1/candidates/check-batch', { candidate: GOOD })).status).toBe(415);
    const bad = await fetch(`${base}/v1/candidates/check-batch?electionDate=2021-13-01`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '' });
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { issues: { path: string; code: string }[] }).issues).toMatchObject([{ path: 'electionDate', code: 'input.invalid-date' }]);
    const provinceOnly = await fetch(`${base}/v1/candidates/check-batch?province=46`, { method: 'POST', headers: { 'content-type': 'application/x-ndjson' }, body: '' });
    expect(provinceOnly.status).toBe(400);
    expect(((await provinceOnly.json()) as { issues: { path: string; code: string }[] }).issues).toMatchObject([{ path: 'electionDate', code: 'input.required' }]);
  });
});

describe('serve: bad requests are coded JSON, never a stack or an echo', () => {
  it('bad JSON → 400 http.invalid-json, in vi by default and en when asked', async () => {
    const { base } = await start();
    const vi = await post(base, '/v1/candidates/check', `{"candidate": {"citizenId": "${CITIZEN_ID}"`);
    expect(vi.status).toBe(400);
    const text = await vi.text();
    expect(text).not.toContain(CITIZEN_ID);
    expect(text).not.toMatch(/at .*\.(ts|js):\d+/u);
    const body = JSON.parse(text) as { error: { code: string; message: string }; issues: { code: string }[]; requestId: string };
    expect(body.error).toMatchObject({ code: 'http.invalid-json', message: HTTP_MESSAGES.vi['http.invalid-json'] });
    expect(body.issues.map((i) => i.code)).toEqual(['http.invalid-json']);
    expect(body.requestId).toBe(vi.headers.get('x-request-id'));
    const en = await post(base, '/v1/candidates/check', '[', { 'accept-language': 'fr-FR, en;q=0.8, vi;q=0.5' });
    expect(((await en.json()) as { error: { message: string } }).error.message).toBe(HTTP_MESSAGES.en['http.invalid-json']);
    expect(en.headers.get('content-language')).toBe('en');
  });

  it('an invalid candidate: 400 with the library\'s coded issues (path, code, message) and no citizen id', async () => {
    const { base } = await start();
    const candidate = { ...GOOD, citizenId: '046168001234', dateOfBirth: '1968-02-30' };
    const response = await post(base, '/v1/candidates/check', { candidate, context: CONTEXT }, { 'accept-language': 'vi' });
    expect(response.status).toBe(400);
    const text = await response.text();
    expect(text).not.toContain('046168001234');
    const expected = checkCandidate(candidate, CONTEXT, { today: TODAY });
    expect((JSON.parse(text) as { issues: unknown[] }).issues).toEqual(expected.issues.map((i) => ({ ...wire(i) as object, message: formatIssue(i, 'vi') })));
    // A valid candidate's answer does not carry the id either.
    expect(await (await post(base, '/v1/candidates/check', { candidate: GOOD, context: CONTEXT })).text()).not.toContain(CITIZEN_ID);
  });

  it('the envelope: not an object, or a member the route does not read → 400 coded', async () => {
    const { base } = await start();
    const array = (await (await post(base, '/v1/candidates/check', [GOOD])).json()) as { issues: { path: string; code: string }[] };
    expect(array.issues).toMatchObject([{ path: '', code: 'input.wrong-type' }]);
    const extra = (await (await post(base, '/v1/candidates/check', { candidate: GOOD, context: CONTEXT, province: '46' })).json()) as { issues: { path: string; code: string }[] };
    expect(extra.issues).toMatchObject([{ path: 'province', code: 'input.unknown-field' }]);
    const today = await post(base, '/v1/candidates/check', { candidate: GOOD, context: CONTEXT, today: '06/12/2026' });
    expect(today.status).toBe(400);
  });

  it('a 20 MB body → 413; the wrong media type → 415; 404 and 405 as JSON', async () => {
    const { base } = await start();
    const big = JSON.stringify({ candidate: { ...GOOD, fullName: 'x'.repeat(20 * 1024 * 1024) }, context: CONTEXT });
    const tooLarge = await post(base, '/v1/candidates/check', big);
    expect(tooLarge.status).toBe(413);
    expect(((await tooLarge.json()) as { error: { code: string } }).error.code).toBe('http.body-too-large');
    const text = await post(base, '/v1/candidates/check', 'fullName=x', { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(((await text.json()) as { error: { code: string } }).error.code).toBe('http.unsupported-media-type');
    const noType = await fetch(`${base}/v1/meetings/evaluate`, { method: 'POST', body: new Uint8Array([123, 125]) });
    expect(noType.status).toBe(415);
    const missing = await fetch(`${base}/v1/nothing/${CITIZEN_ID}`);
    expect(missing.status).toBe(404);
    expect(missing.headers.get('content-type')).toMatch(/^application\/json/u);
    const missingText = await missing.text();
    expect(missingText).not.toContain(CITIZEN_ID);
    expect((JSON.parse(missingText) as { error: { code: string } }).error.code).toBe('http.not-found');
    const badUrl = await fetch(`${base}/v1/schemas/${CITIZEN_ID}%E0%A4`);
    expect(badUrl.status).toBe(400);
    const badUrlText = await badUrl.text();
    expect(badUrlText).not.toContain(CITIZEN_ID);
    expect((JSON.parse(badUrlText) as { error: { code: string } }).error.code).toBe('http.invalid-input');
    const wrongMethod = await fetch(`${base}/v1/candidates/check`);
    expect(wrongMethod.status).toBe(405);
    expect(wrongMethod.headers.get('allow')).toBe('POST');
    expect(((await wrongMethod.json()) as { error: { code: string } }).error.code).toBe('http.method-not-allowed');
    expect((await fetch(`${base}/v1/rules`, { method: 'POST' })).status).toBe(405);
  });

  it('access logs: one line per request with the route pattern, never a body, a citizen id or the URL as sent', async () => {
    const { base, logs } = await start();
    await post(base, '/v1/candidates/check', { candidate: GOOD, context: CONTEXT });
    await fetch(`${base}/v1/x/${CITIZEN_ID}?q=${CITIZEN_ID}`);
    await post(base, '/v1/candidates/check', `{"candidate":{"citizenId":"${CITIZEN_ID}"`);
    expect(logs).toHaveLength(3);
    for (const line of logs) expect(line).not.toContain(CITIZEN_ID);
    expect(logs.map((l) => JSON.parse(l) as { route: string | null; status: number })).toMatchObject([
      { route: '/v1/candidates/check', status: 200 },
      { route: null, status: 404 },
      { route: '/v1/candidates/check', status: 400 },
    ]);
  });

  it('access logs: a batch its caller cut short is logged as aborted', async () => {
    const { base, logs } = await start();
    const { port } = new URL(base);
    const req = httpRequest({ host: '127.0.0.1', port: Number(port), method: 'POST', path: '/v1/candidates/check-batch?electionDate=2021-01-10', headers: { 'content-type': 'application/x-ndjson' } });
    req.on('error', () => {});
    await new Promise<void>((resolve) => {
      req.on('response', (response) => response.once('data', () => resolve()));
      req.write(`${JSON.stringify({ candidate: GOOD })}\n`);
    });
    req.destroy();
    for (let i = 0; i < 500 && logs.length === 0; i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(logs.map((l) => JSON.parse(l) as unknown)).toMatchObject([{ route: '/v1/candidates/check-batch', status: null, aborted: true }]);
    expect(logs.join('\n')).not.toContain(CITIZEN_ID);
  });

  it('request ids: a well-formed X-Request-Id is kept, anything else replaced', async () => {
    const { base } = await start();
    expect((await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'lgsp-42.abc' } })).headers.get('x-request-id')).toBe('lgsp-42.abc');
    const replaced = (await fetch(`${base}/healthz`, { headers: { 'x-request-id': 'bad id <script>' } })).headers.get('x-request-id');
    expect(replaced).toMatch(/^[0-9a-f-]{36}$/u);
  });
});

describe('serve: token, CORS, concurrency', () => {
  it('with a token: /v1 needs Authorization: Bearer <token>; health and the contract stay open', async () => {
    const { base } = await start({ token: 's3cret-token' });
    const none = await fetch(`${base}/v1/rules`);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toBe('Bearer');
    expect((await fetch(`${base}/v1/rules`, { headers: { authorization: 'Bearer s3cret-tokem' } })).status).toBe(401);
    expect((await fetch(`${base}/v1/rules`, { headers: { authorization: 'Bearer s3cret-token-longer' } })).status).toBe(401);
    expect((await fetch(`${base}/v1/rules`, { headers: { authorization: 'Bearer s3cret-token' } })).status).toBe(200);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    expect((await fetch(`${base}/openapi.json`)).status).toBe(200);
  });

  it('CORS: no header unless configured; the configured origin only, with preflight', async () => {
    const off = await start();
    expect((await fetch(`${off.base}/v1/rules`, { headers: { origin: 'https://portal.example' } })).headers.get('access-control-allow-origin')).toBeNull();
    expect((await fetch(`${off.base}/v1/rules`, { method: 'OPTIONS' })).status).toBe(405);
    const on = await start({ corsOrigins: ['https://portal.example'] });
    expect((await fetch(`${on.base}/v1/rules`, { headers: { origin: 'https://portal.example' } })).headers.get('access-control-allow-origin')).toBe('https://portal.example');
    expect((await fetch(`${on.base}/v1/rules`, { headers: { origin: 'https://other.example' } })).headers.get('access-control-allow-origin')).toBeNull();
    const preflight = await fetch(`${on.base}/v1/candidates/check`, { method: 'OPTIONS', headers: { origin: 'https://portal.example', 'access-control-request-method': 'POST' } });
    expect(preflight.status).toBe(204);
    expect(preflight.headers.get('access-control-allow-methods')).toContain('POST');
  });

  it('over --concurrency: 503 with Retry-After while a request is under way; served again once it ends', async () => {
    const { base } = await start({ concurrency: 1 });
    const { port } = new URL(base);
    // A batch whose body is not finished holds its place.
    const held = httpRequest({ host: '127.0.0.1', port: Number(port), method: 'POST', path: '/v1/candidates/check-batch?electionDate=2021-01-10', headers: { 'content-type': 'application/x-ndjson' } });
    const answered = new Promise<string>((resolve, reject) => {
      held.on('response', (response) => {
        let text = '';
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n')) resolve(text);
        });
      });
      held.on('error', reject);
    });
    held.write(`${JSON.stringify({ candidate: GOOD })}\n`);
    await answered;
    const busy = await fetch(`${base}/v1/rules`);
    expect(busy.status).toBe(503);
    expect(busy.headers.get('retry-after')).toBe('1');
    expect(((await busy.json()) as { error: { code: string } }).error.code).toBe('http.busy');
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await new Promise<void>((resolve) => held.end(resolve));
    await new Promise((resolve) => setImmediate(resolve));
    let status = 503;
    for (let i = 0; i < 50 && status === 503; i++) status = (await fetch(`${base}/v1/rules`)).status;
    expect(status).toBe(200);
  });
});

describe('serve: options', () => {
  it('flags, then TRUONGTHON_* variables, then defaults; a bad number is a usage error', () => {
    expect(serveOptions({}, {})).toEqual(SERVE_DEFAULTS);
    expect(serveOptions({ port: '0', corsOrigin: 'https://a.example, https://b.example' }, { TRUONGTHON_PORT: '9000', TRUONGTHON_BODY_LIMIT: '2048', TRUONGTHON_TOKEN: 't' })).toMatchObject({
      port: 0,
      bodyLimit: 2048,
      token: 't',
      corsOrigins: ['https://a.example', 'https://b.example'],
      host: '127.0.0.1',
    });
    expect(() => serveOptions({ concurrency: '0' }, {})).toThrow(/--concurrency/u);
    expect(() => serveOptions({}, { TRUONGTHON_PORT: '70000' })).toThrow(/--port/u);
  });

  it('the HTTP messages: the same codes and placeholders in vi and en', () => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)/gu)].map((m) => m[1]).sort();
    expect(Object.keys(HTTP_MESSAGES.en).sort()).toEqual(Object.keys(HTTP_MESSAGES.vi).sort());
    for (const [code, text] of Object.entries(HTTP_MESSAGES.vi)) expect(placeholders(HTTP_MESSAGES.en[code as keyof typeof HTTP_MESSAGES.en]), code).toEqual(placeholders(text));
  });
});

describe('serve: the OpenAPI contract', () => {
  const file = new URL('../openapi.json', import.meta.url);
  const document = openApiDocument();

  it('is valid OpenAPI 3.1 and lists every route, its inputs from the zod schemas', async () => {
    const result = await new Validator().validate(wire(document) as Parameters<Validator["validate"]>[0]);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    const paths = document['paths'] as Record<string, Record<string, unknown>>;
    for (const route of ROUTES) expect(paths[route.url]?.[route.method.toLowerCase()], `${route.method} ${route.url}`).toBeDefined();
    expect(Object.keys(paths).sort()).toEqual([...new Set(ROUTES.map((r) => r.url))].sort());
    const schemas = (document['components'] as { schemas: Record<string, Record<string, unknown>> }).schemas;
    const { $schema: _dialect, ...candidate } = describedSchema('candidate');
    expect(schemas['Candidate']).toEqual(candidate);
    expect((schemas['Context']!['properties'] as Record<string, Record<string, unknown>>)['electionDate']).toMatchObject({ type: 'string', format: 'date' });
  });

  it('is served at /openapi.json', async () => {
    const { base } = await start();
    expect(await (await fetch(`${base}/openapi.json`)).json()).toEqual(wire(document));
  });

  it('packages/cli/openapi.json is current (UPDATE_OPENAPI=1 rewrites it; the build writes it too)', () => {
    const text = `${JSON.stringify(document, null, 2)}\n`;
    if (process.env['UPDATE_OPENAPI'] === '1') writeFileSync(file, text);
    expect(readFileSync(file, 'utf8'), 'openapi.json is stale: run UPDATE_OPENAPI=1 npx vitest run test/serve.test.ts, or npm run build').toBe(text);
  });
});

describe('schema descriptions are derived from the field descriptions', () => {
  it('labels in both languages, formats and patterns on every date', () => {
    const candidate = describedSchema('candidate') as { properties: Record<string, Record<string, unknown>> };
    expect(candidate.properties['fullName']).toMatchObject({ description: 'Họ và tên — Full name', 'x-label': { vi: 'Họ và tên', en: 'Full name' } });
    expect(candidate.properties['dateOfBirth']).toMatchObject({ format: 'date', pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$' });
    const meeting = describedSchema('meeting') as { properties: Record<string, Record<string, unknown>> };
    expect(meeting.properties['electionDate']).toMatchObject({ format: 'date' });
  });
});

afterAll(async () => {
  await Promise.all(running.splice(0).map((app) => app.close()));
});
