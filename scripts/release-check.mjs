#!/usr/bin/env node
// `npm run release:check`: everything a release does except publishing. Builds the packages, packs each
// into a temporary folder, checks every tarball (LICENSE and README inside, publint --strict, attw), installs
// the four tarballs into an empty scratch project (no workspace) and smoke-tests them as a stranger would:
// ESM import, CJS require where the exports offer it, tsc under `module: node16` and `moduleResolution: bundler`,
// `npx truongthon --version` and a `truongthon check` of examples/candidates.csv, the widget's IIFE file.
// Exit 0 only when every check passes. `--keep` keeps the temporary folder. Publishing is `npm run release`.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const keep = process.argv.includes('--keep');
const PACKAGES = [
  { dir: 'packages/core', attwProfile: 'node16' },
  { dir: 'packages/rules', attwProfile: 'node16' },
  { dir: 'packages/cli', attwProfile: 'esm-only' },
  { dir: 'packages/web-widget', attwProfile: 'esm-only' },
];
const bin = (name) => join(root, 'node_modules', '.bin', name);
const results = [];

/** Runs a command; returns { ok, out } with stdout and stderr together (shown when the check fails). */
function run(command, args, options = {}) {
  const r = spawnSync(command, args, { cwd: root, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...options.env } });
  const out = `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}`;
  return { ok: r.status === 0, status: r.status, stdout: r.stdout ?? '', out };
}

function check(name, fn) {
  let ok = false;
  let detail = '';
  try {
    const r = fn();
    ok = r === true || (typeof r === 'object' && r.ok);
    detail = typeof r === 'object' && !r.ok ? r.out : '';
  } catch (error) {
    detail = error instanceof Error ? error.message : String(error);
  }
  results.push({ name, ok });
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}`);
  if (!ok && detail) console.log(detail.trim().split('\n').slice(-40).map((l) => `     ${l}`).join('\n'));
  return ok;
}

function fatal(message, detail = '') {
  console.error(`release-check: ${message}`);
  if (detail) console.error(detail.trim().split('\n').slice(-60).join('\n'));
  process.exit(1);
}

// 1. Build every package.
console.log('Building…');
const build = run(bin('turbo'), ['run', 'build', '--output-logs=errors-only'], { env: { TURBO_TELEMETRY_DISABLED: '1' } });
if (!build.ok) fatal('the build failed', build.out);

// 2. Pack each package into a temporary folder.
const work = mkdtempSync(join(tmpdir(), 'truongthon-release-'));
const packs = join(work, 'tarballs');
mkdirSync(packs);
console.log(`Packing into ${packs}`);
const tarballs = [];
for (const pkg of PACKAGES) {
  const packed = run('npm', ['pack', '--json', '--pack-destination', packs, '-w', pkg.dir]);
  if (!packed.ok) fatal(`npm pack -w ${pkg.dir} failed`, packed.out);
  const [info] = JSON.parse(packed.stdout);
  const manifest = JSON.parse(readFileSync(join(root, pkg.dir, 'package.json'), 'utf8'));
  tarballs.push({ ...pkg, manifest, file: join(packs, info.filename), files: info.files.map((f) => f.path) });
}

// 3. Each tarball: LICENSE and README, publint --strict, attw.
for (const t of tarballs) {
  const name = t.manifest.name;
  check(`${name}: LICENSE and README.md in the tarball`, () => t.files.includes('LICENSE') && t.files.includes('README.md'));
  check(`${name}: publint --strict`, () => run(bin('publint'), ['run', t.file, '--strict']));
  if (existsSync(bin('attw'))) check(`${name}: attw --profile ${t.attwProfile}`, () => run(bin('attw'), [t.file, '--profile', t.attwProfile, '--format', 'table-flipped']));
  else console.log(`skip ${name}: attw (@arethetypeswrong/cli is not installed)`);
}
const widget = tarballs.find((t) => t.manifest.name === '@truongthon/web-widget');
check('@truongthon/web-widget: dist/truongthon.iife.js in the tarball', () => widget.files.includes('dist/truongthon.iife.js'));

// 4. A scratch project with the four tarballs, installed in one command (they depend on each other).
const app = join(work, 'app');
mkdirSync(app);
writeFileSync(join(app, 'package.json'), `${JSON.stringify({ name: 'truongthon-release-check', private: true, type: 'module' }, null, 2)}\n`);
console.log(`Installing the tarballs into ${app}`);
const install = run('npm', ['install', '--no-audit', '--no-fund', '--prefer-offline', ...tarballs.map((t) => t.file)], { cwd: app });
if (!install.ok) {
  fatal(
    'npm install of the four tarballs into an empty project failed. Third-party dependencies come from the npm registry ' +
      '(reachable from here?); the internal ones are "*" and are satisfied only by the tarballs installed in the same command.',
    install.out,
  );
}
for (const t of tarballs) check(`${t.manifest.name}: installed`, () => existsSync(join(app, 'node_modules', t.manifest.name, 'package.json')));

// 5. Smoke tests in the scratch project.
const candidate = "{ fullName: 'Nguyễn Văn An', dateOfBirth: '2000-01-11', permanentResident: true, livesInUnit: true }";
const context = "{ electionDate: '2021-01-10', province: '46' }";
writeFileSync(
  join(app, 'esm.mjs'),
  `import { ageOn } from '@truongthon/core';
import { checkCandidate, sha256 } from '@truongthon/rules';
import * as cli from '@truongthon/cli';
import * as widget from '@truongthon/web-widget';
if (ageOn('2000-01-11', '2021-01-10') !== 20) throw new Error('core: ageOn');
if (checkCandidate(${candidate}, ${context}).verdict !== 'ineligible') throw new Error('rules: checkCandidate');
if (sha256('abc') !== 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad') throw new Error('rules: sha256');
if (typeof cli.openCsv !== 'function') throw new Error('cli: openCsv');
if (Object.keys(widget).length === 0) throw new Error('web-widget: no exports');
console.log('esm ok');
`,
);
check('ESM import of core, rules, cli, web-widget (node)', () => run('node', ['esm.mjs'], { cwd: app }));

for (const t of tarballs.filter((p) => p.manifest.exports?.['.']?.require)) {
  const name = t.manifest.name;
  const probe = name.endsWith('/core') ? "m.ageOn('2000-01-11', '2021-01-10') === 20" : `m.checkCandidate(${candidate}, ${context}).verdict === 'ineligible'`;
  writeFileSync(join(app, `${name.split('/')[1]}.cjs`), `const m = require('${name}');\nif (!(${probe})) throw new Error('${name}');\nconsole.log('cjs ok');\n`);
  check(`CJS require of ${name} (node)`, () => run('node', [`${name.split('/')[1]}.cjs`], { cwd: app }));
}

// Types: a consumer type-checked with the repository's TypeScript, without skipLibCheck.
writeFileSync(
  join(app, 'consumer.ts'),
  `import { ageOn, type IsoDate } from '@truongthon/core';
import { checkCandidate, type CandidateResult } from '@truongthon/rules';
import { openCsv } from '@truongthon/cli';
import { TruongthonCandidate } from '@truongthon/web-widget';
const day: IsoDate = '2021-01-10';
const age: number = ageOn('2000-01-11', day);
const result: CandidateResult = checkCandidate(${candidate}, { electionDate: day, province: '46' });
const verdict: 'eligible' | 'ineligible' | 'undetermined' | 'invalid' = result.verdict;
export const used = [age, verdict, openCsv, TruongthonCandidate] as const;
`,
);
writeFileSync(
  join(app, 'consumer-require.cts'),
  `import { ageOn } from '@truongthon/core';
import { checkCandidate } from '@truongthon/rules';
export const used = [ageOn('2000-01-11', '2021-01-10'), checkCandidate({}, {}).verdict] as const;
`,
);
const typeRoots = join(root, 'node_modules', '@types');
const compilerOptions = { strict: true, noEmit: true, skipLibCheck: false, target: 'ES2022', lib: ['ES2022', 'DOM', 'DOM.Iterable'], types: ['node'], typeRoots: [typeRoots] };
writeFileSync(join(app, 'tsconfig.node16.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'node16', moduleResolution: 'node16' }, files: ['consumer.ts', 'consumer-require.cts'] }, null, 2));
writeFileSync(join(app, 'tsconfig.bundler.json'), JSON.stringify({ compilerOptions: { ...compilerOptions, module: 'esnext', moduleResolution: 'bundler' }, files: ['consumer.ts'] }, null, 2));
check('tsc: a consumer under module node16 (ESM, and CJS for core and rules)', () => run(bin('tsc'), ['-p', 'tsconfig.node16.json'], { cwd: app }));
check('tsc: a consumer under moduleResolution bundler', () => run(bin('tsc'), ['-p', 'tsconfig.bundler.json'], { cwd: app }));

// The command line, as installed.
const cliVersion = tarballs.find((t) => t.manifest.name === '@truongthon/cli').manifest.version;
check(`npx truongthon --version prints ${cliVersion}`, () => {
  const r = run('npx', ['--no-install', 'truongthon', '--version'], { cwd: app });
  return { ok: r.ok && r.stdout.trim() === cliVersion, out: r.out };
});
check('npx truongthon check examples/candidates.csv (12 verdicts)', () => {
  const r = run('npx', ['--no-install', 'truongthon', 'check', join(root, 'examples', 'candidates.csv'), '--election-date', '2021-01-10', '--province', '46', '--format', 'json'], { cwd: app });
  // Exit 1 means "some candidate is not eligible", as documented; 2 and above are errors.
  if (r.status !== 0 && r.status !== 1) return { ok: false, out: r.out };
  const rows = JSON.parse(r.stdout);
  return { ok: rows.length === 12 && rows.some((row) => row.verdict === 'eligible') && rows.some((row) => row.verdict === 'ineligible'), out: r.out };
});
check('@truongthon/web-widget: dist/truongthon.iife.js installed', () => existsSync(join(app, 'node_modules', '@truongthon', 'web-widget', 'dist', 'truongthon.iife.js')));

// Summary.
const failed = results.filter((r) => !r.ok);
console.log(`\n${results.length - failed.length} of ${results.length} checks passed.${failed.length ? ` Failed: ${failed.map((r) => r.name).join('; ')}.` : ''}`);
if (keep || failed.length) console.log(`Scratch project and tarballs kept in ${work}`);
else rmSync(work, { recursive: true, force: true });
process.exit(failed.length ? 1 : 0);
