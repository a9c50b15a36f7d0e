import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

function newestMtime(dir: string): number {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(path) : statSync(path).mtimeMs);
  }
  return newest;
}

/**
 * End-to-end tests spawn the built binary. `npm test` at the root builds
 * first (turbo); when running this package's tests alone, build the CLI here
 * if dist/bin.js is missing or older than its sources or than the library
 * packages' dist, which the binary bundles (as the published binary does).
 */
export default function setup(): void {
  const bin = join(root, 'dist', 'bin.js');
  for (const pkg of ['core', 'rules']) {
    if (!existsSync(join(root, '..', pkg, 'dist', 'index.js'))) throw new Error(`packages/${pkg} is not built: run npm run build at the root first`);
  }
  const libraries = ['core', 'rules'].map((pkg) => statSync(join(root, '..', pkg, 'dist', 'index.js')).mtimeMs);
  const stale = !existsSync(bin) || statSync(bin).mtimeMs < Math.max(newestMtime(join(root, 'src')), statSync(join(root, 'package.json')).mtimeMs, ...libraries);
  if (stale) execFileSync(process.execPath, [join(root, '..', '..', 'node_modules', 'tsup', 'dist', 'cli-default.js')], { cwd: root, stdio: 'inherit' });
}
