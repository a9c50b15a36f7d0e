import { type ChildProcess, execFile, spawn } from 'node:child_process';
import { request as httpRequest } from 'node:http';
import { fileURLToPath } from 'node:url';
import { checkCandidate } from '@truongthon/rules';
import { afterEach, describe, expect, it } from 'vitest';
import { HTTP_MESSAGES } from '../src/serve/messages';
import { describedSchema } from '../src/serve/schemas';
import { wire, withoutMessages } from './helpers';

/*
 * The built binary (`node dist/bin.js serve --port 0`), as deployed: a
 * client written in Python's standard library, and a graceful stop on
 * SIGTERM with a request under way.
 */

const bin = fileURLToPath(new URL('../dist/bin.js', import.meta.url));
const casesFile = fileURLToPath(new URL('../../rules/conformance/candidates.json', import.meta.url));
const TODAY = '2026-12-06';
const children: ChildProcess[] = [];

afterEach(() => {
  for (const child of children.splice(0)) if (child.exitCode === null && child.signalCode === null) child.kill('SIGKILL');
});

interface Server {
  readonly child: ChildProcess;
  readonly base: string;
  readonly port: number;
  readonly stderr: () => string;
  readonly exit: Promise<number | null>;
}

/** Starts the service on a free port and reads the address it prints. */
async function serve(...args: string[]): Promise<Server> {
  const child = spawn(process.execPath, [bin, 'serve', '--port', '0', ...args], { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, TRUONGTHON_LANG: 'en' } });
  children.push(child);
  let stderr = '';
  child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
  const exit = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
  const port = await new Promise<number>((resolve, reject) => {
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const match = /http:\/\/127\.0\.0\.1:(\d+)/u.exec(out);
      if (match) resolve(Number(match[1]));
    });
    child.on('exit', (code) => reject(new Error(`serve exited (${code}) before listening: ${stderr}`)));
  });
  return { child, base: `http://127.0.0.1:${port}`, port, stderr: () => stderr, exit };
}


describe('truongthon serve, the process', () => {
  it('a Python standard-library client gets the library\'s answers (single, NDJSON batch, bad JSON)', async () => {
    const server = await serve();
    const stdout = await new Promise<string>((resolve, reject) =>
      execFile('python3', [fileURLToPath(new URL('./python/serve_client.py', import.meta.url)), server.base, casesFile, TODAY], { maxBuffer: 64 * 1024 * 1024 }, (error, out, err) => (error ? reject(new Error(`${error.message}\n${err}`)) : resolve(out))),
    );
    const got = JSON.parse(stdout) as {
      single: { id: string; status: number; body: unknown }[];
      batch: { status: number; lines: { line: number; result?: unknown; error?: { code: string } }[] };
      badJson: { status: number; body: { error: { code: string; message: string }; issues: { code: string }[] } };
    };
    const { cases } = (await import(casesFile, { with: { type: 'json' } })).default as { cases: { id: string; candidate?: unknown; context: unknown; today?: string }[] };
    expect(got.single).toHaveLength(cases.length);
    cases.forEach((c, i) => {
      const expected = checkCandidate(c.candidate, c.context, { today: c.today ?? TODAY });
      expect(got.single[i]!.status, c.id).toBe(expected.verdict === 'invalid' ? 400 : 200);
      expect(withoutMessages(got.single[i]!.body), c.id).toEqual(wire(expected));
    });
    // The batch: the bad line is line 2, every case keeps its line.
    expect(got.batch.status).toBe(200);
    expect(got.batch.lines.map((l) => l.line)).toEqual(Array.from({ length: cases.length + 1 }, (_, i) => i + 1));
    expect(got.batch.lines[1]!.error?.code).toBe('http.invalid-json');
    cases.forEach((c, i) => {
      const line = got.batch.lines[i === 0 ? 0 : i + 1]!;
      expect(withoutMessages(line.result), c.id).toEqual(wire(checkCandidate(c.candidate, c.context, { today: TODAY })));
    });
    expect(got.badJson.status).toBe(400);
    expect(got.badJson.body.error).toEqual({ status: 400, code: 'http.invalid-json', message: HTTP_MESSAGES.en['http.invalid-json'] });
    expect(got.badJson.body.issues.map((issue) => issue.code)).toEqual(['http.invalid-json']);
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
  });

  it('SIGTERM with a request under way: it completes, then the process exits 0', async () => {
    const server = await serve('--quiet');
    const line = JSON.stringify({ candidate: { fullName: 'Nguyễn Văn An', dateOfBirth: '1980-01-10' } });
    const request = httpRequest({ host: '127.0.0.1', port: server.port, method: 'POST', path: '/v1/candidates/check-batch?electionDate=2021-01-10&province=46&trace=false', headers: { 'content-type': 'application/x-ndjson' } });
    let text = '';
    let firstLine!: () => void;
    const first = new Promise<void>((resolve) => (firstLine = resolve));
    const done = new Promise<number>((resolve, reject) => {
      request.on('response', (response) => {
        response.setEncoding('utf8');
        response.on('data', (chunk: string) => {
          text += chunk;
          if (text.includes('\n')) firstLine();
        });
        response.on('end', () => resolve(response.statusCode ?? 0));
      });
      request.on('error', reject);
    });
    request.write(`${line}\n`);
    await first;
    // The request is under way (its first answer is back, its body is not finished): stop the service now.
    server.child.kill('SIGTERM');
    await new Promise<void>((resolve) => {
      const poll = setInterval(() => {
        if (server.stderr().includes('SIGTERM')) {
          clearInterval(poll);
          resolve();
        }
      }, 10);
    });
    request.write(`${line}\n`);
    request.end(`${line}\n`);
    expect(await done).toBe(200);
    expect(text.split('\n').filter((l) => l !== '').map((l) => (JSON.parse(l) as { line: number; result: { verdict: string } }).line)).toEqual([1, 2, 3]);
    expect(await server.exit).toBe(0);
    expect(server.stderr()).toContain('The service has stopped.');
  });

  it('access logs go out in batches: a line comes without a stop, and every line is on stderr before the process exits', async () => {
    const server = await serve();
    const post = () => fetch(`${server.base}/v1/candidates/check`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ candidate: { fullName: 'Nguyễn Văn An' }, context: { electionDate: '2021-01-10' } }) });
    await post();
    // Written by the timer, while the service runs on.
    for (let i = 0; i < 500 && !server.stderr().includes('"requestId"'); i++) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(server.stderr()).toContain('"route":"/v1/candidates/check"');
    for (let i = 0; i < 5; i++) await post();
    server.child.kill('SIGTERM');
    expect(await server.exit).toBe(0);
    const lines = server.stderr().split('\n');
    const access = lines.filter((l) => l.startsWith('{')).map((l) => JSON.parse(l) as { route: string; status: number });
    expect(access).toHaveLength(6);
    expect(access.every((l) => l.route === '/v1/candidates/check' && l.status === 400)).toBe(true);
    // All of them before the notices of the stop.
    const stopping = lines.findIndex((l) => l.includes('SIGTERM'));
    expect(stopping).toBeGreaterThan(0);
    expect(lines.slice(stopping).some((l) => l.startsWith('{'))).toBe(false);
    expect(server.stderr()).toContain('The service has stopped.');
  });

  it('serve --help in Vietnamese and English; a bad option value is exit 2 naming it; schema prints the described schema', async () => {
    const run = (args: string[], env: Record<string, string> = {}) =>
      new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
        execFile(process.execPath, [bin, ...args], { env: { ...process.env, TRUONGTHON_LANG: '', ...env } }, (error, stdout, stderr) => resolve({ code: error ? Number(error.code) : 0, stdout, stderr }));
      });
    const vi = await run(['serve', '--help']);
    expect(vi.code).toBe(0);
    expect(vi.stdout).toContain('--batch-limit');
    expect(vi.stdout).toContain('Mã thoát: 0');
    expect((await run(['serve', '--help', '--lang', 'en'])).stdout).toContain('Exit codes: 0 the service stopped gracefully');
    const bad = await run(['serve', '--port', 'http']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--port');
    const taken = await serve();
    const busy = await run(['serve', '--port', String(taken.port), '--lang', 'en']);
    expect(busy.code).toBe(2);
    expect(busy.stderr).toContain(`Could not listen on port ${taken.port} of address 127.0.0.1 (EADDRINUSE`);
    taken.child.kill('SIGTERM');
    expect(await taken.exit).toBe(0);
    const schema = await run(['schema', 'context']);
    expect(JSON.parse(schema.stdout)).toEqual(describedSchema('context'));
  });
});
