#!/usr/bin/env node
/**
 * What costs the bytes of the single-file builds: builds each IIFE entry the
 * way tsup does (same conditions, esbuild then terser, template squeezer), with an
 * esbuild metafile and a source map, then attributes every output byte to
 * the source module it came from (through the source map) and groups them
 * by area. Prints, per entry and per group: minified bytes, gzip of the
 * group's code compressed on its own, and that gzip scaled to the bundle's
 * real gzip size (a fair share; compressing separately overstates each part).
 *
 *   node scripts/analyze-bundle.mjs            # all entries, grouped
 *   node scripts/analyze-bundle.mjs --modules  # also the 25 largest modules
 *   node scripts/analyze-bundle.mjs --json     # machine-readable
 *   node scripts/analyze-bundle.mjs --what-if  # gzip sizes if the library changed (see WHAT_IF)
 *
 * Read-only: writes nothing to dist/.
 */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import { minify } from 'terser';
import { minifyTemplates } from './minify-templates.mjs';
import { stripNotes } from './strip-notes.mjs';
import { TERSER_OPTIONS } from './terser-options.mjs';

const packageRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const repoRoot = resolve(packageRoot, '../..');

/** The single-file entries of tsup.config.ts (kept in step with SINGLE_FILE_ENTRIES there). */
export const ENTRIES = {
  'truongthon.iife.js': 'src/bundle.ts',
  'truongthon-candidate.iife.js': 'src/bundle-candidate.ts',
  'truongthon-election.iife.js': 'src/bundle-election.ts',
};

/** Area of a source module, by path (relative to the repository root). */
export function groupOf(path) {
  const p = path.replace(/\\/gu, '/');
  if (p.includes('node_modules/lit') || p.includes('node_modules/@lit/')) return 'lit';
  if (p.includes('node_modules/zod')) return 'zod';
  if (p.includes('node_modules/')) return 'other npm';
  const rules = p.match(/packages\/rules\/src\/(.+)$/u);
  if (rules) {
    const rest = rules[1];
    if (/^messages\/procedure\./u.test(rest)) return 'rules: procedure messages (vi+en)';
    if (/^messages\/terms\./u.test(rest)) return 'rules: term + overlay messages (vi+en)';
    if (rest.startsWith('messages/')) return 'rules: candidate messages (vi+en)';
    if (rest.startsWith('procedure/')) return 'rules: procedure rules';
    if (rest.startsWith('provinces/') || rest.startsWith('units/')) return 'rules: provinces, units, overlays';
    if (rest.startsWith('eligibility/') || rest.startsWith('policy/') || rest === 'checkCandidate.ts') return 'rules: eligibility + policy';
    if (rest.startsWith('regimes/') || rest === 'sources.ts') return 'rules: regimes + sources';
    if (rest.startsWith('term/')) return 'rules: terms';
    return `rules: ${rest.split('/')[0]}`;
  }
  const core = p.match(/packages\/core\/src\/(.+)$/u);
  if (core) {
    const rest = core[1];
    if (/^calendar\/(lunar|lunarAstronomy|holidays|officialCalendar|workingDays|daysOff)\.ts$/u.test(rest)) return 'core: lunar calendar, holidays, working days';
    if (rest === 'schema/meeting.ts') return 'core: meeting schema';
    return `core: ${rest.split('/')[0]}`;
  }
  const widget = p.match(/packages\/web-widget\/src\/(.+)$/u);
  if (widget) {
    const rest = widget[1];
    if (rest.startsWith('i18n/')) return 'widget: i18n (vi+en)';
    return `widget: ${rest}`;
  }
  return 'other';
}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const B64_INDEX = new Map([...B64].map((c, i) => [c, i]));

/** Decodes one source-map `mappings` line into [generatedColumn, sourceIndex] segments. */
function* segments(mappings) {
  let line = 0;
  let column = 0;
  let source = 0;
  let i = 0;
  const fields = [];
  while (i < mappings.length) {
    const c = mappings[i];
    if (c === ';') {
      line += 1;
      column = 0;
      i += 1;
      continue;
    }
    if (c === ',') {
      i += 1;
      continue;
    }
    fields.length = 0;
    while (i < mappings.length && mappings[i] !== ',' && mappings[i] !== ';') {
      let value = 0;
      let shift = 0;
      let digit;
      do {
        digit = B64_INDEX.get(mappings[i++]);
        value += (digit & 31) << shift;
        shift += 5;
      } while (digit & 32);
      fields.push(value & 1 ? -(value >>> 1) : value >>> 1);
    }
    column += fields[0];
    if (fields.length > 1) source += fields[1];
    yield { line, column, source: fields.length > 1 ? source : -1 };
    // Remaining fields (original line / column / name) are not needed.
  }
}

/** Output bytes per source file, through the source map (code between two mappings belongs to the first). */
function attribute(code, map) {
  const lines = code.split('\n');
  const bySource = new Map();
  const add = (source, text) => bySource.set(source, (bySource.get(source) ?? '') + text);
  let previous;
  for (const segment of segments(map.mappings)) {
    if (previous && previous.line === segment.line) {
      add(previous.source, lines[previous.line].slice(previous.column, segment.column));
    } else if (previous) {
      add(previous.source, lines[previous.line].slice(previous.column));
    }
    previous = segment;
  }
  if (previous) add(previous.source, lines[previous.line].slice(previous.column));
  const out = new Map();
  for (const [index, text] of bySource) out.set(index === -1 ? '(unmapped)' : map.sources[index], text);
  return out;
}

/**
 * Library changes whose effect on the bundles `--what-if` measures, by
 * rewriting library sources in memory (never on disk): what the widget
 * cannot change itself.
 */
export const WHAT_IF = {
  /** The procedure catalogues (meeting, tally, report texts) left out (the candidate-only build already leaves them out). */
  'no procedure messages': {
    filter: /packages[\\/]rules[\\/]src[\\/]messages[\\/]procedure\.(vi|en)\.ts$/u,
    rewrite: (_source, path) => {
      const lang = /\.vi\.ts$/u.test(path) ? 'Vi' : 'En';
      return `export const procedure${lang} = {};\nexport const procedure${lang}Fields = {};\n`;
    },
  },
  /** Documentation strings (rule `summary`, citation `note`, calendar `source`, 40+ characters) moved out of the runtime objects. */
  'no documentation strings': {
    filter: /packages[\\/](core|rules)[\\/]src[\\/].*\.ts$/u,
    rewrite: (source) =>
      source.replace(/\b(summary|note|source):\s*('(?:[^'\\\n]|\\.){40,}'|"(?:[^"\\\n]|\\.){40,}"|`(?:[^`\\]|\\.){40,}`)/gu, "$1: ''"),
  },
};

/** An esbuild plugin applying `WHAT_IF` rewrites (loader `ts`), chained before the template squeezer for widget files. */
function whatIf(names) {
  const changes = names.map((name) => WHAT_IF[name]);
  return {
    name: 'what-if',
    setup(build) {
      build.onLoad({ filter: /packages[\\/](core|rules)[\\/]src[\\/].*\.ts$/ }, async (args) => {
        const applicable = changes.filter((change) => change.filter.test(args.path));
        if (applicable.length === 0) return undefined;
        let source = await readFile(args.path, 'utf8');
        for (const change of applicable) source = change.rewrite(source, args.path);
        return { contents: source, loader: 'ts' };
      });
    },
  };
}

/** Builds one entry in memory and attributes its bytes (`whatIfs`: names of `WHAT_IF` changes to apply). */
export async function analyze(entry, whatIfs = []) {
  const result = await build({
    entryPoints: [resolve(packageRoot, entry)],
    absWorkingDir: packageRoot,
    bundle: true,
    write: false,
    outfile: resolve(packageRoot, 'analyze-out/out.js'),
    format: 'iife',
    globalName: 'Truongthon',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    treeShaking: true,
    sourcemap: 'external',
    metafile: true,
    legalComments: 'none',
    conditions: ['@truongthon/source', 'browser', 'module', 'import', 'default'],
    plugins: [...(whatIfs.length > 0 ? [whatIf(whatIfs)] : []), minifyTemplates(), stripNotes()],
    logLevel: 'silent',
    ...(process.env.CHARSET ? { charset: process.env.CHARSET } : {}),
  });
  const js = result.outputFiles.find((file) => file.path.endsWith('.js'));
  const mapFile = result.outputFiles.find((file) => file.path.endsWith('.js.map'));
  // The second pass of the build (tsup runs it before Rollup wraps the IIFE; here on the IIFE itself), its map composed with esbuild's.
  const tersed = await minify(js.text, { ...TERSER_OPTIONS, sourceMap: { content: mapFile.text } });
  const code = tersed.code;
  const map = typeof tersed.map === 'string' ? JSON.parse(tersed.map) : tersed.map;
  const totalGzip = gzipSync(code, { level: 9 }).length;
  const bySource = attribute(code, map);
  const groups = new Map();
  const modules = [];
  for (const [source, text] of bySource) {
    const absolute = source === '(unmapped)' ? source : resolve(dirname(mapFile.path), source);
    const path = source === '(unmapped)' ? source : relative(repoRoot, absolute);
    const group = source === '(unmapped)' ? 'bundle glue' : groupOf(path);
    modules.push({ path, group, bytes: Buffer.byteLength(text) });
    groups.set(group, (groups.get(group) ?? '') + text);
  }
  const rows = [...groups].map(([group, text]) => ({ group, bytes: Buffer.byteLength(text), gzipAlone: gzipSync(text, { level: 9 }).length }));
  const gzipAloneSum = rows.reduce((sum, row) => sum + row.gzipAlone, 0);
  for (const row of rows) row.gzipShare = Math.round((row.gzipAlone / gzipAloneSum) * totalGzip);
  rows.sort((a, b) => b.bytes - a.bytes);
  modules.sort((a, b) => b.bytes - a.bytes);
  // The metafile's own view (bytes each input contributes), as a cross-check of the source-map attribution.
  const output = Object.entries(result.metafile.outputs).find(([path]) => path.endsWith('.js'))[1];
  const metafileBytes = Object.values(output.inputs).reduce((sum, input) => sum + input.bytesInOutput, 0);
  return { entry, bytes: Buffer.byteLength(code), gzip: totalGzip, metafileBytes, groups: rows, modules };
}

const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  if (process.argv.includes('--what-if')) {
    const scenarios = [[], ['no procedure messages'], ['no documentation strings'], ['no procedure messages', 'no documentation strings']];
    console.log(`gzip size (KB) of each IIFE if the library changed (before the banner and guard):`);
    console.log(`  ${'scenario'.padEnd(56)} ${Object.keys(ENTRIES).map((file) => file.replace('.iife.js', '').padStart(22)).join('')}`);
    for (const scenario of scenarios) {
      const sizes = [];
      for (const entry of Object.values(ENTRIES)) sizes.push((await analyze(entry, scenario)).gzip);
      console.log(`  ${(scenario.join(' + ') || 'as is').padEnd(56)} ${sizes.map((size) => kb(size).padStart(22)).join('')}`);
    }
    console.log("  ('no procedure messages' leaves the election files unable to word their findings; the candidate-only file formats with CANDIDATE_MESSAGES and carries none already.)");
    process.exit(0);
  }
  const json = process.argv.includes('--json');
  const showModules = process.argv.includes('--modules');
  const reports = [];
  for (const [file, entry] of Object.entries(ENTRIES)) reports.push({ file, ...(await analyze(entry)) });
  if (json) {
    console.log(JSON.stringify(reports, null, 2));
  } else {
    for (const report of reports) {
      console.log(`\n${report.file} (${report.entry}): ${kb(report.bytes)} minified, ${kb(report.gzip)} gzip (before the banner and guard)`);
      console.log(`  ${'group'.padEnd(46)} ${'minified'.padStart(9)} ${'gzip alone'.padStart(10)} ${'gzip share'.padStart(10)}`);
      for (const row of report.groups) {
        console.log(`  ${row.group.padEnd(46)} ${kb(row.bytes).padStart(9)} ${kb(row.gzipAlone).padStart(10)} ${kb(row.gzipShare).padStart(10)}`);
      }
      if (showModules) {
        console.log('  largest modules:');
        for (const module of report.modules.slice(0, Number(process.env.TOP ?? 25))) console.log(`    ${kb(module.bytes).padStart(8)}  ${module.path}`);
      }
    }
    const all = reports.find((report) => report.file === 'truongthon.iife.js');
    const candidate = reports.find((report) => report.file === 'truongthon-candidate.iife.js');
    if (all && candidate) {
      console.log(`\n<truongthon-election> adds ${kb(all.bytes - candidate.bytes)} minified, ${kb(all.gzip - candidate.gzip)} gzip to the candidate-only build.`);
    }
  }
}
