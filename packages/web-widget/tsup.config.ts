import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { defineConfig, type Options } from 'tsup';
import { minifyTemplates } from './scripts/minify-templates.mjs';

// One clean before the three builds run side by side (each config's own `clean` would race the others).
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const BANNER =
  '/*! @truongthon/web-widget (MIT). Bundles lit (BSD-3-Clause, Copyright (c) 2017 Google LLC) and zod (MIT, Copyright (c) 2025 Colin McDonnell). */';

/** Single-file builds resolve the sibling packages to their sources, so they bundle what the tests run. */
const bundled: Options = {
  entry: { 'truongthon.bundle': 'src/bundle.ts' },
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  minify: true,
  treeshake: true,
  sourcemap: false,
  esbuildPlugins: [minifyTemplates()],
  banner: { js: BANNER },
  esbuildOptions(options) {
    options.conditions = ['@truongthon/source', 'browser', 'module', 'import', 'default'];
    // The notices of the bundled packages are in the banner once, instead of one copy per Lit module.
    options.legalComments = 'none';
  },
};

/**
 * Wraps the IIFE in a registration guard: a second copy on the page is not
 * even evaluated, so it neither redefines the element nor creates Lit's
 * `lit-html` Trusted Types policy twice (which a strict `trusted-types lit-html`
 * CSP forbids unless it says 'allow-duplicates').
 */
function guardIife(): void {
  const url = new URL('./dist/truongthon.iife.js', import.meta.url);
  const code = readFileSync(url, 'utf8');
  if (!code.startsWith('var Truongthon=')) throw new Error('unexpected IIFE prologue; update guardIife()');
  writeFileSync(url, `if(typeof customElements>"u"||!customElements.get("truongthon-candidate")){${code.trimEnd()}}\n`);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/** Prints raw and gzip sizes of the single-file builds (issue 6 budget: IIFE ≤ 30 KB gzip). */
function reportSizes(): void {
  for (const file of ['truongthon.iife.js', 'truongthon.bundle.js']) {
    const code = readFileSync(new URL(`./dist/${file}`, import.meta.url));
    const gzip = gzipSync(code, { level: 9 }).length;
    console.log(`[size] dist/${file}: ${kb(code.length)} raw, ${kb(gzip)} gzip${file.includes('iife') ? ` (budget 30 KB gzip: ${gzip <= 30 * 1024 ? 'ok' : 'OVER'})` : ''}`);
  }
}

export default defineConfig([
  {
    // For bundlers: classes and registration; core, rules and lit stay external (they are dependencies).
    entry: { index: 'src/index.ts', define: 'src/define.ts' },
    format: ['esm'],
    platform: 'browser',
    target: 'es2022',
    dts: true,
    sourcemap: true,
    treeshake: true,
  },
  { ...bundled, format: ['esm'] },
  {
    ...bundled,
    entry: { 'truongthon.iife': 'src/bundle.ts' },
    format: ['iife'],
    globalName: 'Truongthon',
    outExtension: () => ({ js: '.js' }),
    async onSuccess() {
      // The ESM bundle builds in parallel; wait for it before reporting both sizes.
      for (let i = 0; i < 100; i++) {
        try {
          readFileSync(new URL('./dist/truongthon.bundle.js', import.meta.url));
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      guardIife();
      reportSizes();
    },
  },
]);
