import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { minify } from 'terser';
import { defineConfig, type Options } from 'tsup';
import { minifyTemplates } from './scripts/minify-templates.mjs';
import { stripNotes } from './scripts/strip-notes.mjs';
import { TERSER_OPTIONS } from './scripts/terser-options.mjs';
import { measure, SIZE_BUDGETS } from './scripts/size-budget.mjs';

// One clean before the three builds run side by side (each config's own `clean` would race the others).
rmSync(new URL('./dist', import.meta.url), { recursive: true, force: true });

const BANNER =
  '/*! @truongthon/web-widget (MIT). Bundles lit (BSD-3-Clause, Copyright (c) 2017 Google LLC) and zod (MIT, Copyright (c) 2025 Colin McDonnell). */';

type TsupPlugin = NonNullable<Options['plugins']>[number];

/**
 * A second minifier pass over esbuild's output, before tsup's Rollup pass
 * wraps it: terser's compressor and name mangler take another ~1 KB (3 %)
 * off the gzip size of each single-file build (options and why:
 * scripts/terser-options.mjs).
 */
function terserPass(): TsupPlugin {
  return {
    name: 'terser-pass',
    async renderChunk(code, info) {
      if (!/\.js$/u.test(info.path)) return undefined;
      // A copy: terser writes into the nested option objects it is given (here `module: true`, which the IIFEs' last pass must not inherit).
      const result = await minify(code, { ...structuredClone(TERSER_OPTIONS), module: true });
      if (result.code === undefined) throw new Error(`terser produced no output for ${info.path}`);
      return { code: result.code };
    },
  };
}

/**
 * Single-file builds resolve the sibling packages to their sources, so they
 * bundle what the tests run, less the rules' English documentation members
 * (`note`, `notes`, `summary`: scripts/strip-notes.mjs), which no element shows.
 */
const bundled: Options = {
  entry: { 'truongthon.bundle': 'src/bundle.ts' },
  platform: 'browser',
  target: 'es2022',
  noExternal: [/.*/],
  minify: true,
  treeshake: true,
  sourcemap: false,
  esbuildPlugins: [minifyTemplates(), stripNotes()],
  plugins: [terserPass()],
  banner: { js: BANNER },
  esbuildOptions(options) {
    options.conditions = ['@truongthon/source', 'browser', 'module', 'import', 'default'];
    // The notices of the bundled packages are in the banner once, instead of one copy per Lit module.
    options.legalComments = 'none';
  },
};

/** The single-file IIFE builds, each with the tags it registers (its guard). Their size budgets: scripts/size-budget.mjs. */
export const IIFE_BUILDS = [
  { file: 'truongthon.iife.js', entry: 'src/bundle.ts', tags: ['truongthon-candidate', 'truongthon-election'] },
  { file: 'truongthon-candidate.iife.js', entry: 'src/bundle-candidate.ts', tags: ['truongthon-candidate'] },
  { file: 'truongthon-election.iife.js', entry: 'src/bundle-election.ts', tags: ['truongthon-election'] },
] as const;

/** The per-element ES module entries (package exports `./candidate`, `./election`); their sizes in a bundler's output: scripts/size-budget.mjs. */
export const PER_ELEMENT_ENTRIES = { candidate: 'src/bundle-candidate.ts', election: 'src/bundle-election.ts' };

const COMMON_TYPES = "export { FormAssociatedElement, defineOnce, resolveLang, toLang } from './index.js';";
const CANDIDATE_TYPES = `export { TruongthonCandidate, type CandidateChangeDetail, type CandidateVerdictDetail } from './index.js';\n${COMMON_TYPES}`;
const ELECTION_TYPES = `export { TruongthonElection, type ElectionChangeDetail, type ElectionResultDetail } from './index.js';\n${COMMON_TYPES}`;

/**
 * Minifies an IIFE once more, then wraps it in a registration guard. The
 * second terser pass is over Rollup's output (tsup's tree-shaking pass
 * re-prints the code: `!1` becomes ` false`, its IIFE scope is not mangled):
 * ~200 B of gzip per file; `exports` keeps its name and the IIFE its
 * parentheses, so the prologue stays as the guard reads it. The guard: a
 * copy whose elements are all defined already is not even evaluated, so it
 * neither redefines them nor creates Lit's `lit-html` Trusted Types policy
 * twice (which a strict `trusted-types lit-html` CSP forbids unless it says
 * 'allow-duplicates'). Its exports are merged into the `Truongthon` global
 * (loading the candidate and election files both leaves both classes there).
 */
async function guardIife(file: string, tags: readonly string[]): Promise<void> {
  const url = new URL(`./dist/${file}`, import.meta.url);
  const options = structuredClone(TERSER_OPTIONS);
  const code = (await minify(readFileSync(url, 'utf8'), { ...options, mangle: { reserved: ['exports'] }, format: { ...options.format, wrap_iife: true } })).code?.trimEnd() ?? '';
  if (!code.startsWith('var Truongthon=(function(exports){') || !code.endsWith('})({});')) throw new Error(`unexpected IIFE prologue or epilogue in ${file}; update guardIife()`);
  const undefinedTag = tags.map((tag) => `!customElements.get("${tag}")`).join('||');
  const merged = `${code.slice(0, -'({});'.length)}(globalThis.Truongthon||{});`;
  writeFileSync(url, `if(typeof customElements>"u"||${undefinedTag}){${merged}}\n`);
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KB`;
}

/**
 * Prints raw and gzip sizes of every single-file build against its budget
 * (scripts/size-budget.mjs, which `npm run check:package` enforces).
 * `npm run analyze` shows what costs the bytes.
 */
function reportSizes(): void {
  for (const file of [...IIFE_BUILDS.map((build) => build.file), 'truongthon.bundle.js']) {
    const { raw, gzip } = measure(file);
    const budget = SIZE_BUDGETS[file];
    const note = budget === undefined ? ' (ES module, both elements; no budget)' : ` (budget ${kb(budget)}: ${gzip <= budget ? 'ok' : `OVER by ${kb(gzip - budget)}`})`;
    console.log(`[size] dist/${file}: ${kb(raw)} raw, ${kb(gzip)} gzip${note}`);
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
    // The per-element entries `@truongthon/web-widget/candidate` and `/election`: self-contained ES modules
    // (lit, zod, core and rules inside, notes left out) that register their element, so that a bundler that
    // imports one carries only it. Not split: esbuild's code splitting moves what the rules' index reaches into
    // the shared chunk (the candidate entry grew from 32 to 52 KiB gzip); a page with both elements imports
    // `./define` or `./bundle` instead.
    ...bundled,
    entry: PER_ELEMENT_ENTRIES,
    format: ['esm'],
    splitting: false,
    async onSuccess() {
      // Their typings: the classes and types of the bundler entry (same declarations, one copy).
      writeFileSync(new URL('./dist/candidate.d.ts', import.meta.url), `${CANDIDATE_TYPES}\n`);
      writeFileSync(new URL('./dist/election.d.ts', import.meta.url), `${ELECTION_TYPES}\n`);
    },
  },
  {
    // The download module of the election element (src/download.ts loads it on the first click, from beside the script):
    // the CLI's DOCX renderer (@truongthon/cli/docx) and the rules' document model, in one self-contained ES module.
    ...bundled,
    entry: { 'truongthon-docx': 'src/docx-module.ts' },
    format: ['esm'],
    splitting: false,
    banner: { js: `${BANNER.slice(0, -3)} Download module: bundles docx (MIT, Copyright (c) 2016 Dolan), fflate (MIT, Copyright (c) 2026 Arjun Barrett) and nanoid (MIT, Copyright 2017 Andrey Sitnik). */` },
  },
  {
    // The overlays module of both elements (src/overlays.ts loads it on the first assignment of `overlays`, from beside the
    // script): core's province data schema and the rules' loadOverlays, in one self-contained ES module.
    ...bundled,
    entry: { 'truongthon-overlays': 'src/overlays-module.ts' },
    format: ['esm'],
    splitting: false,
    banner: { js: '/*! @truongthon/web-widget (MIT). Overlays module: bundles zod (MIT, Copyright (c) 2025 Colin McDonnell). */' },
  },
  {
    ...bundled,
    entry: Object.fromEntries(IIFE_BUILDS.map((build) => [build.file.replace(/\.js$/u, ''), build.entry])),
    format: ['iife'],
    globalName: 'Truongthon',
    outExtension: () => ({ js: '.js' }),
    async onSuccess() {
      // The ESM bundle builds in parallel; wait for it before reporting all sizes.
      for (let i = 0; i < 100; i++) {
        try {
          readFileSync(new URL('./dist/truongthon.bundle.js', import.meta.url));
          break;
        } catch {
          await new Promise((resolve) => setTimeout(resolve, 100));
        }
      }
      for (const build of IIFE_BUILDS) await guardIife(build.file, build.tags);
      reportSizes();
    },
  },
]);
