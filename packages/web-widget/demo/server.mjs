#!/usr/bin/env node
/**
 * A tiny static server for the demo portal and the browser tests: no
 * dependencies, 127.0.0.1 only, every HTML page under a strict
 * Content-Security-Policy (no 'unsafe-inline', no 'unsafe-eval').
 *
 *   npm run demo            → http://127.0.0.1:5178/
 *   PORT=8080 npm run demo
 *
 * Routes: /dist/* (the builds), /demo/* (this folder), /vendor/axe.min.js,
 * /test/* (test fixtures, when `fixtures` is given), /test-output/* (files
 * the tests generate), POST /submit (echoes the submitted form as a page).
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createRequire } from 'node:module';
import { dirname, extname, join, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const packageRoot = resolve(here, '..');
const require = createRequire(import.meta.url);

/** The policy every page is served with: only same-origin scripts and styles, no inline code, no eval, Trusted Types for Lit. */
export const STRICT_CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'none'",
  "form-action 'self'",
  "base-uri 'none'",
  "frame-ancestors 'none'",
  "require-trusted-types-for 'script'",
  'trusted-types lit-html',
].join('; ');

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

function escapeHtml(text) {
  return text.replace(/[&<>"']/gu, (c) => `&#${c.charCodeAt(0)};`);
}

function submittedPage(fields) {
  const rows = fields.map(([key, value]) => `<dt>${escapeHtml(key)}</dt><dd><pre>${escapeHtml(value)}</pre></dd>`).join('');
  return `<!doctype html><html lang="vi"><head><meta charset="utf-8"><title>Đã gửi / Submitted</title><link rel="stylesheet" href="/demo/portal.css"></head>
<body><main class="page"><h1>Đã nhận hồ sơ / Received</h1><p>Máy chủ nhận được / the server received:</p><dl id="submitted">${rows}</dl>
<p>Máy chủ phải kiểm tra lại bằng cùng thư viện (không tin dữ liệu từ trình duyệt). / The server must check again with the same library (never trust the browser).</p>
<p><a href="/">← Quay lại / Back</a></p></main></body></html>`;
}

/**
 * The policy for a path: strict everywhere; test pages named `*.nocsp.html` get none (so an injection would
 * really run there), and `*.allow-duplicates.*` pages let two copies of Lit create their policy.
 */
export function defaultPolicy(pathname) {
  if (pathname.includes('.nocsp.')) return null;
  if (pathname.includes('allow-duplicates')) return STRICT_CSP.replace('trusted-types lit-html', "trusted-types lit-html 'allow-duplicates'");
  // A page that allows no Trusted Types policy at all (the README says what then happens).
  if (pathname.includes('.tt-none.')) return STRICT_CSP.replace('trusted-types lit-html', "trusted-types 'none'");
  return STRICT_CSP;
}

/**
 * Starts the server. Resolves to its origin and a `close()`.
 * @param {{ port?: number, host?: string, fixtures?: string, output?: string, csp?: (pathname: string) => string | null, quiet?: boolean }} [options]
 */
export function startServer(options = {}) {
  const { port = 0, host = '127.0.0.1', fixtures, output, quiet = true } = options;
  const csp = options.csp ?? defaultPolicy;
  const mounts = [
    ['/dist/', join(packageRoot, 'dist')],
    ['/demo/', here],
    ...(fixtures ? [['/test/', fixtures]] : []),
    ...(output ? [['/test-output/', output]] : []),
  ];
  const vendor = { '/vendor/axe.min.js': () => require.resolve('axe-core/axe.min.js') };

  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const send = (status, type, body, extra = {}) => {
      response.writeHead(status, { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff', ...extra });
      response.end(body);
    };
    if (!quiet) console.log(`${request.method} ${url.pathname}`);
    if (request.method === 'POST' && url.pathname === '/submit') {
      let body = '';
      request.setEncoding('utf8');
      request.on('data', (chunk) => {
        body += chunk;
        if (body.length > 1_000_000) request.destroy();
      });
      request.on('end', () => {
        const fields = [...new URLSearchParams(body)];
        send(200, TYPES['.html'], submittedPage(fields), { 'content-security-policy': STRICT_CSP });
      });
      return;
    }
    if (request.method !== 'GET' && request.method !== 'HEAD') return send(405, 'text/plain', 'method not allowed');
    if (url.pathname === '/favicon.ico') return send(204, 'image/x-icon', '');
    let file;
    if (url.pathname === '/') file = join(here, 'index.html');
    else if (vendor[url.pathname]) file = vendor[url.pathname]();
    else {
      for (const [prefix, dir] of mounts) {
        if (!url.pathname.startsWith(prefix)) continue;
        const candidate = resolve(dir, decodeURIComponent(url.pathname.slice(prefix.length)));
        if (candidate === dir || candidate.startsWith(dir + sep)) file = candidate;
        break;
      }
    }
    if (!file || !existsSync(file) || !statSync(file).isFile()) return send(404, 'text/plain; charset=utf-8', 'not found');
    const type = TYPES[extname(file)] ?? 'application/octet-stream';
    const headers = { 'content-type': type, 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };
    const policy = type.startsWith('text/html') ? csp(url.pathname) : null;
    if (policy) headers['content-security-policy'] = policy;
    response.writeHead(200, headers);
    if (request.method === 'HEAD') return response.end();
    createReadStream(file).pipe(response);
  });

  return new Promise((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      const address = server.address();
      const origin = `http://${host}:${typeof address === 'object' && address ? address.port : port}`;
      resolvePromise({ origin, close: () => new Promise((done) => server.close(() => done())) });
    });
  });
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (!existsSync(join(packageRoot, 'dist', 'truongthon.iife.js'))) {
    console.error('dist/truongthon.iife.js is missing: run `npm run build` at the repository root first.');
    process.exit(1);
  }
  const port = Number(process.env.PORT ?? 5178);
  const { origin } = await startServer({ port, quiet: false });
  console.log(`Demo portal (strict CSP): ${origin}/  (English: ${origin}/?lang=en)  — Ctrl+C to stop`);
}
