#!/usr/bin/env node
// `npm run release`: version, check, publish. Applies the pending changesets (`changeset version`: versions,
// internal ranges, CHANGELOG.md of each package) unless none is pending, then runs everything
// `npm run release:check` checks (build, tarballs, publint, attw, an install into an empty project), and only
// then publishes: with `changeset publish`, with npm provenance, and only when a token is present
// (NODE_AUTH_TOKEN or NPM_TOKEN). Without a token it stops after the checks and says so: a dry run.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

function step(command, args, env = {}) {
  console.log(`\n$ ${[command, ...args].join(' ')}`);
  const r = spawnSync(command, args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
  if (r.status !== 0) {
    console.error(`release: "${[command, ...args].join(' ')}" failed (exit ${r.status ?? r.signal}); nothing was published.`);
    process.exit(r.status ?? 1);
  }
}

const pending = readdirSync(join(root, '.changeset')).filter((f) => f.endsWith('.md') && f !== 'README.md');
if (pending.length > 0) step('npx', ['changeset', 'version']);
else console.log('release: no pending changeset; versions stay as they are.');
step('node', ['scripts/release-check.mjs']);
const token = process.env.NODE_AUTH_TOKEN || process.env.NPM_TOKEN;
if (!token) {
  console.log('\nrelease: every check passed; no NODE_AUTH_TOKEN or NPM_TOKEN, so nothing was published (a dry run).');
  process.exit(0);
}
step('npx', ['changeset', 'publish'], { NODE_AUTH_TOKEN: token, NPM_CONFIG_PROVENANCE: 'true' });
